import gzip
import io
import struct
import zlib

# gzip members with every optional header field, built by hand around
# raw deflate data.
payload = b"header fields test\n" * 30
raw = zlib.compress(payload, 6, -15)
trailer = struct.pack("<II", zlib.crc32(payload), len(payload))


def member(flags, extra=b"", name=b"", comment=b"", hcrc=False, mtime=1234567890, xfl=0, os_=3):
    head = b"\x1f\x8b\x08" + bytes([flags]) + struct.pack("<I", mtime) + bytes([xfl, os_])
    if flags & 4:
        head += struct.pack("<H", len(extra)) + extra
    if flags & 8:
        head += name + b"\0"
    if flags & 16:
        head += comment + b"\0"
    if hcrc:
        head += struct.pack("<H", zlib.crc32(head) & 0xFFFF)
    return head + raw + trailer


cases = [
    ("plain", member(0)),
    ("name", member(8, name=b"file.txt")),
    ("comment", member(16, comment=b"a comment")),
    ("extra", member(4, extra=b"AB\x02\x00xy")),
    ("hcrc", member(2, hcrc=True)),
    ("all", member(2 | 4 | 8 | 16, extra=b"ext", name=b"n\xe9.txt", comment=b"c", hcrc=True)),
    ("text flag", member(1)),
]
for label, blob in cases:
    print(label, gzip.decompress(blob) == payload, zlib.decompress(blob, 31) == payload, zlib.decompress(blob, 47) == payload)
    with gzip.GzipFile(fileobj=io.BytesIO(blob)) as f:
        print(" ", f.read() == payload, f.mtime)
    d = zlib.decompressobj(31)
    out = b"".join(d.decompress(blob[i:i + 3]) for i in range(0, len(blob), 3))
    print(" ", out == payload, d.eof, d.unused_data)

both = cases[1][1] + b"\0\0" + cases[5][1]
print(gzip.decompress(both) == payload * 2)
with gzip.GzipFile(fileobj=io.BytesIO(both)) as f:
    print(len(f.read()), f.mtime)
d = zlib.decompressobj(31)
print(d.decompress(both) == payload, d.unused_data[:4], d.eof)

for label, blob in [("reserved flag", member(0x20)), ("bad method", b"\x1f\x8b\x07" + member(0)[3:]),
                    ("short header", member(8, name=b"abc")[:12]), ("bad magic", b"\x1f\x8c" + member(0)[2:])]:
    for f in (lambda b: gzip.decompress(b), lambda b: zlib.decompress(b, 31)):
        try:
            f(blob)
            print(label, "ok")
        except Exception as e:
            print(label, type(e).__name__, e)
