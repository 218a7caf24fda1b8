package pystruct

import (
	"github.com/kaa-lang/kaa/py"
)

// UnpackIterator is the iterator iter_unpack returns.
type UnpackIterator struct {
	l   *layout
	buf []byte
	pos int
}

// UnpackIteratorType is the type of iter_unpack's iterators.
var UnpackIteratorType = py.NewBuiltinType("_struct.unpack_iterator", nil, 0)

// Type returns UnpackIteratorType.
func (*UnpackIterator) Type() *py.Type { return UnpackIteratorType }

func init() {
	StructType.QualName = "Struct"
	UnpackIteratorType.QualName = "unpack_iterator"
	StructType.AddAttr("__module__", py.NewStr("_struct"))
	StructType.Doc = "Struct(format)\n\nCreate a compiled struct object."
	UnpackIteratorType.AddAttr("__module__", py.NewStr("_struct"))
	s := &StructType.Slots
	s.New = func(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		st := &Struct{l: &layout{}}
		if typ != StructType {
			return py.NewInstanceWithBase(typ, st), nil
		}
		return st, nil
	}
	s.Init = func(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) error {
		var format py.Object
		if err := py.UnpackArgs("Struct", args, kw, "format", &format); err != nil {
			return err
		}
		text, err := formatString("Struct", format)
		if err != nil {
			return err
		}
		l, err := compile(text)
		if err != nil {
			return err
		}
		asStruct(o).l = l
		return nil
	}
	StructType.AddGetSet("format", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewStr(asStruct(o).l.format), nil
	}, nil, "struct format string")
	StructType.AddGetSet("size", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewInt(int64(asStruct(o).l.size)), nil
	}, nil, "struct size in bytes")
	StructType.AddMethod("pack", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("pack", kw); err != nil {
			return nil, err
		}
		return asStruct(self).l.packBytes(t, args)
	}, "Return a bytes object containing values v1, v2, ... packed according to the format string.")
	StructType.AddMethod("pack_into", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("pack_into", kw); err != nil {
			return nil, err
		}
		return asStruct(self).l.packInto(t, args)
	}, "Pack values according to the format string and write them into the buffer at offset.")
	StructType.AddMethod("unpack", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("unpack", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return asStruct(self).l.unpackAll(args[0])
	}, "Return a tuple containing values unpacked according to the format string.")
	StructType.AddMethod("unpack_from", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var buffer py.Object
		offset := 0
		if err := py.UnpackArgs("unpack_from", args, kw, "buffer", &buffer, "offset?", &offset); err != nil {
			return nil, err
		}
		return asStruct(self).l.unpackFrom(buffer, offset)
	}, "Return a tuple containing values unpacked from the buffer, starting at offset.")
	StructType.AddMethod("iter_unpack", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("iter_unpack", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return asStruct(self).l.iterUnpack(args[0])
	}, "Return an iterator yielding tuples unpacked from the buffer.")
	StructType.AddMethod("__sizeof__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return py.NewInt(int64(40 + 24*len(asStruct(self).l.items))), nil
	}, "")

	is := &UnpackIteratorType.Slots
	is.Iter = func(t *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	is.Next = func(t *py.Thread, o py.Object) (py.Object, bool, error) {
		it := o.(*UnpackIterator)
		if it.pos+it.l.size > len(it.buf) {
			return nil, false, nil
		}
		v := py.NewTupleFromSlice(it.l.unpack(it.buf[it.pos : it.pos+it.l.size]))
		it.pos += it.l.size
		return v, true, nil
	}
	UnpackIteratorType.AddMethod("__length_hint__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		it := self.(*UnpackIterator)
		return py.NewInt(int64((len(it.buf) - it.pos) / it.l.size)), nil
	}, "")
}
