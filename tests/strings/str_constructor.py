# str() and repr() of objects, str() of bytes with encodings, ord() and
# chr() and their errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class WithStr:
    def __str__(self):
        return "with-str"
class WithRepr:
    def __repr__(self):
        return "with-repr"
class BadStr:
    def __str__(self):
        return 42
class BadRepr:
    def __repr__(self):
        return b"x"
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub("sub")
show("str()", lambda: str())
show("str(1)", lambda: str(1))
show("str(1.5)", lambda: str(1.5))
show("str(None)", lambda: str(None))
show("str(list)", lambda: str([1, "a"]))
show("str(bytes)", lambda: str(b"ab"))
show("str(WithStr)", lambda: str(WithStr()))
show("str(WithRepr)", lambda: str(WithRepr()))
show("str(BadStr)", lambda: str(BadStr()))
show("repr(BadRepr)", lambda: repr(BadRepr()))
show("str(StrSub) type", lambda: type(str(StrSub("a"))).__name__)
show("str(b, enc)", lambda: str(b"caf\xc3\xa9", "utf-8"))
show("str(b, enc, errors)", lambda: str(b"caf\xe9", "utf-8", "replace"))
show("str(b, errors=)", lambda: str(b"caf\xe9", errors="ignore"))
show("str(bytearray, enc)", lambda: str(bytearray(b"ab"), "ascii"))
show("str('a', enc)", lambda: str("a", "utf-8"))
show("str(1, enc)", lambda: str(1, "utf-8"))
show("str(b, 1)", lambda: str(b"a", 1))
show("str(object=)", lambda: str(object=5))
show("str(x=)", lambda: str(x=5))
show("str too many", lambda: str(b"a", "ascii", "strict", 1))
show("StrSub('a')", lambda: (StrSub("a"), type(StrSub("a")).__name__))
show("StrSub(b, enc)", lambda: StrSub(b"x", "ascii"))
for c in ["a", "é", "\U0001F600", "\x00", "\ud800"]:
    print(repr(c), ord(c), repr(chr(ord(c))))
show("ord empty", lambda: ord(""))
show("ord two", lambda: ord("ab"))
show("ord int", lambda: ord(1))
show("ord bytes", lambda: ord(b"a"))
show("ord bytearray", lambda: ord(bytearray(b"z")))
show("ord bytes two", lambda: ord(b"ab"))
show("chr neg", lambda: chr(-1))
show("chr big", lambda: chr(0x110000))
show("chr huge", lambda: chr(2**70))
show("chr str", lambda: chr("a"))
show("chr float", lambda: chr(65.0))
print(chr(0x10FFFF) == "\U0010ffff", chr(True), [chr(i) for i in (9, 10, 32, 127, 160, 173, 8232)])
