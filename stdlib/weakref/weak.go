// Package weakref implements _weakref: weak references and proxies.
//
// Go has no reference counts, so an object does not die the moment its
// last reference goes away: it dies when Go's garbage collector finds it
// unreachable. A weak reference holds a Go weak pointer (package weak)
// to its referent, so it never keeps it alive; once a collection has
// found the referent unreachable the reference returns None. Callbacks
// run in the interpreter's own thread, at the next gc.collect() (which
// runs a full Go collection first) or when the weakref module looks at
// its registry. docs/stdlib.md describes the differences from CPython.
package weakref

import (
	"unsafe"
	"weak"

	"github.com/kaa-lang/kaa/py"
)

// iface is the layout of a Go interface value: the type word and the
// data pointer.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// weakObj is a weak pointer to a Python object: the weak pointer to the
// Go value behind it and the interface's type word, to rebuild it.
type weakObj struct {
	tab unsafe.Pointer
	wp  weak.Pointer[byte]
}

// makeWeak returns a weak pointer to o, whose Go value must be a
// pointer (every weakly referenceable object is).
func makeWeak(o py.Object) weakObj {
	w := (*iface)(unsafe.Pointer(&o))
	return weakObj{tab: w.tab, wp: weak.Make((*byte)(w.data))}
}

// get returns the referent, or nil once it has been collected.
func (w weakObj) get() py.Object {
	p := w.wp.Value()
	if p == nil {
		return nil
	}
	var o py.Object
	i := (*iface)(unsafe.Pointer(&o))
	i.tab = w.tab
	i.data = unsafe.Pointer(p)
	return o
}

// address returns the address identifying o (its id()).
func address(o py.Object) uintptr {
	return uintptr((*iface)(unsafe.Pointer(&o)).data)
}

// weakrefable lists the built-in types whose instances CPython lets
// weak references point to.
func weakrefable(typ *py.Type) bool {
	for _, b := range typ.MRO {
		if b.Flags&py.FlagHeap != 0 {
			continue
		}
		switch b {
		case py.TypeType, py.FunctionType, py.BuiltinFunctionType, py.SetType, py.FrozenSetType,
			py.ModuleType, py.MethodType, py.CodeType, py.MemoryViewType,
			py.TextIOWrapperType, py.BufferedReaderType, py.BufferedWriterType, py.BufferedRandomType,
			py.FileIOType, py.TextStreamType:
			return true
		}
		switch b.Name {
		case "generator", "coroutine", "async_generator", "collections.deque", "array.array",
			"_io._IOBase", "_struct.Struct", "functools.partial", "itertools.tee",
			"weakref.ReferenceType":
			return true
		}
	}
	return false
}

// canReference reports whether a weak reference to o may be made.
func canReference(o py.Object) bool {
	typ := o.Type()
	if typ.Flags&py.FlagHeap == 0 {
		return weakrefable(typ)
	}
	// A class gives its instances a __weakref__ slot unless every class
	// in its MRO that was defined by the program has __slots__ without
	// "__weakref__", and no built-in base provides one.
	for _, b := range typ.MRO {
		if b.Flags&py.FlagHeap == 0 {
			if b == py.ObjectType {
				continue
			}
			if weakrefable(b) {
				return true
			}
			continue
		}
		slots := b.Dict.GetString("__slots__")
		if slots == nil {
			return true
		}
		if slotsName(slots, "__weakref__") {
			return true
		}
	}
	return false
}

// slotsName reports whether a __slots__ value names name.
func slotsName(slots py.Object, name string) bool {
	if s, ok := py.AsStr(slots); ok {
		return s.String() == name
	}
	var items []py.Object
	if t, ok := py.AsTuple(slots); ok {
		items = t.Items()
	} else if l, ok := py.AsList(slots); ok {
		items = l.Items()
	}
	for _, it := range items {
		if s, ok := py.AsStr(it); ok && s.String() == name {
			return true
		}
	}
	return false
}
