# Decimal.sqrt on seeded random values and contexts, with the flags.
import random, sys
from decimal import *
rng = random.Random(1414)
for _ in range(500):
    c = getcontext()
    c.prec = rng.choice([1, 2, 3, 5, 9, 16, 28, 50])
    c.rounding = rng.choice([ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING])
    c.Emax = rng.choice([999999, 99, 9]); c.Emin = -c.Emax
    c.clamp = rng.choice([0, 1])
    k = rng.randrange(6)
    if k == 0:
        v = rng.choice(["0", "-0", "0E+5", "0E-3", "-0E-7", "Inf", "-Inf", "NaN", "sNaN", "-1", "4", "0.25", "1E+2", "1E+3", "100", "0.0100"])
    elif k == 1:
        r = rng.randrange(1, 10 ** rng.randrange(1, 15))
        v = str(r * r) + "E" + str(rng.randrange(-30, 30))
    else:
        v = str(rng.randrange(1, 10 ** rng.randrange(1, 40))) + "E" + str(rng.randrange(-120, 120))
    c.clear_flags()
    c.traps[InvalidOperation] = False
    try:
        r = repr(Decimal(v).sqrt())
    except Exception as e:
        r = type(e).__name__ + " " + str(e)
    print(v, c.prec, c.rounding, c.Emax, c.clamp, r, sorted(s.__name__ for s, f in c.flags.items() if f))
