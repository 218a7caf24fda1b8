// Package pystruct implements the struct module: conversion between
// Python values and C structs packed into bytes, with CPython's format
// characters, byte orders, sizes, alignment and error messages.
package pystruct

import (
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modutil"
)

// Struct is a compiled format: struct.Struct(format).
type Struct struct {
	l *layout
}

// StructType is the type of Struct objects.
var StructType = py.NewBuiltinType("_struct.Struct", nil, py.FlagBaseType)

// Type returns StructType.
func (*Struct) Type() *py.Type { return StructType }

// asStruct unwraps a Struct or an instance of a subclass.
func asStruct(o py.Object) *Struct {
	switch v := o.(type) {
	case *Struct:
		return v
	case *py.Instance:
		if s, ok := v.Base().(*Struct); ok {
			return s
		}
	}
	return nil
}

// cache keeps the layouts of the formats the module functions saw, per
// interpreter (module state).
type cache struct {
	m map[string]*layout
}

// maxCache bounds the number of formats remembered.
const maxCache = 100

// get compiles format, reusing an earlier compilation.
func (c *cache) get(fn string, o py.Object) (*layout, error) {
	if s := asStruct(o); s != nil {
		return s.l, nil
	}
	format, err := formatString("Struct", o)
	if err != nil {
		return nil, err
	}
	if l, ok := c.m[format]; ok {
		return l, nil
	}
	l, err := compile(format)
	if err != nil {
		return nil, err
	}
	if len(c.m) >= maxCache {
		clear(c.m)
	}
	c.m[format] = l
	return l, nil
}

// Init creates the struct module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("struct")
	m.Set("__doc__", py.NewStr("Functions to convert between Python values and C structs."))
	c := &cache{m: map[string]*layout{}}
	m.Set("Struct", StructType)
	m.Set("error", ErrorType)
	m.AddFunc("calcsize", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("calcsize", args, kw, 1, 1); err != nil {
			return nil, err
		}
		l, err := c.get("calcsize", args[0])
		if err != nil {
			return nil, err
		}
		return py.NewInt(int64(l.size)), nil
	}, "Return size in bytes of the struct described by the format string.")
	m.AddFunc("pack", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("pack", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeErrorType, "pack expected at least 1 argument, got 0")
		}
		l, err := c.get("pack", args[0])
		if err != nil {
			return nil, err
		}
		return l.packBytes(t, args[1:])
	}, "Return a bytes object containing the values packed according to the format string.")
	m.AddFunc("pack_into", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("pack_into", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeErrorType, "pack_into expected at least 1 argument, got 0")
		}
		l, err := c.get("pack_into", args[0])
		if err != nil {
			return nil, err
		}
		return l.packInto(t, args[1:])
	}, "Pack the values according to the format string and write them into the buffer at offset.")
	m.AddFunc("unpack", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("unpack", args, kw, 2, 2); err != nil {
			return nil, err
		}
		l, err := c.get("unpack", args[0])
		if err != nil {
			return nil, err
		}
		return l.unpackAll(args[1])
	}, "Return a tuple containing values unpacked according to the format string.")
	m.AddFunc("unpack_from", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var format, buffer py.Object
		offset := 0
		if err := py.UnpackArgs("unpack_from", args, kw, "format", &format, "/", "buffer", &buffer, "offset?", &offset); err != nil {
			return nil, err
		}
		l, err := c.get("unpack_from", format)
		if err != nil {
			return nil, err
		}
		return l.unpackFrom(buffer, offset)
	}, "Return a tuple containing values unpacked according to the format string, starting at offset.")
	m.AddFunc("iter_unpack", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("iter_unpack", args, kw, 2, 2); err != nil {
			return nil, err
		}
		l, err := c.get("iter_unpack", args[0])
		if err != nil {
			return nil, err
		}
		return l.iterUnpack(args[1])
	}, "Return an iterator yielding tuples unpacked from the buffer, one per struct.")
	m.Set("__all__", py.NewList([]py.Object{py.NewStr("calcsize"), py.NewStr("pack"), py.NewStr("pack_into"),
		py.NewStr("unpack"), py.NewStr("unpack_from"), py.NewStr("iter_unpack"), py.NewStr("Struct"), py.NewStr("error")}))
	return m, nil
}

// packBytes is pack(): the packed bytes of args.
func (l *layout) packBytes(t *py.Thread, args []py.Object) (py.Object, error) {
	if len(args) != l.nargs {
		return nil, structError("pack expected " + itoa(l.nargs) + " items for packing (got " + itoa(len(args)) + ")")
	}
	if err := t.CheckSize(1, l.size); err != nil {
		return nil, err
	}
	buf := make([]byte, l.size)
	if err := l.pack(t, buf, args); err != nil {
		return nil, err
	}
	return py.NewBytes(buf), nil
}

// packInto is pack_into(buffer, offset, *values).
func (l *layout) packInto(t *py.Thread, args []py.Object) (py.Object, error) {
	if len(args) != l.nargs+2 {
		switch len(args) {
		case 0:
			return nil, structError("pack_into expected buffer argument")
		case 1:
			return nil, structError("pack_into expected offset argument")
		}
		return nil, structError("pack_into expected " + itoa(l.nargs) + " items for packing (got " + itoa(len(args)-2) + ")")
	}
	buf, ok := py.WritableBytes(args[0])
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "argument must be read-write bytes-like object, not %s", py.TypeName(args[0]))
	}
	offset, err := py.AsIndex(t, args[1])
	if err != nil {
		return nil, err
	}
	n := len(buf)
	if offset < 0 {
		if offset+l.size > 0 {
			return nil, structError("no space to pack " + itoa(l.size) + " bytes at offset " + itoa(offset))
		}
		if offset+n < 0 {
			return nil, structError("offset " + itoa(offset) + " out of range for " + itoa(n) + "-byte buffer")
		}
		offset += n
	}
	if n-offset < l.size {
		return nil, structError("pack_into requires a buffer of at least " + itoa(l.size+offset) + " bytes for packing " +
			itoa(l.size) + " bytes at offset " + itoa(offset) + " (actual buffer size is " + itoa(n) + ")")
	}
	// Pack into a scratch copy first so that a bad value leaves the
	// buffer untouched, as CPython does for the bytes before it.
	tmp := make([]byte, l.size)
	copy(tmp, buf[offset:offset+l.size])
	if err := l.pack(t, tmp, args[2:]); err != nil {
		return nil, err
	}
	copy(buf[offset:], tmp)
	return py.None, nil
}

// unpackAll is unpack(buffer).
func (l *layout) unpackAll(buffer py.Object) (py.Object, error) {
	b, err := modutil.BytesArg(buffer)
	if err != nil {
		return nil, err
	}
	if len(b) != l.size {
		return nil, structError("unpack requires a buffer of " + itoa(l.size) + " bytes")
	}
	return py.NewTupleFromSlice(l.unpack(b)), nil
}

// unpackFrom is unpack_from(buffer, offset=0).
func (l *layout) unpackFrom(buffer py.Object, offset int) (py.Object, error) {
	b, err := modutil.BytesArg(buffer)
	if err != nil {
		return nil, err
	}
	n := len(b)
	if offset < 0 {
		if offset+l.size > 0 {
			return nil, structError("not enough data to unpack " + itoa(l.size) + " bytes at offset " + itoa(offset))
		}
		if offset+n < 0 {
			return nil, structError("offset " + itoa(offset) + " out of range for " + itoa(n) + "-byte buffer")
		}
		offset += n
	}
	if n-offset < l.size {
		return nil, structError("unpack_from requires a buffer of at least " + itoa(l.size+offset) + " bytes for unpacking " +
			itoa(l.size) + " bytes at offset " + itoa(offset) + " (actual buffer size is " + itoa(n) + ")")
	}
	return py.NewTupleFromSlice(l.unpack(b[offset : offset+l.size])), nil
}

// iterUnpack is iter_unpack(buffer).
func (l *layout) iterUnpack(buffer py.Object) (py.Object, error) {
	b, err := modutil.BytesArg(buffer)
	if err != nil {
		return nil, err
	}
	if l.size == 0 {
		return nil, structError("cannot iteratively unpack with a struct of length 0")
	}
	if len(b)%l.size != 0 {
		return nil, structError("iterative unpacking requires a buffer of a multiple of " + itoa(l.size) + " bytes")
	}
	return &UnpackIterator{l: l, buf: b}, nil
}
