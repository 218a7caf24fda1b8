# Subclasses of str: methods see the value, results are plain strs,
# operators and dunder overrides.
class S(str):
    def extra(self):
        return "extra:" + self

class U(str):
    def upper(self):
        return "overridden"
    def __len__(self):
        return 99
    def __getitem__(self, i):
        return "item"
    def __contains__(self, x):
        return True
    def __add__(self, other):
        return "added"

s = S("Hello")
print(s, repr(s), s.extra(), len(s), s[1], s[1:3], s.upper(), type(s.upper()).__name__, type(s[1:]).__name__)
print(s == "Hello", "Hello" == s, s < "World", hash(s) == hash("Hello"), s in {"Hello": 1}, {"Hello": 1}[s])
print(s + "!", type(s + "!").__name__, "!" + s, s * 2, type(s * 2).__name__, "%s" % s, f"{s}", "{}".format(s))
print(s.split("l"), [type(x).__name__ for x in s.split("l")], s.join(["a", "b"]), s.replace("l", "L"))
print(str(s), type(str(s)).__name__, s.__str__(), type(s.__str__()).__name__, s.strip(), type(s.strip()).__name__)
u = U("abc")
print(u.upper(), len(u), u[0], "x" in u, u + "d", u.lower(), str.upper(u), str.__len__(u), str.__getitem__(u, 0))
print(isinstance(s, str), issubclass(S, str), S.__mro__[1] is str, type(s) is S)
print(S("a") is not S("a"), S(), S(b"ab", "ascii"), S(5), S(1.5))

class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged("val", "T")
print(t, t.tag, t.upper(), t.__dict__)

class B(bytes):
    pass
b = B(b"abc")
print(b, type(b).__name__, b.upper(), type(b.upper()).__name__, b.decode(), b[0], b[1:], type(b[1:]).__name__)
print(b + b"x", B(b"x") == b"x", b.hex(), bytes(b) == b)
