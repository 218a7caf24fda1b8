# bytes.decode, bytearray.decode and str(bytes, ...) with codecs and
# error handlers, including every kind of malformed UTF-8.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))

datas = [b"", b"abc", b"h\xc3\xa9llo", b"\xff", b"\x80abc", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82x", b"\xe2(\xa1",
         b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xf0(\x8c(", b"\xed\xa0\x80", b"\xed\xa0\x80\xed\xb0\x80",
         b"\xc0\xaf", b"\xf5\x80\x80\x80", b"\xf4\x90\x80\x80", b"\xe0\x80\x80", b"a\xffb\xfec",
         b"\xff\xfeh\x00i\x00", b"\xfe\xff\x00h\x00i", b"h\x00i\x00", b"h\x00i", b"\x00\xd8", b"\x00\xdc\x00\x00",
         b"\x3d\xd8\x00\xde", b"\x3d\xd8a\x00", b"\xff\xfe\x00\x00h\x00\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00",
         b"\xef\xbb\xbfabc"]
codecs = ["utf-8", "utf-8-sig", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]
for d in datas:
    for c in codecs:
        for h in handlers:
            show(repr(d) + " " + c + " " + h, lambda: d.decode(c, h))

show("default", lambda: b"\xc3\xa9".decode())
show("bytearray", lambda: bytearray(b"\xc3\xa9").decode("utf-8"))
show("str()", lambda: str(b"\xc3\xa9", "utf-8"))
show("str() errors", lambda: str(b"\xff", "utf-8", "replace"))
show("str() kw", lambda: str(b"\xff", errors="ignore"))
show("str() of str", lambda: str("a", "utf-8"))
show("str() of int", lambda: str(1, "utf-8"))
show("xmlcharref", lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
show("bogus", lambda: b"\xff".decode("utf-8", "bogus"))
show("bogus unused", lambda: b"a".decode("utf-8", "bogus"))
show("unknown codec", lambda: b"a".decode("nope"))
show("base64", lambda: b"a".decode("base64"))
show("int enc", lambda: b"a".decode(1))
show("memoryview", lambda: str(memoryview(b"abc"), "ascii"))
