# cmath: every function at ordinary points and at all the special values (CPython's tables)
import cmath, math
inf, nan = math.inf, math.nan
vals = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1+0j, -1+0j, 1j, -1j, 1+2j, -1.5-2.5j, 0.5+0.5j, 1e-320+1e-320j,
        complex(1e308, 1e308), complex(1e300, -1e-300), complex(3, 1e-20), 1+1e-10j, complex(0.9, 0.4), 2+0j, -2+0j, complex(1, 0.0), complex(1, -0.0)]
specials = [complex(a, b) for a in (-inf, -2.5, -0.0, 0.0, 2.5, inf, nan) for b in (-inf, -2.5, -0.0, 0.0, 2.5, inf, nan)]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for name in names:
    f = getattr(cmath, name)
    for z in vals + specials:
        try:
            r = f(z)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ' ' + str(e)
        print(name, z, r)
for z in vals + specials:
    try:
        print('polar', z, cmath.polar(z), cmath.phase(z), abs(z) if math.isfinite(z.real) else '')
    except Exception as e:
        print('polar', z, type(e).__name__, e)
    print(cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for r in (-inf, -2.5, -0.0, 0.0, 2.5, inf, nan):
    for p in (-inf, -2.5, -0.0, 0.0, 2.5, inf, nan, 1.0, math.pi):
        try:
            print('rect', r, p, cmath.rect(r, p))
        except Exception as e:
            print('rect', r, p, type(e).__name__, e)
for a, b in [(1, 2), (0, 2), (2, 0), (1, 1), (1j, 2), (10, 10), (100, 10), (-1, -1), (2j, 1j)]:
    try:
        print('log', a, b, cmath.log(a, b))
    except Exception as e:
        print('log', a, b, type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1, 1 + 1e-10), cmath.isclose(1j, 1), cmath.isclose(1 + 1j, 1 + 1j + 1e-12j), cmath.isclose(0, 1e-10, abs_tol=1e-9))
for e in ['cmath.sqrt("a")', 'cmath.sqrt(None)', 'cmath.log(1, 2, 3)', 'cmath.log()', 'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.exp(1000)',
          'cmath.cosh(1000)', 'cmath.sinh(1000+1j)', 'cmath.rect(1, inf)', 'cmath.polar(complex(1e308, 1e308))', 'cmath.log(10**400)',
          'cmath.sqrt(10**20)', 'cmath.sqrt(1, 2)', 'cmath.phase()', 'cmath.exp(x=1)']:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 4
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.phase(C()), cmath.polar(-2))
