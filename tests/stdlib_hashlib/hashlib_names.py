import hashlib
for n in ['sha3-256','SHA3-256','sha512-224','SHA512-256','shake128','SHAKE256','shake-128','SHA-256','sha-1','SHA1','Md5','sha3_256','SHA3_256','blake2b512','BLAKE2s256','sha224','SHA224','sha384','SHA512','md4', 'SHA512_224']:
  try:
      h = hashlib.new(n, b'abc'); print(n, h.name, type(h).__name__, h.hexdigest(4) if 'shake' in h.name else h.hexdigest()[:16])
  except Exception as e: print(n, type(e).__name__, e)
