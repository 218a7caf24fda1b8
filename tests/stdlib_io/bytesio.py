# io.BytesIO: reading, writing, seeking, buffers and errors.
import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.read1(2), b.readline(), b.tell(), b.readlines(), b.read())
b.seek(0)
print(list(b), b.seek(0), b.readlines(7), b.readline(2))
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.seek(3), b.seek(2, 1))
print(b.write(b"XY"), b.getvalue(), b.tell())
b.seek(20); b.write(bytearray(b"!")); print(b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(0); print(b.truncate(), b.getvalue())
b.write(memoryview(b"mv")); print(b.getvalue())
print(b.writelines([b"a", bytearray(b"b")]), b.getvalue())

r = io.BytesIO(b"abcdef")
buf = bytearray(4)
print(r.readinto(buf), buf, r.readinto(buf), buf, r.readinto(buf))
print(io.BytesIO(bytearray(b"xy")).getvalue(), io.BytesIO().getvalue(), io.BytesIO(None).read())

v = io.BytesIO(b"hello")
m = v.getbuffer()
m[0] = ord("J")
print(v.getvalue(), bytes(m), len(m))
del m

for call in ["v.seek(-1)", "v.seek(0, 3)", "v.truncate(-1)", "v.write('x')", "v.read(1.5)",
             "v.readinto(b'xx')", "io.BytesIO('x')", "v.fileno()", "v.detach()",
             "v.writelines(['x'])"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)

print(v.readable(), v.writable(), v.seekable(), v.isatty(), v.flush(), v.closed)
v.close()
print(v.closed)
for call in ["v.read()", "v.getvalue()", "v.write(b'x')", "v.seek(0)", "v.tell()",
             "v.readable()", "iter(v) is v", "v.getbuffer()", "next(v)"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)

with io.BytesIO(b"ctx") as f:
    print(f.read())
print(f.closed)
