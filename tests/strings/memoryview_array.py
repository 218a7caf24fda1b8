# memoryview over array.array: item formats and sizes, indexing,
# assignment through the view, casts.
import array

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for code, vals in [("b", [-1, 2, 127]), ("B", [0, 255]), ("h", [-300, 300]), ("H", [65535]), ("i", [1, -2, 3]),
                   ("I", [4000000000]), ("q", [-2**62]), ("Q", [2**63]), ("f", [1.5, -0.25]), ("d", [3.14159, 1e300])]:
    a = array.array(code, vals)
    m = memoryview(a)
    print(code, m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[0], m[-1], m.readonly, m.shape, m.strides,
          len(m.tobytes()), bytes(m) == a.tobytes())
a = array.array("i", [1, 2, 3, 4])
m = memoryview(a)
m[0] = 100
m[1:3] = array.array("i", [20, 30])
print(a, m[::2].tolist(), m[::-1].tolist())
show("set float in int", lambda: m.__setitem__(0, 1.5))
show("set too big", lambda: m.__setitem__(0, 2**40))
show("slice mismatch", lambda: m.__setitem__(slice(0, 2), b"xx"))
c = m.cast("B")
print(c.format, len(c), c[:4].tolist())
print(memoryview(array.array("d", [1.0, 2.0])) == [1.0, 2.0], memoryview(array.array("B", [1, 2])) == b"\x01\x02")
print(bytes(array.array("h", [1, 2])), bytearray(array.array("b", [-1])), b"x" + memoryview(array.array("B", [65])))
f = memoryview(array.array("f", [0.0]))
f[0] = 2.5
print(f[0], f.tolist())
show("hash array view", lambda: hash(memoryview(array.array("i", [1]))))
