import copy

import uuid


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
forms = [
    uuid.UUID('12345678123456781234567812345678'),
    uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
    uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4),
    uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78' * 2),
    uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    uuid.UUID(int=0x12345678123456781234567812345678),
]
print(all(f == u for f in forms), len({hash(f) for f in forms}))
print(str(u), repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe, int(u))
for v in range(1, 6):
    x = uuid.UUID(int=2**128 - 1, version=v)
    print(v, x, x.version, x.variant)
for n in [0, 2**127, 2**126, 2**125, 2**128 - 1, 0x8000 << 48]:
    x = uuid.UUID(int=n)
    print(x, x.variant, x.version)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL):
    for name in ("python.org", "http://python.org/", "", "\u00e9t\u00e9"):
        print(uuid.uuid3(ns, name), uuid.uuid5(ns, name))
    show(uuid.uuid3, ns, b"bytes name")
    show(uuid.uuid5, ns, 5)

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 1, sorted([b, a]) == [a, b], {a: 1}[uuid.UUID(int=1)])
show(lambda: a < 5)
show(setattr, a, "int", 5)
show(setattr, a, "foo", 5)
print(copy.copy(u) == u, copy.deepcopy(u) == u)
print(u.__getstate__(), uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).__getstate__())
print(uuid.SafeUUID.safe.value, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.value, uuid.SafeUUID(0) is uuid.SafeUUID.safe)

show(uuid.UUID)
show(uuid.UUID, "1234")
show(uuid.UUID, "12345678-1234-5678-1234-56781234567g")
show(uuid.UUID, bytes=b"short")
show(uuid.UUID, bytes_le=b"short")
show(uuid.UUID, fields=(1, 2, 3))
show(uuid.UUID, fields=(2**32, 0, 0, 0, 0, 0))
show(uuid.UUID, fields=(0, 0, 0, 256, 0, 0))
show(uuid.UUID, fields=(0, 0, 0, 0, 0, 2**48))
show(uuid.UUID, int=-1)
show(uuid.UUID, int=2**128)
show(uuid.UUID, int=0, version=6)
show(uuid.UUID, "12345678123456781234567812345678", int=5)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)

# Generated UUIDs: only their structure is deterministic.
r = {uuid.uuid4() for _ in range(50)}
print(len(r), {x.version for x in r}, {x.variant for x in r})
t1 = uuid.uuid1()
t2 = uuid.uuid1()
print(t1.version, t1.variant, t2.time > t1.time, t1.node == t2.node == uuid.getnode(), 0 <= t1.clock_seq < 2**14)
t3 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t3.node == 0x123456789abc, t3.clock_seq == 0x1234, t3.version)
print(0 <= uuid.getnode() < 2**48, uuid.getnode() == uuid.getnode())
