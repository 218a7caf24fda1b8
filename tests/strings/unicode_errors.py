# The Unicode error exceptions: attributes and messages.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

try:
    "aé\u20ac\U0001F600".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
    print(str(e))
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))

try:
    "\U0001F600".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)

try:
    "a\ud800\udfff".encode("utf-8")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)

try:
    b"ab\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)

try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print(e)

show("construct enc", lambda: str(UnicodeEncodeError("codec", "abc", 1, 2, "why")))
show("construct enc range", lambda: str(UnicodeEncodeError("codec", "abc", 0, 3, "why")))
show("construct enc wide", lambda: str(UnicodeEncodeError("codec", "\u20ac", 0, 1, "why")))
show("construct dec", lambda: str(UnicodeDecodeError("codec", b"abc", 1, 2, "why")))
show("construct dec range", lambda: str(UnicodeDecodeError("codec", b"abc", 0, 2, "why")))
show("construct dec bytearray", lambda: UnicodeDecodeError("codec", bytearray(b"ab"), 0, 1, "r").object)
show("construct translate", lambda: str(UnicodeTranslateError("\xe9", 0, 1, "why")))
show("translate range", lambda: str(UnicodeTranslateError("abc", 0, 2, "why")))
show("too few", lambda: UnicodeEncodeError("a"))
show("bad type", lambda: UnicodeEncodeError(1, "a", 0, 1, "r"))
show("bad object", lambda: UnicodeEncodeError("e", b"a", 0, 1, "r"))
show("dec str object", lambda: UnicodeDecodeError("e", "a", 0, 1, "r"))
show("float start", lambda: UnicodeEncodeError("e", "a", 0.5, 1, "r"))
show("args", lambda: UnicodeDecodeError("e", b"ab", 0, 1, "r").args)
e = UnicodeEncodeError("e", "abc", 0, 1, "r")
e.start = 1
e.end = 3
e.reason = "changed"
print(str(e))
show("plain UnicodeError", lambda: str(UnicodeError("x", "y")))
