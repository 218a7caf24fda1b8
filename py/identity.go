package py

import "unsafe"

// Identity of values that kaa stores unboxed.
//
// A float is a Go float64 inside an interface value, so Go's == on two
// Objects compares the numbers: it says a NaN is not itself and that 0.0
// is -0.0. Python's "is" asks about objects instead. kaa takes the box
// (the interface's data pointer) as a float's identity: a float stored
// and read back (in a variable, a list, a dict) keeps its box, while
// every computation makes a new one, as CPython makes a new object. So
// x is x always holds, [x] == [x] is True for a NaN x (identity implies
// equality in containers) and [float('nan')] == [float('nan')] is False,
// as in CPython. Complex numbers work the same way. Ints stay values (equal ints are the same object).

// complexItab is the itab of (Object, Complex); complex numbers have
// the same box identity as floats.
var complexItab = itabOf(Complex(0))

// floatBoxSame reports whether two Objects known to hold floats share
// their box.
func floatBoxSame(a, b Object) bool {
	return (*ifaceWords)(unsafe.Pointer(&a)).data == (*ifaceWords)(unsafe.Pointer(&b)).data
}

// isObject is Python's "is": pointer identity for floats, Go equality
// of the interface values for everything else.
func isObject(a, b Object) bool {
	wa, wb := (*ifaceWords)(unsafe.Pointer(&a)), (*ifaceWords)(unsafe.Pointer(&b))
	if wa.tab != wb.tab {
		return false
	}
	if wa.data == wb.data {
		return true
	}
	if wa.tab == floatItab || wa.tab == complexItab {
		return false
	}
	return a == b
}
