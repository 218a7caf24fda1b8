# struct: calcsize, native alignment, repeat counts, whitespace, bad formats.
import struct

formats = ["", "<", "b", "h", "bh", "hb", "bi", "<bi", "=bi", ">bi", "!bi", "bq", "bq0i",
           "0l", "b0l", "b0q", "iq", "ci", "cP", "c?e", "ce", "cf", "cd", "hn", "3sl",
           "10s", "10p", "5x", "3i", "3ih", "i ii", " i\ti\n", "2c3b", "0s0p0x",
           "<qQlLiIhHbB?efd", "@qQlLiIhHbB?efdnNP", "llh0l", "bP", "c4sc"]
for fmt in formats:
    print(repr(fmt), struct.calcsize(fmt))

for fmt in ["z", "<n", ">N", "!P", "=P", "1", "12", "i1", "3 i", "<>i", "@<i", "y2", "i!",
            "9999999999999999999999q", "99999999999999999999s"]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "error:", e)

print(struct.calcsize(b"<i"), struct.pack(b">h", 1))
try:
    struct.calcsize(5)
except TypeError as e:
    print("TypeError:", e)

# native alignment shows in the packed bytes
print(struct.pack("bi", 1, 2))
print(struct.pack("<bi", 1, 2))
print(struct.pack("hq", 1, 2))
print(struct.unpack("bi", struct.pack("bi", -1, -2)))
