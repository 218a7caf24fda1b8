# struct: c, s, p, ?, x codes.
import struct

print(struct.pack("c", b"a"), struct.unpack("c", b"z"))
for bad in [b"ab", "a", 1, b""]:
    try:
        struct.pack("c", bad)
    except struct.error as e:
        print(repr(bad), e)

for fmt in ["s", "0s", "1s", "3s", "5s", "p", "1p", "2p", "4p", "6p"]:
    for v in [b"", b"ab", b"abcd"]:
        packed = struct.pack(fmt, v)
        print(fmt, v, packed, struct.unpack(fmt, packed))

print(struct.pack("300p", b"x" * 300)[:3], len(struct.pack("300p", b"x" * 300)))
print(struct.unpack("3p", b"\x09ab"), struct.pack("0p", b"abc"))
print(struct.pack("3s", bytearray(b"hi")))
for bad in ["abc", 5, None]:
    for code in "sp":
        try:
            struct.pack(code, bad)
        except struct.error as e:
            print(code, repr(bad), e)

for v in [0, 1, 2, -1, [], [0], "", "x", None, 0.0]:
    print(repr(v), struct.pack("?", v), struct.pack(">?", v))
print(struct.unpack("???", b"\x00\x01\x7f"))

print(struct.pack("xbx", 1), struct.pack("3x"), struct.unpack("2xb", b"\x00\x00\x05"))
print(struct.pack("<2s2x2s", b"ab", b"cd"))
try:
    struct.pack("x", 1)
except struct.error as e:
    print(e)
