# struct: e, f and d codes: rounding, special values, overflow.
import struct


values = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 65504.0, 65519.99, 65520.0, 1e-8, 6e-8,
          5.960464477539063e-08, 3e-8, 2.9e-8, 1e-5, 3.4e38, 3.5e38, 1e300, -1e300,
          float("inf"), float("-inf"), float("nan"), 2**-14, 2**-24, 2**-25, 1.5 * 2**-24]

for order in ["", "<", ">", "!"]:
    for code in "efd":
        fmt = order + code
        for v in values:
            try:
                b = struct.pack(fmt, v)
                back = struct.unpack(fmt, b)[0]
                print(fmt, repr(v), b.hex(), repr(back))
            except (struct.error, OverflowError) as e:
                print(fmt, repr(v), type(e).__name__, e)

# ints and objects with __float__ are accepted
class F:
    def __float__(self):
        return 2.5

print(struct.pack("<d", 3), struct.pack("<f", F()), struct.pack("<e", True))
for bad in ["1", None, b"x"]:
    try:
        struct.pack("<d", bad)
    except struct.error as e:
        print(repr(bad), "->", e)
try:
    struct.pack("<d", 10**400)
except struct.error as e:
    print("error", e)

# half floats: every bit pattern decodes and re-encodes to itself
bad = 0
for h in range(65536):
    b = h.to_bytes(2, "little")
    v = struct.unpack("<e", b)[0]
    if v != v:
        continue
    if struct.pack("<e", v) != b:
        bad += 1
print("half round trip mismatches:", bad)
