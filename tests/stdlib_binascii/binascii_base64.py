import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


def lcg_bytes(n, seed):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 16 & 0xFF)
    return bytes(out)


for n in range(8):
    data = lcg_bytes(n, n)
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)

big = bytes(range(256)) * 3
enc = binascii.b2a_base64(big)
print(len(enc), binascii.a2b_base64(enc) == big, binascii.crc32(enc))

for s in [b"YWJj", b"YWJj\n", "YWJj", b"YW Jj", b"YW=Jj", b"YWI=", b"YWI", b"YW==", b"YW=", b"Y", b"YWJjZ",
          b"YWJjZA==", b"YWJjZA=", b"YWJjZA", b"YWJjZA==YWJj", b"=YWJj", b"YWJjZA===", b"!!!!", b"", b"====",
          b"YWJjZA==\n", b"YW\x80Jj", b"a=b=c=d=", b"ab=c", bytearray(b"YWJj"), memoryview(b"YWJj"), b"abcde=",
          b"abcdefghi", b"abcdefghi=", b"abcdefghi==", "YW\u00e9Jj", 5, None]:
    show(binascii.a2b_base64, s)
    show(binascii.a2b_base64, s, strict_mode=True)

show(binascii.b2a_base64, "abc")
show(binascii.b2a_base64, b"abc", True)
show(binascii.a2b_base64)
show(binascii.a2b_base64, b"YQ==", strict_mode=1)
show(binascii.a2b_base64, data=b"YQ==")
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.__doc__)
print(sorted(n for n in dir(binascii) if not n.startswith("_")))
