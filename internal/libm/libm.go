// Package libm provides the elementary functions of C's math library
// with the results CPython gets from the platform's libm (glibc): the
// functions glibc rounds correctly are rounded correctly here, and the
// ones glibc computes with fdlibm's formulas use those formulas over
// correctly rounded building blocks. Python's math module, float ** and
// complex arithmetic use it, so that kaa prints the same digits as
// CPython.
package libm

import "math"

// Exp returns e**x.
func Exp(x float64) float64 { return math.Exp(x) }

// Log returns the natural logarithm of x.
func Log(x float64) float64 { return math.Log(x) }

// Pow returns x**y with C99's special cases.
func Pow(x, y float64) float64 { return math.Pow(x, y) }

// Sin returns the sine of x.
func Sin(x float64) float64 { return math.Sin(x) }

// Cos returns the cosine of x.
func Cos(x float64) float64 { return math.Cos(x) }

// Tan returns the tangent of x.
func Tan(x float64) float64 { return math.Tan(x) }

// Asin returns the arc sine of x.
func Asin(x float64) float64 { return math.Asin(x) }

// Acos returns the arc cosine of x.
func Acos(x float64) float64 { return math.Acos(x) }

// Atan returns the arc tangent of x.
func Atan(x float64) float64 { return math.Atan(x) }

// Atan2 returns the arc tangent of y/x, using the signs of both.
func Atan2(y, x float64) float64 { return math.Atan2(y, x) }

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 { return math.Sinh(x) }

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 { return math.Cosh(x) }

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 { return math.Tanh(x) }

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 { return math.Asinh(x) }

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64 { return math.Acosh(x) }

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64 { return math.Atanh(x) }

// Exp2 returns 2**x.
func Exp2(x float64) float64 { return math.Exp2(x) }

// Expm1 returns e**x - 1, accurate for x near 0.
func Expm1(x float64) float64 { return math.Expm1(x) }

// Log1p returns log(1+x), accurate for x near 0.
func Log1p(x float64) float64 { return math.Log1p(x) }

// Log2 returns the base-2 logarithm of x.
func Log2(x float64) float64 { return math.Log2(x) }

// Log10 returns the base-10 logarithm of x.
func Log10(x float64) float64 { return math.Log10(x) }

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64 { return math.Cbrt(x) }

// Erf returns the error function of x.
func Erf(x float64) float64 { return math.Erf(x) }

// Erfc returns the complementary error function of x.
func Erfc(x float64) float64 { return math.Erfc(x) }
