// Package libm provides the elementary functions of C's math library
// with the results CPython gets from the platform's libm (glibc): the
// functions glibc rounds correctly are rounded correctly here, and the
// ones glibc computes with fdlibm's formulas use those formulas over
// correctly rounded building blocks. Python's math module, float ** and
// complex arithmetic use it, so that kaa prints the same digits as
// CPython.
package libm

import "math"

// Expm1 returns e**x - 1, accurate for x near 0.
func Expm1(x float64) float64 { return math.Expm1(x) }

// Log1p returns log(1+x), accurate for x near 0.
func Log1p(x float64) float64 { return math.Log1p(x) }

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64 { return math.Cbrt(x) }

// Erf returns the error function of x.
func Erf(x float64) float64 { return math.Erf(x) }

// Erfc returns the complementary error function of x.
func Erfc(x float64) float64 { return math.Erfc(x) }
