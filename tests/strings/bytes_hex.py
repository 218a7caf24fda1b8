# hex() and fromhex() of bytes, bytearray and memoryview.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

data = [b"", b"\x00", b"abc", b"\xde\xad\xbe\xef", bytes(range(10))]
for d in data:
    print(repr(d), d.hex(), d.hex(":"), d.hex("-", 2), d.hex("-", -2), d.hex(b"."), d.hex(" ", 3), d.hex(":", 0),
          bytearray(d).hex(), memoryview(d).hex("|"))
show("sep long", lambda: b"ab".hex("::"))
show("sep non-ascii", lambda: b"ab".hex("é"))
show("sep int", lambda: b"ab".hex(1))
show("sep kw", lambda: b"abcd".hex(sep="_", bytes_per_sep=2))
for s in ["", "00", "6162", "61 62", " 61  62 ", "61\t62\n", "DEADbeef", "6", "zz", "61 6", "6 1", "0x61", "61g"]:
    show("fromhex " + repr(s), lambda: bytes.fromhex(s))
show("fromhex bytes", lambda: bytes.fromhex(b"61"))
show("bytearray fromhex", lambda: bytearray.fromhex("ff 00"))
show("fromhex unicode space", lambda: bytes.fromhex("61\u300062"))
