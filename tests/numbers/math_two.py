# math: pow, atan2, log with a base, hypot, dist
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3, -3, 2.5, inf, -inf, nan]
for x in vals:
    for y in vals:
        show('pow(%r, %r)' % (x, y), lambda: math.pow(x, y))
        show('atan2(%r, %r)' % (x, y), lambda: math.atan2(x, y))
for x, y in [(2, 0.5), (10, -2), (1.1, 2.3), (7, 10), (2, 1023), (2, 1024), (10, 400), (-8, 1/3), (0, -1), (-2, 0.5), (1e10, 1.5), (3, 1/3)]:
    show('pow(%r, %r)' % (x, y), lambda: math.pow(x, y))
for x, b in [(8, 2), (100, 10), (1000, 10), (2, 1), (1, 2), (0, 2), (2, 0), (2, -1), (10**400, 10), (10**400, 10**200), (math.e, math.e), (7, 0.5)]:
    show('log(%r, %r)' % (x, b), lambda: math.log(x, b))
for x in [1, 2, 10, 1000, 10**15, 10**16, 10**22, 10**300, 10**308, 10**309, 2**1023, 2**1024, 2**5000, 3**4000, True, 0, -1, -10**400]:
    show('logs %r' % (x if x < 10**20 else 'big'), lambda: (math.log(x), math.log2(x), math.log10(x)))
show('log()', lambda: math.log())
show('log(1, 2, 3)', lambda: math.log(1, 2, 3))
show('log("x")', lambda: math.log("x"))
show('log(x=1)', lambda: math.log(x=1))
for args in [(), (3, 4), (-5,), (1, 2, 3), (1e308, 1e308), (1.7e308, 1.7e308), (5e-324, 5e-324), (3e-320, 4e-320), (inf, nan), (nan, 1), (0, 0),
             (1, 1, 1, 1), (0.1, 0.2, 0.3), (2**60, 1), (1e-300, 1e300), (True, 2)]:
    show('hypot%r' % (args,), lambda: math.hypot(*args))
show('dist(iter, tuple)', lambda: math.dist(iter([1, 2]), (3, 4)))
for p, q in [((1, 2), (3, 4)), ((0, 0, 0), (1, 1, 1)), ([], []), ([1.5], [-2.5]), ((inf, 0), (0, 0)), ((1, 2), (1,)), (1, 2)]:
    show('dist(%r, %r)' % (p, q), lambda: math.dist(p, q))
show('hypot("a")', lambda: math.hypot("a"))
show('hypot(x=1)', lambda: math.hypot(x=1))
show('dist((1,), ("a",))', lambda: math.dist((1,), ("a",)))
show('atan2(1)', lambda: math.atan2(1))
show('pow(1)', lambda: math.pow(1))
show('pow(2, 10**400)', lambda: math.pow(2, 10**400))
