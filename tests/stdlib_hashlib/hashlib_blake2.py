import hashlib


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(r.hexdigest() if hasattr(r, 'hexdigest') else repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for cls in (hashlib.blake2b, hashlib.blake2s):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    big = cls.MAX_DIGEST_SIZE
    for kw in [{}, {"digest_size": 1}, {"digest_size": big // 2}, {"key": b"secret"}, {"key": b"k" * big},
               {"salt": b"salty"}, {"salt": b"s" * cls.SALT_SIZE}, {"person": b"me"},
               {"fanout": 2, "depth": 3, "leaf_size": 4096, "node_offset": 5, "node_depth": 1, "inner_size": 16},
               {"last_node": True}, {"fanout": 0, "depth": 255, "leaf_size": 2**32 - 1}, {"usedforsecurity": False},
               {"key": b"key", "salt": b"salt", "person": b"person", "digest_size": 17}]:
        for data in [b"", b"hello", b"z" * 64, b"z" * 128, b"z" * 300]:
            print(kw, len(data), cls(data, **kw).hexdigest())
        h = cls(**kw)
        h.update(b"z" * 100)
        c = h.copy()
        h.update(b"z" * 200)
        print(h.hexdigest() == cls(b"z" * 300, **kw).hexdigest(), c.hexdigest() == cls(b"z" * 100, **kw).hexdigest())
    for kw in [{"digest_size": 0}, {"digest_size": big + 1}, {"key": b"x" * (big + 1)}, {"salt": b"x" * 17},
               {"person": b"x" * 17}, {"fanout": 256}, {"fanout": -1}, {"depth": 0}, {"depth": 256},
               {"leaf_size": 2**32}, {"leaf_size": -1}, {"node_offset": 2**48}, {"node_offset": 2**64},
               {"node_offset": -1}, {"node_depth": 256}, {"inner_size": big + 1}, {"key": "abc"},
               {"foo": 1}, {"digest_size": 1.5}, {"string": b"x"}, {"data": b"x"}]:
        show(cls, **kw)
    show(cls, b"a", b"b")
    show(cls, "text")
    show(cls, None)
    show(hashlib.new, cls.__name__, b"abc", digest_size=10)
    h = cls(digest_size=10)
    print(h.name, h.digest_size, h.block_size, type(h).__module__, type(h).__qualname__)
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print(e)
