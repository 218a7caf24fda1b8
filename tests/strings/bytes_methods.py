# bytes methods: searching, replacing, case, classification, padding.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

b = b"hello world"
for args in [(b"o",), (b"o", 5), (b"o", 5, 7), (111,), (b"",), (b"xyz",), (b"l", -3), (bytearray(b"wor"),),
             (memoryview(b"ld"),), (b"", 100), (b"o", None, 5)]:
    print(len(args), b.find(*args), b.rfind(*args), b.count(*args))
show("index", lambda: b.index(b"w"))
show("rindex", lambda: b.rindex(108))
show("index missing", lambda: b.index(b"z"))
show("find str", lambda: b.find("o"))
show("find 300", lambda: b.find(300))
show("find float", lambda: b.find(1.5))
show("find kw", lambda: b.find(sub=b"o"))
for args in [(b"he",), ((b"x", b"he"),), (b"lo", 3, 5), (bytearray(b"world"),), ((),)]:
    print("tails", args, b.startswith(*args), b.endswith(*args))
show("startswith str", lambda: b.startswith("h"))
show("startswith tuple str", lambda: b.startswith(("h",)))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.replace(b"", b"-"), b.replace(b"", b"-", 3), b.replace(b"o", bytearray(b"0")))
show("replace str", lambda: b.replace("l", b"L"))
show("replace kw", lambda: b.replace(b"l", b"L", count=1))
samples = [b"", b"abc", b"ABC", b"Hello World", b"hello world", b"123", b"a1", b" \t\n", b"\x1c", b"\xe9", b"Ab Cd", b"aB"]
for s in samples:
    print(repr(s), s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(),
          [getattr(s, p)() for p in ("isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper")])
for s in [b"", b"a", b"abc", b"-12", b"+3"]:
    for w in [0, 2, 5, 6]:
        print(repr(s), w, s.center(w), s.center(w, b"*"), s.ljust(w, bytearray(b".")), s.rjust(w), s.zfill(w))
show("center str fill", lambda: b"a".center(5, "x"))
show("center long fill", lambda: b"a".center(5, b"xy"))
print(b"a\tb\tc\nab\tc".expandtabs(), b"a\tb".expandtabs(4), b"a\tb".expandtabs(tabsize=0))
print(b"prefix-body".removeprefix(b"prefix-"), b"body-suffix".removesuffix(b"-suffix"), b"x".removeprefix(b"y"))
show("removeprefix str", lambda: b"x".removeprefix("x"))
print(b"hello".translate(None, b"l"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
show("translate short", lambda: b"abc".translate(b"x"))
show("maketrans unequal", lambda: bytes.maketrans(b"ab", b"c"))
t = bytearray.maketrans(b"a", b"b")
print(type(t).__name__, len(t), t[97])
