# Exact integer powers (positive and negative) on seeded random bases.
import random, sys
from decimal import *
rng = random.Random(55)
for i in range(300):
    c = getcontext()
    c.prec = 28
    c.rounding = rng.choice([ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP])
    c.Emax = 999999; c.Emin = -c.Emax
    c.clamp = 0
    for s in list(c.traps):
        c.traps[s] = False
    base = rng.choice(["2", "0.5", "8", "20", "1.0", "1.00", "10", "0.1", "2.0", "4", "5", "-2", "1E+2", "12.5", "0", "-0", "0.00",
                       "16", "-0.25", "3.2", "625", "2E+3", "-1", "1", "40.0"])
    e = rng.randrange(-8, 9)
    c.clear_flags()
    r = repr(Decimal(base) ** e)
    flags = sorted(s.__name__ for s, v in c.flags.items() if v)
    print(base, e, c.prec, c.Emax, c.clamp, r, flags)
