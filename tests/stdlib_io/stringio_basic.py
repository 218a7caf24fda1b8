# io.StringIO: reading, writing, seeking, truncating, iteration, errors.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write(""), s.tell())
print(repr(s.getvalue()), repr(s.read()), s.seek(0), repr(s.read(5)), s.tell())
print(repr(s.readline()), repr(s.readline()), s.tell())
s.seek(3); s.write("LO"); print(repr(s.getvalue()), s.tell())
s.seek(20); s.write("!"); print(repr(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0); print(s.truncate(), repr(s.getvalue()))

s = io.StringIO("héllo wörld €\nsecond line\nthird")
print(s.read(3), s.tell(), repr(s.readline(4)), repr(s.readline()), s.tell())
print(s.readlines())
s.seek(0)
print(s.readlines(1), s.readlines(12), s.readlines())
s.seek(0)
print(list(s))
print([line for line in io.StringIO("a\nb\n\nc")])
print(s.seek(0, 2), s.seek(0, 1), s.seek(0, 0))
print(io.StringIO("abc").read(None), io.StringIO("abc").read(-5), io.StringIO("abc").readline(None))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO().getvalue()))

s = io.StringIO("x")
for call in ["s.seek(-1)", "s.seek(1, 1)", "s.seek(1, 2)", "s.seek(0, 3)", "s.seek(1.5)",
             "s.truncate(-1)", "s.truncate(1.5)", "s.write(1)", "s.write(b'x')", "s.read(1.5)",
             "s.readline('x')", "s.fileno()", "s.detach()", "s.buffer",
             "io.StringIO(1)", "io.StringIO(b'x')", "io.StringIO(newline=1)", "io.StringIO(newline='x')",
             "io.StringIO('a', '\\n', 3)"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)

print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.encoding, s.errors,
      s.newlines, s.line_buffering, s.closed)
s.flush()
s.close()
s.close()
print(s.closed)
for call in ["s.read()", "s.write('x')", "s.getvalue()", "s.tell()", "s.seek(0)",
             "s.readable()", "iter(s)", "s.readline()", "s.truncate()", "s.newlines",
             "s.line_buffering", "s.isatty()", "s.flush()", "next(s)"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)

with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    with f:
        pass
except ValueError as e:
    print(e)
