# str.encode with every codec kaa knows and every error handler.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

texts = ["", "abc", "héllo", "€uro", "\U0001F600", "a\ud800b", "\udcff\udc80", "mixé\u20ac\U0001F600"]
codecs = ["utf-8", "UTF8", "utf_8", "u8", "utf-8-sig", "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "l1",
          "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
            "surrogateescape", "surrogatepass"]
for t in texts:
    for c in codecs:
        for h in handlers:
            show(ascii(t) + " " + c + " " + h, lambda: t.encode(c, h))

show("default", lambda: "é".encode())
show("kw", lambda: "é".encode(encoding="latin-1", errors="strict"))
show("unknown", lambda: "a".encode("no-such-codec"))
show("unknown handler ok", lambda: "a".encode("ascii", "bogus"))
show("unknown handler used", lambda: "é".encode("ascii", "bogus"))
show("int encoding", lambda: "a".encode(1))
show("int errors", lambda: "a".encode("utf-8", 1))
show("hex", lambda: "a".encode("hex"))
show("rot13", lambda: "a".encode("rot13"))
show("three", lambda: "a".encode("utf-8", "strict", 1))
show("bad kw", lambda: "a".encode(foo=1))
show("spaces", lambda: "é".encode("  UTF-8  "))
