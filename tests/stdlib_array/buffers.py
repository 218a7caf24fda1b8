# array: the buffer protocol (bytes, bytearray, memoryview, struct) and
# files.
from array import array
import struct
import io

a = array('h', [1, 2, -1])
print(bytes(a), bytearray(a), len(bytes(array('d', [1.0, 2.0]))))
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.tolist(), m[0], m.nbytes)
m[1] = 99
print(a)
print(struct.unpack('<3h', a), struct.unpack_from('<h', a, 2))
buf = array('b', [0] * 4)
struct.pack_into('<h', buf, 1, 0x0102)
print(buf)
print(b''.join([bytes(array('B', [65, 66]))]), array('B', b'xyz').tobytes())

f = io.BytesIO()
array('i', [1, 2, 3]).tofile(f)
print(f.getvalue())
f.seek(0)
r = array('i')
r.fromfile(f, 2)
print(r)
try:
    r.fromfile(f, 5)
except EOFError as e:
    print("EOFError", e, r)
try:
    r.fromfile(f, -1)
except ValueError as e:
    print(e)
