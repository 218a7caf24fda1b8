# printf-style formatting of bytes and bytearray.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

show("s", lambda: b"%s|%b" % (b"ab", bytearray(b"cd")))
show("memoryview", lambda: b"%s" % memoryview(b"mv"))
show("d", lambda: b"%d %5d %-5d| %05d %+d %x %X %#o" % (1, 2, 3, 4, 5, 255, 255, 8))
show("floats", lambda: b"%.2f %e %g %10.3f|" % (3.14159, 1e10, 0.0001, 2.5))
show("c int", lambda: b"%c%c" % (65, 255))
show("c bytes", lambda: b"%c" % b"z")
show("c range", lambda: b"%c" % 256)
show("c long bytes", lambda: b"%c" % b"zz")
show("c str", lambda: b"%c" % "a")
show("r", lambda: b"%r %a" % ("é", b"x"))
show("s str", lambda: b"%s" % "a")
show("s int", lambda: b"%s" % 1)
show("dict", lambda: b"%(k)s-%(n)d" % {b"k": b"v", b"n": 7})
show("dict str key", lambda: b"%(k)s" % {"k": b"v"})
show("bytearray fmt", lambda: bytearray(b"%s=%d") % (b"a", 1))
show("too many", lambda: b"%s" % (b"a", b"b"))
show("too few", lambda: b"%s %s" % (b"a",))
show("percent", lambda: b"100%% %s" % b"x")
show("unsupported", lambda: b"%z" % 1)
show("precision s", lambda: b"%.2s|%5s|%-5s|" % (b"abcdef", b"ab", b"cd"))

class B:
    def __bytes__(self):
        return b"from-bytes"
show("__bytes__", lambda: b"%s" % B())
show("bytes % dict", lambda: b"abc" % {})
show("f str", lambda: b"%f" % "a")
show("f complex", lambda: b"%f" % 1j)
show("d bytes", lambda: b"%d" % b"a")
show("x float", lambda: b"%x" % 1.5)
show("c float", lambda: b"%c" % 1.5)
