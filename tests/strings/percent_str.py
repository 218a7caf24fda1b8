# printf-style formatting of str: every conversion with many flags.
values = [0, 5, -255, 65, 2**70, 2.5, -0.001234, 1e20, 3.14159, True, "abc", "é", "", None, [1], 1j,
          float("inf"), float("nan"), -0.0]
specs = ["s", "r", "a", "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "5d", "-5d|", "05d",
         "+d", " d", "+05d", "#o", "#x", "#X", "#05x", "#-8X|", ".3d", "+.3x", "10.3f", "-10.2e|", "010.2f",
         "+.0f", "#.0f", "#g", ".3s", "5s", "-5s|", "05s", "5c", "-5c|", ".1c", "ld", "hd", "Lf", "5.1s",
         "#.3g", "+ d", ".0e", "#.0e", "% d", "-+10.3f|"]
for v in values:
    print(repr(v))
    for s in specs:
        try:
            r = ("<%" + s + ">") % (v,)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print("   ", repr(s), repr(r))

print("%s and %s" % ("a", "b"), "%d%%" % 50, "%%", "%c%c" % ("é", 0x1F600), "%-*s|" % (6, "ab"),
      "%*.*f" % (10, 2, 3.14159), "%.*s" % (2, "abcdef"), "%0*d" % (5, 42))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 33}, "%(a)s%(a)r" % {"a": "x"}, "%((x))s" % {"(x)": 1})
print("%s" % (1,), "%s" % [1, 2], "%s" % {"a": 1}, "%r" % ((1, 2),), "%s %s" % (1, (2, 3)))
print("%x %X %o" % (-255, 255, -8), "%#x %#X %#o" % (-255, 255, -8), "%5.1s|" % "xyz")
print("%.3d|%+.5d|% 7.3d" % (7, -42, 9), "%i" % 3.99, "%d" % True, "%x" % False)

class N:
    def __index__(self):
        return 255
    def __int__(self):
        return 7
class F:
    def __float__(self):
        return 2.5
print("%x %d %o" % (N(), N(), N()), "%f %e" % (F(), F()))
