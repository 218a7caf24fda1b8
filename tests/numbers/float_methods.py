# float methods: hex, fromhex, is_integer, as_integer_ratio, conjugate ...

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, -0.1, 1/3, 3.0, 1e10, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, 123.456, 2.0**52 + 0.5, inf, -inf, nan]
for v in vals:
    print(repr(v), v.hex(), v.is_integer(), v.conjugate(), v.real, v.imag, v.__getnewargs__(), v.__sizeof__() > 0)
    if v == v and v not in (inf, -inf):
        n, d = v.as_integer_ratio()
        print('  ', n, d, n / d == v, float.fromhex(v.hex()) == v, v.__trunc__(), v.__floor__(), v.__ceil__(), v.__int__())
texts = ['0x1.8p1', '-0x1p-1074', '0X1.FFFFFFFFFFFFFP+1023', '0x1.fffffffffffff8p1023', '0x1p1024', 'inf', '-Infinity', 'nan', ' 1. ',
         '.8', '1.', '0x', '0x.', 'p1', '0x1p', '1_0', '', ' ', '0x0p+99999999999999', '0x1p-99999999999', '0x1p99999999999',
         '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '0x0.0000000000001p-1022',
         '0x0.00000000000008p-1022', '0x0.0000000000000801p-1022', '0x0.00000000000018p-1022', 'a', 'F', '-0x0p0',
         '0x123456789abcdef123p-10', '+0x.1', '0x1.p0', '0xg', '1p', '0x1e10', '0x1P+4 ', '\t0x2p-2\n', '0x1.ffffffffffffffffffffp0']
for t in texts:
    show('fromhex(%r)' % t, lambda: float.fromhex(t))
show('inf ratio', lambda: inf.as_integer_ratio())
show('nan ratio', lambda: nan.as_integer_ratio())
show('inf trunc', lambda: inf.__trunc__())
show('nan floor', lambda: nan.__floor__())
show('-inf ceil', lambda: (-inf).__ceil__())
show('fromhex(1)', lambda: float.fromhex(1))
show('hex(1)', lambda: (1.5).hex(1))
show('getformat double', lambda: float.__getformat__('double'))
show('getformat float', lambda: float.__getformat__('float'))
show('getformat int', lambda: float.__getformat__('int'))
class F(float):
    pass
r = F.fromhex('0x1p1')
print(type(r).__name__, r, type(F(2.5).conjugate()).__name__, type(F(2.5).real).__name__)
print(sorted(n for n in dir(float) if not n.startswith('_')))
