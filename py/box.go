package py

import "unsafe"

// Boxing ints and floats into Objects allocates 8 bytes per value (Go's
// convT64). The eval loop's fast paths box through the thread instead:
// values are carved out of a small slab, so one allocation serves many
// results and the collector sees far fewer objects. The interface value
// is assembled from the itab of Int (or Float) and a pointer into the
// slab, which is exactly what Go's own conversion produces; a slab stays
// alive while any value in it is referenced.

// ifaceWords is the layout of a non-empty interface value.
type ifaceWords struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// itabOf returns the itab word of an Object holding a value of o's type.
func itabOf(o Object) unsafe.Pointer { return (*ifaceWords)(unsafe.Pointer(&o)).tab }

// The itabs of (Object, Int) and (Object, Float), read once.
var (
	intItab   = itabOf(Int(1 << 40))
	floatItab = itabOf(Float(0.5))
)

const boxSlabSize = 128

// boxInt returns v as an Object, from the small-int table or the
// thread's slab.
func (t *Thread) boxInt(v int64) Object {
	if v >= smallIntMin && v <= smallIntMax {
		return smallInts[v-smallIntMin]
	}
	if t.intSlabPos >= len(t.intSlab) {
		t.intSlab = make([]Int, boxSlabSize)
		t.intSlabPos = 0
	}
	p := &t.intSlab[t.intSlabPos]
	t.intSlabPos++
	*p = Int(v)
	var o Object
	w := (*ifaceWords)(unsafe.Pointer(&o))
	w.tab = intItab
	w.data = unsafe.Pointer(p)
	return o
}

// boxFloat returns v as an Object from the thread's slab.
func (t *Thread) boxFloat(v float64) Object {
	if t.floatSlabPos >= len(t.floatSlab) {
		t.floatSlab = make([]Float, boxSlabSize)
		t.floatSlabPos = 0
	}
	p := &t.floatSlab[t.floatSlabPos]
	t.floatSlabPos++
	*p = Float(v)
	var o Object
	w := (*ifaceWords)(unsafe.Pointer(&o))
	w.tab = floatItab
	w.data = unsafe.Pointer(p)
	return o
}
