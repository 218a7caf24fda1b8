# Impossible sizes raise MemoryError, OverflowError or ValueError as in
# CPython, never crash the interpreter.
import array
import struct
import sys


def attempt(name, f):
    try:
        r = f()
    except (MemoryError, OverflowError, ValueError, TypeError, struct.error) as e:
        print(name, type(e).__name__, str(e)[:100])
    else:
        print(name, 'ok', type(r).__name__)


cases = [
    ("'x'*10**15", lambda: 'x' * 10**15),
    ("'x'*2**63", lambda: 'x' * 2**63),
    ("[0]*10**15", lambda: [0] * 10**15),
    ("(0,)*10**15", lambda: (0,) * 10**15),
    ("[None]*2**63", lambda: [None] * 2**63),
    ("b'x'*10**15", lambda: b'x' * 10**15),
    ("bytes(10**15)", lambda: bytes(10**15)),
    ("bytes(2**63)", lambda: bytes(2**63)),
    ("bytearray(10**12)", lambda: bytearray(10**12)),
    ("bytearray(b'x')*10**15", lambda: bytearray(b'x') * 10**15),
    ("'x'.ljust(10**15)", lambda: 'x'.ljust(10**15)),
    ("'x'.rjust(10**15)", lambda: 'x'.rjust(10**15)),
    ("'x'.center(10**15)", lambda: 'x'.center(10**15)),
    ("'x'.zfill(10**15)", lambda: 'x'.zfill(10**15)),
    ("b'x'.ljust(10**15)", lambda: b'x'.ljust(10**15)),
    ("'%*d' % (10**12, 1)", lambda: '%*d' % (10**12, 1)),
    ("'%10000000000000d' % 1", lambda: '%10000000000000d' % 1),
    ("'%.*f' % (10**12, 1.0)", lambda: '%.*f' % (10**12, 1.0)),
    ("'{:10000000000000}'.format(1)", lambda: '{:10000000000000}'.format(1)),
    ("format(1, '1'*30)", lambda: format(1, '1' * 30)),
    ("'{:.10000000000000f}'.format(1.0)", lambda: '{:.10000000000000f}'.format(1.0)),
    ("f'{1:{10**15}}'", lambda: f'{1:{10**15}}'),
    ("1 << 10**12", lambda: 1 << 10**12),
    ("1 << 2**62", lambda: 1 << 2**62),
    ("struct.pack('1000000000000x')", lambda: struct.pack('1000000000000x')),
    ("struct.pack('1000000000000s', b'')", lambda: struct.pack('1000000000000s', b'')),
    ("struct.calcsize('99999999999999999999x')", lambda: struct.calcsize('99999999999999999999x')),
    ("array('b', [0])*10**15", lambda: array.array('b', [0]) * 10**15),
    ("array('d', bytes(8))*2**62", lambda: array.array('d', bytes(8)) * 2**62),
    ("int('9'*10**6)", lambda: int('9' * 10**6)),
    ("str(10**5000)", lambda: str(10**5000)),
    ("list(range(10**12))", lambda: list(range(10**12))),
    ("len(range(10**30))", lambda: len(range(10**30))),
    ("chr(10**15)", lambda: chr(10**15)),
    ("'%c' % 10**15", lambda: '%c' % 10**15),
    ("(1).to_bytes(10**15, 'big')", lambda: (1).to_bytes(10**15, 'big')),
    ("'x'.expandtabs(10**15)", lambda: '\tx'.expandtabs(10**15)),
    ("'a'*-10**30", lambda: 'a' * -10**30),
    ("x = [0]; x *= 10**15", lambda: [0].__imul__(10**15)),
    ("bytearray(b'x').__imul__(10**15)", lambda: bytearray(b'x').__imul__(10**15)),
    ("'abc'[10**30:]", lambda: 'abc'[10**30:]),
    ("[1, 2][::10**30]", lambda: [1, 2][::10**30]),
    ("[].insert(10**30, 1)", lambda: [].insert(10**30, 1)),
    ("round(1.5, 10**30)", lambda: round(1.5, 10**30)),
]
for name, f in cases:
    attempt(name, f)
print(sys.get_int_max_str_digits())
