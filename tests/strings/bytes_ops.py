# bytes and bytearray as sequences: indexing, slicing, concatenation,
# repetition, comparison, containment, iteration, hashing, repr.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

b = b"abcdef"
print(b[0], b[-1], b[1:3], b[::2], b[::-1], b[10:], b[-100:2], b[4:1:-1])
show("index out", lambda: b[6])
show("index str", lambda: b["x"])
ba = bytearray(b"abcdef")
print(ba[0], ba[-1], ba[1:3], ba[::2], ba[::-1])
show("ba index out", lambda: ba[6])
show("ba index str", lambda: ba["x"])
print(b + b"gh", b + bytearray(b"!"), b + memoryview(b"?"), bytearray(b"x") + b"y", b * 2, 2 * b, b * 0, b * -1)
show("bytes + str", lambda: b + "x")
show("bytearray + str", lambda: bytearray(b"x") + "s")
show("bytes * float", lambda: b * 1.5)
show("bytes * huge", lambda: b * 2**62)
print(b == b"abcdef", b == bytearray(b"abcdef"), bytearray(b"ab") == b"ab", b"ab" < b"abc", b"b" > b"abc",
      b"ab" <= bytearray(b"ab"), b == "abcdef", b != "abcdef")
show("bytes < str", lambda: b"a" < "b")
print(b"a" in b, 97 in b, b"cd" in b, b"" in b, bytearray(b"b") in b, memoryview(b"ef") in bytearray(b"def"))
show("str in bytes", lambda: "a" in b)
show("300 in bytes", lambda: 300 in b)
print(list(b"abc"), list(bytearray(b"xy")), [x for x in b""], sum(b"\x01\x02"))
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""))
show("hash bytearray", lambda: hash(bytearray(b"a")))
for x in [b"", b"'", b'"', b"'\"", b"\\", b"\x00\x7f\x80\xff", b"\t\n\r", b"abc"]:
    print(repr(x), repr(bytearray(x)), ascii(x), str(x))
print(len(b), len(bytearray()), bool(b""), bool(b"x"), bool(bytearray()))
print(b"%d" % 1 == b"1", bytes(b) is not None)
