import zlib
data = b"The quick brown fox jumps over the lazy dog. " * 500 + bytes(range(256)) * 20
c = zlib.compressobj(6)
a = c.compress(data[:3000])
c2 = c.copy()
rest1 = c.compress(data[3000:]) + c.flush()
rest2 = c2.compress(b"different tail") + c2.flush()
print(zlib.decompress(a + rest1) == data, zlib.decompress(a + rest2) == data[:3000] + b"different tail")
try:
    c3 = c.copy()
except ValueError as e:
    print(e)
c3 = zlib.compressobj(); c3.flush()
try:
    c3.compress(b"x")
except zlib.error as e:
    print(e)
blob = zlib.compress(data)
for cut in (0, 1, 2, 5, 100, 300, -3, None):
    d = zlib.decompressobj()
    cut = len(blob) if cut is None else cut % len(blob)
    first = d.decompress(blob[:cut])
    d2 = d.copy()
    r1 = first + d.decompress(blob[cut:]) + d.flush()
    r2 = first + d2.decompress(blob[cut:]) + d2.flush()
    print(cut if cut <= 300 else "end", r1 == data, r2 == data, d2.eof, d2.unused_data)
d = zlib.decompressobj()
out = d.decompress(blob, 1000)
d2 = d.copy()
t1 = out + d.decompress(d.unconsumed_tail) + d.flush()
t2 = out + d2.decompress(d2.unconsumed_tail) + d2.flush()
print(t1 == data, t2 == data)
import copy
d = zlib.decompressobj(); d.decompress(blob[:50])
print(copy.copy(d).decompress(blob[50:]) != b"" , copy.deepcopy(zlib.compressobj()).flush()[:2])
d = zlib.decompressobj(); d.decompress(blob + b"xyz")
try:
    d2 = d.copy(); print(d2.eof, d2.unused_data, d2.decompress(b"q"), d2.unused_data)
except Exception as e:
    print(type(e).__name__, e)
d = zlib.decompressobj()
try:
    d.decompress(b"garbage"); 
except zlib.error as e:
    print(e)
try:
    print(type(d.copy()).__name__)
except Exception as e:
    print(type(e).__name__, e)
