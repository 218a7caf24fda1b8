# struct: integer codes in every byte order, with range errors.
import struct

values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 300, 32767, 32768, -32768,
          -32769, 65535, 65536, 70000, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
          2**32 - 1, 2**32, 2**33, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
          2**64 - 1, 2**64, 2**70, -2**70]

for order in ["", "@", "=", "<", ">", "!"]:
    for code in "bBhHiIlLqQnNP":
        fmt = order + code
        row = []
        for v in values:
            try:
                row.append(struct.pack(fmt, v).hex())
            except struct.error as e:
                row.append("error: " + str(e))
            except OverflowError as e:
                row.append("OverflowError: " + str(e))
        print(fmt, row)

# round trips
for fmt, v in [("<h", -2), (">i", -123456), ("<Q", 2**64 - 1), (">q", -2**63), ("b", -5),
               ("<l", -2**31), ("=L", 2**32 - 1), ("@n", -7), ("@N", 2**63), ("P", 12345)]:
    packed = struct.pack(fmt, v)
    print(fmt, v, packed, struct.unpack(fmt, packed))

# __index__ is honoured; floats and strings are not integers
class Idx:
    def __index__(self):
        return 42

print(struct.pack("<i", Idx()))
print(struct.pack("<?", Idx()))
for bad in [1.5, "1", None, [1], 2.0]:
    try:
        struct.pack("<i", bad)
    except struct.error as e:
        print(type(bad).__name__, "->", e)
print(struct.pack("<i", True), struct.pack("<B", False))
