# io: the class hierarchy, ABC registration, UnsupportedOperation,
# constants, and subclasses of the base classes and streams.
import io

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.StringIO.__name__, io.BytesIO.__name__, io.StringIO.__module__, io.BytesIO.__module__)
print(io.IOBase.__mro__)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase),
      isinstance(io.StringIO(), io.BufferedIOBase))
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase),
      isinstance(io.BytesIO(), io.TextIOBase), isinstance(io.BytesIO(), io.RawIOBase))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(io.text_encoding(None), io.text_encoding("utf-8"))
print(io.open is open)

class MyIO(io.IOBase):
    def write(self, buf):
        print("write", repr(buf))
        return len(buf)

w = MyIO()
print("test", "line", file=w)
w.writelines(["a", "b"])
print(w.closed, w.readable(), w.writable(), w.seekable(), isinstance(w, io.IOBase))
for call in ["w.fileno()", "w.seek(0)", "w.tell()", "w.truncate()"]:
    try:
        eval(call)
    except io.UnsupportedOperation as e:
        print(call, "UnsupportedOperation", e)
with w as same:
    print(same is w, w.closed)
print(w.closed)
try:
    w.flush()
except ValueError as e:
    print(e)

class Reader(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)

r = Reader(b"line one\nline two\nend")
print(r.read(4), r.readline(), r.readall())
r = Reader(b"a\nb\n")
print(list(r))
r = Reader(b"a\nb\n")
print(r.readlines())

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
print("shout", file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO))
u.seek(0)
print([line for line in u])

class Counting(io.BytesIO):
    pass

c = Counting(b"xyz")
print(c.read(), type(c).__name__, c.getvalue())
