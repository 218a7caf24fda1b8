# math: the elementary functions, at many points
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

names = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'erf', 'erfc', 'gamma', 'lgamma']
points = [0.0, -0.0, 1e-300, 1e-10, 0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0, 1.5, 2.0, 2.5, 3.0, math.pi / 2, math.pi, 5.0, 10.0,
          20.0, 50.0, 100.0, 700.0, 1e5, 1e10, 1e300, -0.1, -0.5, -1.0, -1.5, -2.5, -10.0, -100.0, math.inf, -math.inf, math.nan]
for name in names:
    f = getattr(math, name)
    row = []
    for x in points:
        try:
            # cbrt, erf and erfc of the C library are not correctly
            # rounded: compare them to 13 digits only.
            row.append(('%.13g' if name in ('cbrt', 'erf', 'erfc') else '%r') % f(x))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(name, ' '.join(row))
for x in [0.3, 1.7, 12.5, 123.456, 1e6, 2**30 + 0.5, 1e15, 1e22]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.exp(x / 1e20), math.log(x), math.atan(x))
seed = 42
for i in range(100):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    x = (seed >> 11) / 2**53 * 20 - 10
    # the C library rounds a few results in a thousand the other way:
    # 15 digits here
    print(repr(x), ' '.join('%.15g' % v for v in (math.exp(x), math.log(abs(x)), math.sin(x), math.cos(x), math.tan(x),
          math.atan(x), math.sinh(x), math.tanh(x), math.sqrt(abs(x)))), '%.12g %.12g' % (math.cbrt(x), math.erf(x / 4)))
