# math.fsum: exact summation
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

tests = [[], [0.0], [-0.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e-16, 1, 1e16], [2.0**53, -0.5, -2.0**-54],
         [2.0**53, 1.0, 2.0**-100], [1.7e308, -1.7e308, 1.0], [1, 2, 3], [True, 0.5], list(range(1000)), [0.1, 0.2, 0.3, -0.6],
         [1e308, -1e308, 1e-308], [3.0, -1e-17, -1e-17], [5e-324] * 7, [1.0, 1e-16, 1e-16, 1e-16], [-1.0, -1e-16, -1e-16],
         [2**60, 1, -2**60], [10**30, -10**30 + 1]]
for t in tests:
    show('fsum(%s)' % (repr(t) if len(t) < 12 else '%d items' % len(t)), lambda: math.fsum(t))
    show('sum', lambda: sum(t, 0.0))
seed = 7
for i in range(20):
    xs = []
    for j in range(50):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        e = seed % 120 - 60
        xs.append(((seed >> 20) / 2**44 - 0.5) * 2.0**e)
    print(math.fsum(xs), sum(xs))
show('fsum([inf, 1])', lambda: math.fsum([math.inf, 1]))
show('fsum([-inf, -inf])', lambda: math.fsum([-math.inf, -math.inf]))
show('fsum([nan])', lambda: math.fsum([math.nan]))
show('fsum([inf, -inf])', lambda: math.fsum([math.inf, -math.inf]))
show('fsum([1e308, 1e308, -1e308])', lambda: math.fsum([1e308, 1e308, -1e308]))
show('fsum(["a"])', lambda: math.fsum(['a']))
show('fsum(5)', lambda: math.fsum(5))
show('fsum(iter([1.5, 2]))', lambda: math.fsum(iter([1.5, 2])))
show('fsum(x for x in [1e16, 1, 1])', lambda: math.fsum(x for x in [1e16, 1, 1]))
