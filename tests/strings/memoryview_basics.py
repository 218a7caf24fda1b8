# memoryview over bytes and bytearray: attributes, indexing, slicing,
# assignment, cast, comparison, hashing, release.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist(), m.format, m.itemsize, m.nbytes, m.readonly, m.ndim,
      m.shape, m.strides, m.obj, m.c_contiguous, m.f_contiguous, m.contiguous, m.suboffsets)
s = m[::2]
print(s.tobytes(), s.strides, s.c_contiguous, len(s), s.tolist(), s[1], bytes(s), s.obj is m.obj)
print(m[::-1].tobytes(), m[4:1:-1].tolist(), bytes(m[1:]), list(m[2:4]), m.hex(), m.hex(":"), m[1:].hex("-", 2))
show("set readonly", lambda: m.__setitem__(0, 1))
show("del readonly", lambda: m.__delitem__(0))
show("index out", lambda: m[6])
show("index str", lambda: m["x"])
ba = bytearray(b"abcdef")
w = memoryview(ba)
w[0] = 65
w[1:3] = b"xy"
w[-1] = 70
print(ba, w.readonly, w.tobytes())
ba[2] = 90
print(w[2], w.tobytes())
show("set range", lambda: w.__setitem__(0, 256))
show("set str", lambda: w.__setitem__(0, "x"))
show("set size", lambda: w.__setitem__(slice(0, 2), b"x"))
show("hash writable", lambda: hash(w))
print(hash(m) == hash(b"abcdef"), m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"),
      m != b"x", m == "abcdef", w == ba)
show("order", lambda: m < m)
c = memoryview(b"abcd").cast("i")
print(c.format, c.itemsize, len(c), c.nbytes, c.tolist(), c.cast("B").tolist())
h = memoryview(b"abcd").cast("H")
print(h.tolist(), h[1], h.shape)
show("cast misaligned", lambda: memoryview(b"abc").cast("i"))
show("cast bad format", lambda: m.cast("x"))
show("cast two non-byte", lambda: c.cast("h"))
g = memoryview(b"abcdefgh").cast("B", [2, 4])
print(g.shape, g.ndim, g.strides, g.tolist(), g.nbytes, len(g))
show("cast shape mismatch", lambda: memoryview(b"abcdefgh").cast("B", [3, 3]))
cc = memoryview(b"ab").cast("c")
print(cc[0], cc.tolist())
wi = memoryview(bytearray(8)).cast("i")
wi[0] = -5
wi[1] = 2**31 - 1
print(wi.tolist(), bytes(wi.obj))
show("int range", lambda: wi.__setitem__(0, 2**40))
wf = memoryview(bytearray(8)).cast("d")
wf[0] = 1.5
print(wf[0], wf.tolist())
r = memoryview(bytearray(b"ro")).toreadonly()
print(r.readonly)
show("set toreadonly", lambda: r.__setitem__(0, 1))
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
show("after with", lambda: cm.tobytes())
m2 = memoryview(b"rel")
m2.release()
show("len released", lambda: len(m2))
print(repr(m2).startswith("<released memory at "), repr(memoryview(b"")).startswith("<memory at "))
show("memoryview(int)", lambda: memoryview(1))
show("memoryview(str)", lambda: memoryview("a"))
print(memoryview(m).obj, memoryview(b"ab") == memoryview(bytearray(b"ab")))
