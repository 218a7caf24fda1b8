"""hashlib: one interface to many secure hash and message digest algorithms.

Constructors named after each algorithm (md5(), sha256(), sha3_256(),
blake2b(), ...) and new(name) return hash objects with update(),
digest(), hexdigest() and copy(). kaa's own implementation over its Go
modules _hashlib and _blake2.
"""

import _hashlib
from _blake2 import blake2b, blake2s

algorithms_guaranteed = frozenset((
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'blake2b', 'blake2s',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
    'shake_128', 'shake_256',
))
algorithms_available = frozenset(_hashlib.openssl_md_meth_names | {'blake2b', 'blake2s'})

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256

pbkdf2_hmac = _hashlib.pbkdf2_hmac

_BLAKE2 = {'blake2b': blake2b, 'blake2s': blake2s}


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'', **kwargs) - Return a new hashing object using the
    named algorithm; optionally initialized with data (which must be
    a bytes-like object).
    """
    cls = _BLAKE2.get(name)
    if cls is not None:
        return cls(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened for reading in
    binary mode. digest is a hash name or a callable returning a hash
    object.
    """
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    readinto = getattr(fileobj, 'readinto', None)
    if readinto is None:
        import io
        if isinstance(fileobj, (io.RawIOBase, io.BufferedIOBase)):
            readinto = _reader(fileobj)
    if readinto is None or not hasattr(fileobj, 'readable') or not fileobj.readable():
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        n = readinto(buf)
        if n == 0:
            break
        h.update(view[:n])
    return h


def _reader(fileobj):
    # readinto for kaa's file objects that only have read().
    def readinto(buf):
        chunk = fileobj.read(len(buf))
        buf[:len(chunk)] = chunk
        return len(chunk)
    return readinto
