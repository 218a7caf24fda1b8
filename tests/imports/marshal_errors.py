# marshal's errors: unmarshallable values, bad and short data.
import marshal, io
class Sub(int):
    pass
for v in [object(), Sub(3), [1, object()], {1: print}, lambda: 0, {1: {2: type}}]:
    try:
        marshal.dumps(v)
    except ValueError as e:
        print(type(e).__name__, e)
for data in [b"", b"i\x01", b"?", b"r\x00\x00\x00\x00", b"(\x01\x00\x00\x000", b"0",
             b"l\x01\x00\x00\x00\x00\x00", b"s\xff\xff\xff\xff", b"[\x05\x00\x00\x00N",
             b"l\x01\x00\x00", b"g\x00\x00", b"z\x05ab", b"{N", b"<\x02\x00\x00\x00N"]:
    try:
        print(marshal.loads(data))
    except (EOFError, ValueError, TypeError) as e:
        print(data, type(e).__name__, e)
deep = []
for i in range(3000):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print(type(e).__name__, e)
try:
    marshal.loads(b"[\x01\x00\x00\x00" * 3000 + b"N")
except ValueError as e:
    print(type(e).__name__, e)
try:
    marshal.loads("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    marshal.dumps(1, version=2)
except TypeError as e:
    print(type(e).__name__, e)
f = io.BytesIO()
for v in [1, "two", (3,), None]:
    marshal.dump(v, f)
f.seek(0)
print([marshal.load(f) for _ in range(4)])
try:
    marshal.load(f)
except EOFError as e:
    print(type(e).__name__, e)
try:
    marshal.load(io.StringIO("x"))
except TypeError as e:
    print(type(e).__name__, e)
f = io.BytesIO(b"i\x01\x00")
try:
    marshal.load(f)
except EOFError as e:
    print(type(e).__name__, e)
