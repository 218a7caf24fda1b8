# format() of complex numbers and strs, and objects without a format
# of their own.
cs = [1 + 2j, -1.5 - 2.25j, 1j, complex(-0.0, 1.0), 3 + 0j, complex(0.0, -0.0), 1e20 - 1e-20j,
      1234.5 + 0.001j, complex(float("nan"), float("inf")), complex(-0.0, -0.0)]
specs = ["", "10", "<20", "^20", ".2", ".2f", "e", "+", " ", "z", "#", "g", ".0f", ",", "_.1f", "n", "*>22.3e",
         "05", "=10", "c", "%", "d", "x"]
for c in cs:
    print(repr(c))
    for s in specs:
        try:
            r = format(c, s)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print("   ", repr(s), repr(r))

strs = ["", "abc", "héllo", "\U0001F600x", "a\nb"]
sspecs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", ".0", "10.2", "05", "0<5", "x>5", "é^9", "+", "#",
          "z", "=5", "d", ",", "_", ".2s", "<0", "1", "\U0001F600^9.1"]
for x in strs:
    print(repr(x))
    for s in sspecs:
        try:
            r = format(x, s)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print("   ", repr(s), repr(r))

class Plain:
    def __str__(self):
        return "plain!"
class Custom:
    def __format__(self, spec):
        return "custom[" + spec + "]"
class BadFormat:
    def __format__(self, spec):
        return 42
for obj in [None, (), [], Plain(), Custom(), BadFormat(), object]:
    for s in ["", "s", "10"]:
        try:
            r = format(obj, s)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        if type(obj) is type:
            print(obj.__name__, repr(s), repr(r)[:40])
        else:
            print(type(obj).__name__, repr(s), repr(r))

class S(str):
    def __str__(self):
        return "S-str"
print(repr(format(S("x"), "")), repr(format(S("x"), "3")), repr("{}".format(S("y"))), repr(f"{S('z')}"))
for bad in [lambda: (1).__format__(2), lambda: object().__format__(1), lambda: object.__format__(1),
            lambda: (1.5).__format__(), lambda: "a".__format__(None), lambda: format(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
