r"""UUID objects (universally unique identifiers) according to RFC 4122.

UUID() makes a UUID from a string of 32 hexadecimal digits, 16 bytes
(big- or little-endian), a tuple of six fields or a 128-bit integer;
uuid1() (time and node), uuid3() (MD5 of a name), uuid4() (random) and
uuid5() (SHA-1 of a name) generate them.

kaa's own implementation. uuid4() and the random parts of uuid1() come
from the interpreter's random source (as random.SystemRandom); getnode() does not
read the machine's network interfaces: it returns a random node number
with the multicast bit set, as RFC 4122 allows (CPython's fallback).
"""

from _random import _urandom

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

int_ = int
bytes_ = bytes

try:
    from enum import Enum as _Enum
except ImportError:
    _Enum = None

if _Enum is not None:
    class SafeUUID(_Enum):
        safe = 0
        unsafe = -1
        unknown = None
else:
    class _SafeUUIDMember:
        __slots__ = ('name', 'value')

        def __init__(self, name, value):
            self.name = name
            self.value = value

        def __repr__(self):
            return '<SafeUUID.%s: %r>' % (self.name, self.value)

        def __str__(self):
            return 'SafeUUID.' + self.name

        def __reduce__(self):
            return (getattr, (SafeUUID, self.name))

    class SafeUUID:
        """Whether a UUID was generated in a multiprocessing-safe way."""
        safe = _SafeUUIDMember('safe', 0)
        unsafe = _SafeUUIDMember('unsafe', -1)
        unknown = _SafeUUIDMember('unknown', None)

        def __new__(cls, value):
            for member in (cls.safe, cls.unsafe, cls.unknown):
                if member.value == value:
                    return member
            raise ValueError('%r is not a valid SafeUUID' % (value,))

_GREGORIAN_TO_UNIX = 122192928000000000


def _swap_le(b):
    # The first three fields of a UUID in the other byte order.
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


_FIELD_BITS = (32, 16, 16, 8, 8, 48)


class UUID:
    """Instances of the UUID class represent UUIDs as specified in RFC 4122.

    UUID objects are immutable, hashable and usable as dictionary keys.
    Their attributes: bytes, bytes_le, fields (and time_low, time_mid,
    time_hi_version, clock_seq_hi_variant, clock_seq_low, node), time,
    clock_seq, hex, int, urn, variant, version and is_safe.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            int = 0
            for i, (value, bits) in enumerate(zip(fields, _FIELD_BITS)):
                if not 0 <= value < 1 << bits:
                    raise ValueError('field %d out of range (need a%s %d-bit value)'
                                     % (i + 1, 'n' if bits == 8 else '', bits))
            (time_low, time_mid, time_hi_version,
             clock_seq_hi_variant, clock_seq_low, node) = fields
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = ((time_low << 96) | (time_mid << 80) |
                   (time_hi_version << 64) | (clock_seq << 48) | node)
        if int is not None:
            if not 0 <= int < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # Variant bits 10 (RFC 4122), then the version in bits 76-79.
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        d = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            d['is_safe'] = self.is_safe.value
        return d

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe',
                           SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) |
                (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return (((self.clock_seq_hi_variant & 0x3f) << 8) |
                self.clock_seq_low)

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        elif not self.int & (0x4000 << 48):
            return RFC_4122
        elif not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        else:
            return RESERVED_FUTURE

    @property
    def version(self):
        # The version bits are only meaningful for RFC 4122 UUIDs.
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)
        return None


def _random_getnode():
    # A random 48-bit number with the multicast bit set (RFC 4122, 4.1.6).
    return int.from_bytes(_urandom(6), 'big') | (1 << 40)


_node = None


def getnode():
    """Return the hardware address as a 48-bit integer.

    kaa does not look at network interfaces: this is a random number with
    the multicast bit set, chosen once per interpreter.
    """
    global _node
    if _node is None:
        _node = _random_getnode()
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """Generate a UUID from a host ID, sequence number, and the current
    time. Without node, getnode() is used; without clock_seq, a random
    14-bit sequence number is chosen."""
    global _last_timestamp
    import time
    nanoseconds = time.time_ns()
    # UUID time counts 100 ns ticks from the Gregorian reform
    # (1582-10-15); _GREGORIAN_TO_UNIX ticks separate it from 1970.
    timestamp = nanoseconds // 100 + _GREGORIAN_TO_UNIX
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = int.from_bytes(_urandom(2), 'big') >> 2
    time_low = timestamp & 0xffffffff
    time_mid = (timestamp >> 32) & 0xffff
    time_hi_version = (timestamp >> 48) & 0x0fff
    clock_seq_low = clock_seq & 0xff
    clock_seq_hi_variant = (clock_seq >> 8) & 0x3f
    if node is None:
        node = getnode()
    return UUID(fields=(time_low, time_mid, time_hi_version,
                        clock_seq_hi_variant, clock_seq_low, node), version=1)


def uuid3(namespace, name):
    """Generate a UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    digest = md5(namespace.bytes + bytes(name, "utf-8"), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """Generate a random UUID."""
    return UUID(bytes=_urandom(16), version=4)


def uuid5(namespace, name):
    """Generate a UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    hash = sha1(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=hash[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
