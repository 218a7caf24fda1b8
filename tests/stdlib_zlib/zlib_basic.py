import zlib


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r)[:100])
    except Exception as e:
        print(type(e).__name__, e)


data = b"The quick brown fox jumps over the lazy dog. " * 20 + bytes(range(256))
from _cpython_data import DATA_Z, DATA_RAW, DATA_GZ, DATA_GZIPMOD, DATA_DICT

print(zlib.decompress(DATA_Z) == data, zlib.decompress(DATA_RAW, -15) == data, zlib.decompress(DATA_GZ, 31) == data)
print(zlib.decompress(DATA_GZ, 47) == data, zlib.decompress(DATA_Z, 47) == data, zlib.decompress(DATA_Z, 0) == data)
print(zlib.decompress(DATA_GZIPMOD, 31), zlib.decompress(DATA_Z, bufsize=1) == data)

for level in range(-1, 10):
    for wbits in (15, 9, -15, -9, 31, 25):
        c = zlib.compress(data, level, wbits)
        back = zlib.decompress(c, wbits)
        print(level, wbits, back == data, len(c) < len(data) or level == 0)
        if wbits == 15:
            print(c[:2], zlib.decompress(c, 47) == data)
        if wbits == 31:
            print(c[:10])
print(zlib.compress(b"") [:2], zlib.decompress(zlib.compress(b"")), zlib.compress(b"x", level=9)[:2], zlib.compress(b"x", wbits=-15)[:0])
show(zlib.compress, b"x", 10)
show(zlib.compress, b"x", -2)
show(zlib.compress, b"x", wbits=16)
show(zlib.compress, "x")
show(zlib.compress, data=b"x")
show(zlib.decompress, DATA_Z + b"trailing junk")
show(zlib.decompress, DATA_Z[:-2])
show(zlib.decompress, DATA_Z[:20])
show(zlib.decompress, b"garbage")
show(zlib.decompress, DATA_Z[:-1] + bytes([DATA_Z[-1] ^ 1]))
show(zlib.decompress, b"")
show(zlib.decompress, b"x\x9c")
show(zlib.decompress, DATA_Z, -15 if False else 31)
show(zlib.decompress, DATA_GZ)
show(zlib.decompress, DATA_Z, 99)
show(zlib.decompress, DATA_Z, 9)
show(zlib.decompress, DATA_GZ[:-3], 31)
show(zlib.decompress, DATA_GZ[:-1] + b"\x01", 31)
show(zlib.decompress, DATA_GZ[:-5] + b"\x00" + DATA_GZ[-4:], 31)
show(zlib.decompress, DATA_DICT)
show(zlib.decompress, DATA_Z, bufsize=-1)
show(zlib.decompress, "abc")

for s in [b"", b"a", b"abc", data, bytes(10000)]:
    print(zlib.crc32(s), zlib.crc32(s, 5), zlib.crc32(s, -1), zlib.adler32(s), zlib.adler32(s, 0), zlib.adler32(s, 2**32 + 7))
crc, adler = 0, 1
for i in range(0, len(data), 100):
    crc = zlib.crc32(data[i:i + 100], crc)
    adler = zlib.adler32(data[i:i + 100], adler)
print(crc == zlib.crc32(data), adler == zlib.adler32(data))
show(zlib.crc32, "x")
show(zlib.adler32, b"x", value=3)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_HUFFMAN_ONLY)
print(zlib.error.__mro__, type(zlib.compressobj()).__module__, type(zlib.decompressobj()).__name__)
print(sorted(n for n in dir(zlib) if not n.startswith("_")))
