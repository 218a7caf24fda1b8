import hashlib
import hmac


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(r.hex() if isinstance(r, bytes) else r)
    except Exception as e:
        print(type(e).__name__, e)


keys = [b"", b"key", b"k" * 64, b"k" * 65, b"k" * 200, bytearray(b"bytearray key")]
for digestmod in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s", hashlib.sha224, hashlib.sha384]:
    for key in keys:
        h = hmac.new(key, b"The quick brown fox", digestmod)
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
        print(hmac.digest(key, b"The quick brown fox", digestmod) == h.digest())
    h = hmac.new(b"key", digestmod=digestmod)
    h.update(b"part one, ")
    c = h.copy()
    h.update(b"part two")
    print(h.hexdigest() == hmac.new(b"key", b"part one, part two", digestmod).hexdigest(),
          c.hexdigest() == hmac.new(b"key", b"part one, ", digestmod).hexdigest())

# RFC 4231 test case 2
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
print(hmac.HMAC(b"Jefe", b"what do ya want for nothing?", hashlib.sha512).hexdigest())
show(hmac.new, b"key", b"msg")
show(hmac.new, b"key", b"msg", None)
show(hmac.new, "key", b"msg", "sha256")
show(hmac.new, 5, b"msg", "sha256")
show(hmac.new, b"key", "msg", "sha256")
show(hmac.new, b"key", b"msg", "nope")
show(hmac.digest, b"key", b"msg", "sha1")
show(hmac.new(b"key", digestmod="md5").update, 5)

for a, b in [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), ("abc", "abc"), ("abc", "abd"),
             (bytearray(b"x"), memoryview(b"x")), ("abc", b"abc"), (b"abc", "abc"), ("\u00e9", "\u00e9"),
             (1, 1), (None, b"x"), ("", "")]:
    show(hmac.compare_digest, a, b)
print(hmac.digest_size, hasattr(hmac, '__all__'))
print(len(hmac.trans_5C), hmac.trans_5C[:4], hmac.trans_36[:4])
