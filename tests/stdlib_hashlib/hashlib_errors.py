import hashlib
import io
import os


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(r.hex() if isinstance(r, bytes) else repr(r)[:40])
    except Exception as e:
        print(type(e).__name__, e)


for arg in ["x", 1, None, [1]]:
    show(hashlib.sha256, arg)
    show(hashlib.sha256().update, arg)
    show(hashlib.sha3_256, arg)
    show(hashlib.shake_128, arg)
    show(hashlib.new, "md5", arg)
for name in ["md4", "foo", "", "BLAKE2B"]:
    show(hashlib.new, name)
show(hashlib.new, 5)
show(hashlib.new, None)
show(hashlib.sha256, b"a", b"b")
show(hashlib.sha256, data=b"a")
show(hashlib.new, "sha256", digest_size=20)
show(hashlib.shake_128().digest)
show(hashlib.shake_128().hexdigest, length=3)
show(hashlib.shake_128().hexdigest, "3")
show(hashlib.sha256().digest, 3)
show(hashlib.sha256().copy, 1)

for args in [("sha256", b"password", b"salt", 1), ("sha256", b"password", b"salt", 4096),
             ("sha1", b"password", b"salt", 2, 20), ("sha512", b"pw", b"NaCl", 3, 100),
             ("md5", bytearray(b"pw"), memoryview(b"s"), 5), ("sha3_256", b"pw", b"s", 2),
             ("sha256", b"pw", b"s", 1, None), ("SHA256", b"p", b"s", 1),
             ("sha256", b"p", b"s", 0), ("sha256", b"p", b"s", -1), ("sha256", b"p", b"s", 1, 0),
             ("sha256", "p", b"s", 1), ("sha256", b"p", "s", 1), ("sha256", b"p", b"s", 1.0),
             ("sha256", b"p", b"s", 2**63), (1, b"p", b"s", 1)]:
    show(hashlib.pbkdf2_hmac, *args)
try:
    hashlib.pbkdf2_hmac("nope", b"p", b"s", 1)
except ValueError as e:
    print("ValueError")
print(hashlib.pbkdf2_hmac(hash_name="sha256", password=b"p", salt=b"s", iterations=3, dklen=8).hex())

data = bytes(range(256)) * 1000
print(hashlib.file_digest(io.BytesIO(data), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(data), hashlib.md5).hexdigest())
p = "/tmp/kaa_hashlib_test_%d.bin" % os.getpid()
try:
    with open(p, "wb") as f:
        f.write(data)
    with open(p, "rb") as f:
        print(hashlib.file_digest(f, "sha1").hexdigest(), hashlib.file_digest(f, "sha1", _bufsize=3).hexdigest())
    with open(p, "rb") as f:
        print(hashlib.file_digest(f, "sha1", _bufsize=1000).hexdigest())
finally:
    os.remove(p)
try:
    hashlib.file_digest(io.StringIO("abc"), "md5")
except ValueError as e:
    print("ValueError", str(e).endswith("is not a file-like object in binary reading mode."))
