import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
         'sha3_512', 'shake_128', 'shake_256', 'blake2b', 'blake2s']
inputs = [b"", b"abc", b"a" * 63, b"a" * 64, b"a" * 65, b"b" * 127, b"b" * 128, b"b" * 129, bytes(range(256)) * 5]

for name in names:
    cons = getattr(hashlib, name)
    for data in inputs:
        h = cons(data)
        h2 = hashlib.new(name, data)
        if name.startswith('shake'):
            print(name, len(data), h.hexdigest(20), h2.digest(7).hex(), h.hexdigest(0))
        else:
            print(name, len(data), h.hexdigest(), h2.digest() == h.digest())
    h = cons()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for i in range(0, 1300, 97):
        h.update(inputs[-1][i:i + 97])
    c = h.copy()
    c.update(b"more")
    if name.startswith('shake'):
        print(h.hexdigest(16), c.hexdigest(16), cons(inputs[-1][:1358]).hexdigest(16))
    else:
        print(h.hexdigest() == cons(inputs[-1][:1358]).hexdigest(), c.hexdigest() == cons(inputs[-1][:1358] + b"more").hexdigest())
    h.update(bytearray(b"x"))
    h.update(memoryview(b"yz"))
    print(h.hexdigest(8) if name.startswith('shake') else h.hexdigest()[:16])

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(sorted(hashlib.__all__))
print(hashlib.new('SHA256', b'x').name, hashlib.new('MD5').name)
print(hashlib.sha256(string=b'abc').hexdigest()[:10], hashlib.md5(b'abc', usedforsecurity=False).hexdigest()[:10])
print(hashlib.new('sha1', b'a', usedforsecurity=False).hexdigest()[:10], hashlib.new(name='md5', data=b'a').hexdigest()[:10])
print(repr(hashlib.md5()).split(' @ ')[0], repr(hashlib.shake_128()).split(' @ ')[0])
