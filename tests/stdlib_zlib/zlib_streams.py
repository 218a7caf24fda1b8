import zlib


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r)[:100])
    except Exception as e:
        print(type(e).__name__, e)


data = b"The quick brown fox jumps over the lazy dog. " * 20 + bytes(range(256))
from _cpython_data import DATA_Z, DATA_RAW, DATA_GZ, DATA_DICT

# Decompress objects fed in pieces of every size.
for name, blob, wbits in [("zlib", DATA_Z, 15), ("raw", DATA_RAW, -15), ("gzip", DATA_GZ, 31), ("auto", DATA_GZ, 47),
                          ("dict", DATA_DICT, 15)]:
    for step in (1, 3, 64, 1000):
        kw = {"zdict": b"quick brown fox lazy dog"} if name == "dict" else {}
        d = zlib.decompressobj(wbits, **kw)
        out = b""
        for i in range(0, len(blob), step):
            out += d.decompress(blob[i:i + step])
        out += d.flush()
        print(name, step, out == data, d.eof, d.unused_data, d.unconsumed_tail)

# Trailing data goes to unused_data, also across calls.
d = zlib.decompressobj()
print(d.decompress(DATA_Z + b"extra") == data, d.eof, d.unused_data)
print(d.decompress(b"more"), d.unused_data, d.eof)
d = zlib.decompressobj()
print(d.eof, d.decompress(DATA_Z[:10]) + d.decompress(DATA_Z[10:]) == data, d.eof)

# max_length and unconsumed_tail.
d = zlib.decompressobj()
chunks = []
buf = DATA_Z
while True:
    piece = d.decompress(buf, 100)
    assert len(piece) <= 100
    chunks.append(piece)
    buf = d.unconsumed_tail
    if not buf:
        break
chunks.append(d.flush())
print(b"".join(chunks) == data, d.eof, all(len(c) <= 100 for c in chunks))

# Compress objects: round trips through every flush mode and level.
for level in (-1, 0, 1, 6, 9):
    for wbits in (15, -15, 31):
        for strategy in (0, 1, 2):
            c = zlib.compressobj(level, zlib.DEFLATED, wbits, 8, strategy)
            parts = [c.compress(data[:300]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(data[300:700]),
                     c.flush(zlib.Z_FULL_FLUSH), c.compress(data[700:]), c.flush(zlib.Z_NO_FLUSH), c.flush()]
            blob = b"".join(parts)
            print(level, wbits, strategy, zlib.decompress(blob, wbits) == data, parts[5])
            # A sync flush makes everything so far decodable.
            d = zlib.decompressobj(wbits)
            print(d.decompress(b"".join(parts[:2])) == data[:300])

c = zlib.compressobj(zdict=b"quick brown fox lazy dog")
blob = c.compress(data) + c.flush()
print(blob[:2], zlib.decompressobj(zdict=b"quick brown fox lazy dog").decompress(blob) == data)
d = zlib.decompressobj()
show(d.decompress, blob)
d = zlib.decompressobj(zdict=bytearray(b"quick brown fox lazy dog"))
print(d.decompress(DATA_DICT) == data)

c = zlib.compressobj()
head = c.compress(b"abc")
print(zlib.decompress(head + c.flush()))
show(c.flush)
show(c.compress, b"more")

show(zlib.compressobj, 10)
show(zlib.compressobj, method=9)
show(zlib.compressobj, memLevel=10)
show(zlib.compressobj, wbits=8 if False else 99)
show(zlib.compressobj, zdict="x")
show(zlib.decompressobj, zdict="x")
show(zlib.decompressobj, wbits=99)
show(zlib.decompressobj().decompress, b"x", -1)
show(zlib.decompressobj().flush, 0)
show(zlib.decompressobj().decompress, "x")
show(zlib.compressobj().compress, "x")
d = zlib.decompressobj()
show(d.decompress, b"garbage!")
d = zlib.decompressobj()
show(d.decompress, DATA_Z[:-1] + bytes([DATA_Z[-1] ^ 1]))
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
