import secrets
import string


def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


print(secrets.DEFAULT_ENTROPY)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_bytes(0)), type(secrets.token_bytes(3)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(5)), all(c in string.hexdigits for c in secrets.token_hex(16)))
for n in [None, 0, 1, 2, 3, 10, 32]:
    tok = secrets.token_urlsafe(n)
    print(n, len(tok), all(c in string.ascii_letters + string.digits + "-_" for c in tok))
seen = set()
for _ in range(200):
    v = secrets.randbelow(10)
    assert 0 <= v < 10
    seen.add(v)
print(len(seen) > 5)
print(all(0 <= secrets.randbits(7) < 128 for _ in range(100)), secrets.randbits(0))
print(secrets.choice("a") == "a", secrets.choice([1, 2, 3]) in (1, 2, 3))
print(secrets.token_bytes(16) != secrets.token_bytes(16))
show(secrets.randbelow, 0)
show(secrets.randbelow, -5)
show(secrets.randbelow, 1)
show(secrets.choice, [])
show(secrets.token_bytes, -1)
show(secrets.token_hex, "x")
show(secrets.compare_digest, b"a", b"a")
show(secrets.compare_digest, "a", b"a")
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), sorted(secrets.__all__))
