# math: domain and range errors of each function
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

cases = ['sqrt(-1)', 'sqrt(-0.0)', 'log(0)', 'log(-1)', 'log(-math.inf)', 'log(math.inf)', 'log2(0)', 'log10(-5)', 'log1p(-1)', 'log1p(-2)',
         'exp(1000)', 'exp(-1000)', 'exp(709.78)', 'exp(709.79)', 'exp2(1024)', 'exp2(-1080)', 'expm1(710)', 'expm1(-1000)',
         'cosh(1000)', 'sinh(1000)', 'sinh(-1000)', 'tanh(1000)', 'asin(2)', 'acos(-1.0000001)', 'atanh(1)', 'atanh(-1)', 'atanh(2)',
         'acosh(0.5)', 'acosh(1)', 'asinh(math.inf)', 'sin(math.inf)', 'cos(-math.inf)', 'tan(math.inf)', 'atan(math.inf)',
         'gamma(0)', 'gamma(-0.0)', 'gamma(-1)', 'gamma(-2.5)', 'gamma(171.7)', 'gamma(172)', 'gamma(-math.inf)', 'gamma(math.inf)',
         'gamma(1e-320)', 'gamma(-1e-320)', 'gamma(-171.5)', 'gamma(-180.5)', 'gamma(-300.5)',
         'lgamma(0)', 'lgamma(-1)', 'lgamma(-2.5)', 'lgamma(1e308)', 'lgamma(-math.inf)', 'lgamma(math.inf)', 'lgamma(1e-320)',
         'erf(math.inf)', 'erfc(-math.inf)', 'erfc(30)', 'erfc(-30)', 'fmod(math.inf, 1)', 'fmod(1, 0)', 'remainder(math.inf, 1)',
         'remainder(1, 0)', 'pow(0, -1)', 'pow(0.0, -math.inf)', 'pow(-0.0, -3)', 'pow(-1, 0.5)', 'pow(10, 400)', 'pow(-10, 401)',
         'pow(2, -1080)', 'ldexp(1, 2000)', 'atan2(0, 0)', 'copysign(math.nan, -1)', 'cbrt(-math.inf)',
         'factorial(-1)', 'factorial(1.5)', 'factorial(10**30)', 'factorial("x")', 'isqrt(-1)', 'isqrt(1.5)', 'gcd(1.5)', 'lcm("x")',
         'comb(-1, 1)', 'comb(1, -1)', 'comb(1.5, 1)', 'perm(-1, 1)', 'perm(1, -1)', 'perm(-1)', 'comb(10**20, 10**19)',
         'perm(10**20, 10**19)', 'fsum([math.inf, -math.inf])', 'fsum([1e308, 1e308])', 'fsum([math.nan, math.inf])',
         'fsum([math.inf, 1e308, 1e308])', 'sin("x")', 'sin(None)', 'sin([])', 'sin(10**400)', 'exp(1j)']
for c in cases:
    show(c, lambda: eval('math.' + c))
