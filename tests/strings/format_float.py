# format() of floats: every presentation type, precisions, rounding
# (ties go to even on the exact binary value), grouping, 'z', specials.
nan = float("nan")
inf = float("inf")
values = [0.0, -0.0, 1.0, -1.5, 0.5, 1.5, 2.5, 0.125, 0.375, 3.14159265358979, 1234567.891, 1e16, 1e15,
          1e-5, 1e-4, 1.2345678901234567e+22, -0.0001, 1 / 3, 2 / 3, inf, -inf, nan, 5e-324,
          1.7976931348623157e308, 100.0, 123456.0, 0.1, 0.7, 1.005, 2.675, 9.995, 99.95]
specs = ["", "f", "F", "e", "E", "g", "G", "n", "%", ".0f", ".1f", ".2f", ".10f", ".0e", ".3e", ".0g", ".1g",
         ".3g", ".10g", ".17g", ".20f", "#", "#.0f", "#.0e", "#g", "#.3g", "#.0", ".0", ".1", ".2", ".5", ".12",
         "10", "<10", "^10", "=10", "010", "+010.2f", " .3f", "z.1f", "z", "z.2e", "z+.0f", ",", ",.2f", "_.3f",
         "020,.2f", "015_", "*^15,.2f", "0<10", "x>12.3e", ".1%", "#.0%", ",%", ".2n", "=+10", "+", " ",
         "010.3", "#010", "-12.4G", ".3F", ".0%"]
for v in values:
    print(repr(v))
    for s in specs:
        try:
            r = format(v, s)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print("   ", repr(s), repr(r))

print(format(1.5, "." + "9" * 3 + "f")[:20])
print(format(1e300, ".3f"))
print(format(2.0 ** 70, "f"), format(2.0 ** -30, ".40f"))
print(float.__format__(1.25, ".1f"), (2.5).__format__(""), str(1e22), repr(1e-7))
for x in [0.1 + 0.2, 1e100, 123e-310, 4.35, 0.3, 1 - 1e-16]:
    print(repr(x), str(x), format(x, ".15g"), format(x, ".16g"), format(x, ".17g"), "%r" % x)
