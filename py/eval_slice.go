package py

import "github.com/kaa-lang/kaa/bytecode"

// plainSliceBound reports whether o can bound a slice without running Python
// code (an int or None).
func plainSliceBound(o Object) bool {
	switch o.(type) {
	case Int, *NoneType:
		return true
	}
	return false
}

// fusedListSlice runs BUILD_SLICE (with n items) together with the
// BINARY_SUBSCR or STORE_SUBSCR (op) that follows it when the container
// is an exact list and the bounds are ints or None, without making the
// slice object. It returns the new stack pointer; ok is false (and
// nothing is changed) when the operands do not qualify, and the caller
// then runs the two instructions as usual. On an error the stack is left
// for the exception handler to unwind.
func (t *Thread) fusedListSlice(fast []Object, sp, n int, op bytecode.Opcode) (newSP int, ok bool, err error) {
	var sl Slice
	sl.Step = None
	if n == 3 {
		sl.Step = fast[sp-1]
	}
	sl.Start, sl.Stop = fast[sp-n], fast[sp-n+1]
	if !plainSliceBound(sl.Start) || !plainSliceBound(sl.Stop) || !plainSliceBound(sl.Step) {
		return sp, false, nil
	}
	l, isList := fast[sp-n-1].(*List)
	if !isList {
		return sp, false, nil
	}
	if op == bytecode.BINARY_SUBSCR {
		start, stop, step, err := sl.Indices(t, len(l.items))
		if err != nil {
			return sp, true, err
		}
		r := newListSlice(l.items, start, stop, step)
		clearSlots(fast[sp-n : sp])
		sp -= n
		fast[sp-1] = r
		return sp, true, nil
	}
	if err := l.setSlice(t, &sl, fast[sp-n-2]); err != nil {
		return sp, true, err
	}
	clearSlots(fast[sp-n-2 : sp])
	return sp - n - 2, true, nil
}
