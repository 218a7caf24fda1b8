import gzip
import io
import os
import zlib

from _cpython_data import DATA_GZ, DATA_GZIPMOD


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r)[:100])
    except Exception as e:
        print(type(e).__name__, e)


data = b"The quick brown fox jumps over the lazy dog. " * 20 + bytes(range(256))
text = "line one\nline two\n\u00e9t\u00e9\n" * 50

# CPython-made members.
print(gzip.decompress(DATA_GZIPMOD))
print(gzip.decompress(DATA_GZ) == data, gzip.decompress(DATA_GZ + DATA_GZIPMOD)[-20:])
print(gzip.decompress(DATA_GZ + b"\0\0\0\0" + DATA_GZ) == data * 2)
with gzip.GzipFile(fileobj=io.BytesIO(DATA_GZIPMOD)) as f:
    print(f.mtime, f.readline(), f.read(5), f.tell(), f.peek(1)[:1])
    print(list(f)[:2])

# Deterministic headers with mtime.
for level in (0, 1, 6, 9):
    c = gzip.compress(data, level, mtime=0)
    print(level, c[:10], gzip.decompress(c) == data, zlib.decompress(c, 31) == data)
c = gzip.compress(b"", mtime=123456789)
print(c[:10], gzip.decompress(c))
print(gzip.decompress(gzip.compress(data) + gzip.compress(b"tail", mtime=5)) == data + b"tail")

# GzipFile over file objects.
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    print(f.write(data[:100]), f.write(memoryview(data[100:])), f.tell(), f.writable(), f.readable())
    f.flush()
    print(f.write(b""))
raw = buf.getvalue()
print(raw[:10], gzip.decompress(raw) == data)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(10), f.read1(5), f.tell(), f.seek(0), f.read(3), f.seek(5, io.SEEK_CUR), f.read(3))
    print(f.seek(-10, io.SEEK_END), f.read(), f.mtime, f.seekable())
    f.rewind()
    print(f.read() == data)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=7) as f:
    f.write(b"abc")
    f.seek(10)
    f.write(b"xyz")
    show(f.seek, 2)
    show(f.read)
print(gzip.decompress(buf.getvalue()), buf.getvalue()[4:8])

# Errors.
show(gzip.decompress, b"not gzip data")
show(gzip.decompress, DATA_GZ[:-4])
show(gzip.decompress, DATA_GZ[:20])
show(gzip.decompress, DATA_GZ[:-8] + b"\0\0\0\0" + DATA_GZ[-4:])
show(gzip.decompress, DATA_GZ[:-4] + b"\1\0\0\0")
show(gzip.decompress, b"\x1f\x8b\x07" + DATA_GZ[3:])
with gzip.GzipFile(fileobj=io.BytesIO(b"plain text file")) as f:
    show(f.read)
with gzip.GzipFile(fileobj=io.BytesIO(DATA_GZ[:-8] + b"\0\0\0\0" + DATA_GZ[-4:])) as f:
    show(f.read)
with gzip.GzipFile(fileobj=io.BytesIO(DATA_GZ[:50])) as f:
    show(f.read)
show(gzip.GzipFile, fileobj=io.BytesIO(), mode="rt")
show(gzip.GzipFile, fileobj=io.BytesIO(), mode="z")
show(gzip.open, io.BytesIO(), "rbt")
show(gzip.open, io.BytesIO(), "rb", encoding="utf-8")
show(gzip.open, io.BytesIO(), "wb", newline="\n")
show(gzip.open, 123)
f = gzip.GzipFile(fileobj=io.BytesIO(raw))
f.close()
print(f.closed)
show(f.read)
f.close()
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
show(w.read)
show(w.rewind)
r = gzip.GzipFile(fileobj=io.BytesIO(raw))
show(r.write, b"x")
print(issubclass(gzip.BadGzipFile, OSError), sorted(gzip.__all__))

# Real files, binary and text modes.
path = "/tmp/kaa_gzip_test_%d.gz" % os.getpid()
try:
    with gzip.open(path, "wb") as f:
        f.write(data)
    with gzip.open(path) as f:
        print(f.read() == data, f.name == path)
    with open(path, "rb") as f:
        head = f.read(10)
    print(head[:4], head[8:])
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(text)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        print(f.readline(), f.read() == text[len("line one\n"):])
    with gzip.open(path, "ab") as f:
        f.write(b"appended")
    with gzip.open(path, "rb") as f:
        print(f.read()[-20:])
    with open(path, "rb") as raw_file:
        print(gzip.GzipFile(fileobj=raw_file).read()[-8:])
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write(b"named")
    with open(path, "rb") as f:
        content = f.read()
    print(content[:10], content[10:].split(b"\0")[0] == os.path.basename(path)[:-3].encode())
finally:
    os.remove(path)
