# struct.Struct objects and the buffer functions: pack_into, unpack_from,
# iter_unpack, argument counts and buffer-size errors.
import struct

s = struct.Struct("<hi")
print(s.format, s.size, type(s).__name__, type(s).__module__)
b = s.pack(1, 2)
print(b, s.unpack(b), s.unpack_from(b"xx" + b, 2))
print(struct.Struct(b">h").format)

for args in [(), (1,), (1, 2, 3)]:
    try:
        s.pack(*args)
    except struct.error as e:
        print(e)
try:
    struct.pack("i")
except struct.error as e:
    print(e)

for data in [b"", b"abc", b"abcdefg"]:
    try:
        s.unpack(data)
    except struct.error as e:
        print(e)
try:
    struct.unpack("<h", "ab")
except TypeError as e:
    print("TypeError:", e)
print(struct.unpack("<h", bytearray(b"ab")), struct.unpack("<h", memoryview(b"ab")))

buf = bytearray(10)
struct.pack_into("<hh", buf, 2, 1, -1)
print(buf)
struct.pack_into("<h", buf, -2, 0x4142)
print(buf)
for off in [9, 10, 11, -1, -11]:
    try:
        struct.pack_into("<h", buf, off, 1)
    except struct.error as e:
        print(off, e)
try:
    struct.pack_into("<h", b"abcd", 0, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    struct.pack_into("<h", buf)
except struct.error as e:
    print(e)
try:
    struct.pack_into("<h", buf, 0)
except struct.error as e:
    print(e)

data = bytes(range(8))
for off in [0, 4, 6, 7, -2, -1, -8, -9]:
    try:
        print(off, struct.unpack_from("<h", data, off))
    except struct.error as e:
        print(off, e)
print(struct.unpack_from("<h", data, offset=2))
print(struct.unpack_from("<h", buffer=data))

it = struct.iter_unpack("<h", data)
print(it.__length_hint__(), next(it), list(it), it.__length_hint__())
print(list(struct.Struct(">b").iter_unpack(b"\x01\x02\x03")))
for fmt, d in [("<h", b"abc"), ("", b""), ("0s", b"ab")]:
    try:
        struct.iter_unpack(fmt, d)
    except struct.error as e:
        print(repr(fmt), e)

class MyStruct(struct.Struct):
    pass

m = MyStruct("<i")
print(m.pack(7), m.size, isinstance(m, struct.Struct))
print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__module__)
try:
    raise struct.error("custom")
except struct.error as e:
    print(repr(e))
try:
    struct.Struct(5)
except TypeError as e:
    print("TypeError:", e)
