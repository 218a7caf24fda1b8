# math: constants, rounding to ints, decompositions, fmod/remainder, copysign, predicates
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

inf, nan = math.inf, math.nan
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
vals = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e16, 2.0**52 + 0.5, 1e300, -1e300, 5e-324, 7, -7, True, 2**70]
for v in vals:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), math.frexp(v), math.modf(v), math.fabs(v), math.copysign(3, v),
          math.isfinite(v), math.isinf(v), math.isnan(v), math.ulp(v))
for v in [inf, -inf, nan]:
    print(v, math.frexp(v), math.modf(v), math.fabs(v), math.copysign(1, v), math.isfinite(v), math.isinf(v), math.isnan(v), math.ulp(v))
    show('floor', lambda: math.floor(v))
    show('ceil', lambda: math.ceil(v))
    show('trunc', lambda: math.trunc(v))
for x, i in [(1.0, 0), (1.0, 1), (3, 4), (0.75, -1), (1.0, 1023), (1.0, 1024), (1.0, -1074), (1.0, -1075), (1.5, -1074), (0.0, 10**30),
             (inf, -5), (nan, 5), (1.0, 10**30), (1.0, -10**30), (-1.0, 2000), (1.0, True)]:
    show('ldexp(%r, %r)' % (x, i), lambda: math.ldexp(x, i))
show('ldexp(1, 1.5)', lambda: math.ldexp(1, 1.5))
pairs = [(5.5, 2), (-5.5, 2), (5.5, -2), (-5.5, -2), (1, inf), (-1, inf), (inf, 1), (1, 0), (0, 1), (-0.0, 1), (nan, 1), (1, nan), (7, 3.5),
         (1e300, 1e-300), (6, 4), (10, 4), (-10, 4), (2.5, 1), (3.5, 1)]
for x, y in pairs:
    show('fmod(%r, %r)' % (x, y), lambda: math.fmod(x, y))
    show('remainder(%r, %r)' % (x, y), lambda: math.remainder(x, y))
    show('copysign(%r, %r)' % (x, y), lambda: math.copysign(x, y))
    show('nextafter(%r, %r)' % (x, y), lambda: math.nextafter(x, y))
    show('isclose(%r, %r)' % (x, y), lambda: math.isclose(x, y))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(0, 1e-10),
      math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan))
show('isclose tol', lambda: math.isclose(1, 2, rel_tol=-1))
show('isclose abs_tol', lambda: math.isclose(1, 2, abs_tol=-1))
show('isclose(1)', lambda: math.isclose(1))
show('isclose(1, 2, 3)', lambda: math.isclose(1, 2, 3))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.degrees(-0.0), math.radians(1e308))
print(math.nextafter(0, 1), math.nextafter(0, -1), math.nextafter(1, inf), math.nextafter(inf, 0), math.nextafter(1e308 * 10, -inf))
print(math.ulp(1.0), math.ulp(2**52), math.ulp(1.7976931348623157e308), math.ulp(5e-324), math.ulp(0.0))

class Fl:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
class Fv:
    def __float__(self):
        return 2.5
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.floor(Fv()), math.ceil(Fv()))
show('trunc(Fv())', lambda: math.trunc(Fv()))
show('floor("x")', lambda: math.floor("x"))
show('trunc("x")', lambda: math.trunc("x"))
show('frexp("x")', lambda: math.frexp("x"))
show('floor()', lambda: math.floor())
show('floor(1, 2)', lambda: math.floor(1, 2))
show('fmod(1)', lambda: math.fmod(1))
show('copysign()', lambda: math.copysign())
show('sin(x=1)', lambda: math.sin(x=1))
print(sorted(n for n in dir(math) if not n.startswith('_')))
