package syntax

// Repr returns the text CPython's repr() gives the constant value v
// (None, Ellipsis, bool, int64, *big.Int, float64, complex128, string,
// Bytes).
func Repr(v Value) string { return repr(v) }

// ReprStr returns repr() of the str s: single quotes unless s contains a
// single quote and no double quote, backslash escapes for quotes,
// backslashes, \t \n \r, \xhh, \uhhhh or \Uhhhhhhhh for characters that
// str.isprintable() rejects (Unicode 14.0, as CPython 3.11). Lone
// surrogates, stored as their 3-byte generalized UTF-8 encoding, print as
// \udxxx.
func ReprStr(s string) string { return reprStr(s) }

// ReprBytes returns repr() of a bytes value: b'...' with \t \n \r, \xhh
// for bytes outside printable ASCII, and the same quote choice as str.
func ReprBytes(b string) string { return reprBytes(b) }

// ReprFloat returns repr() of a float: the shortest text that reads back
// to the same value, in CPython's format ("1.0", "1e+16", "1e-05",
// "inf", "nan", "-0.0").
func ReprFloat(f float64) string { return reprFloat(f) }

// ReprComplex returns repr() of a complex number ("1j", "(1+2j)",
// "-0j", "(-0-0j)", "(nan+infj)").
func ReprComplex(c complex128) string { return reprComplex(c) }
