import base64
import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xfe" * 5]
for s in samples:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.standard_b64encode(s) == e)
    u = base64.urlsafe_b64encode(s)
    print(u, base64.urlsafe_b64decode(u) == s, base64.urlsafe_b64decode(u.decode()) == s)
    a = base64.b64encode(s, altchars=b"*!")
    print(a, base64.b64decode(a, altchars=b"*!") == s, base64.b64decode(a.decode(), "*!") == s)
    eb = base64.encodebytes(s)
    print(eb.count(b"\n"), base64.decodebytes(eb) == s)

print(base64.encodebytes(b"x" * 120))
for bad in [b"YWJj!", b"YW Jj", b"YWJjZA=", b"YWJjZA", b"Y", b"YW=Jj", b"=YWJj", b"YWI=YWJj", b"YW\nJj"]:
    show(base64.b64decode, bad)
    show(base64.b64decode, bad, validate=True)
show(base64.b64decode, "\u00e9")
show(base64.b64decode, 3)
show(base64.b64decode, memoryview(b"YWJj"))
show(base64.b64decode, b"YWJj", altchars=b"abc")
show(base64.b64encode, b"abc", altchars=b"a")
show(base64.b64encode, "abc")
show(base64.standard_b64decode, b"-_-_")
show(base64.urlsafe_b64decode, b"-_-_")
show(base64.encodebytes, "abc")
show(base64.encodebytes, 5)
show(base64.decodebytes, "YWJj")
show(base64.encodebytes, memoryview(b"abcd").cast("H"))
show(base64.encodebytes, bytearray(b"abc"))

import io
src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
print(sorted(base64.__all__))
