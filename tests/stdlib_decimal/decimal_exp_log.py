# exp, ln and log10 on seeded random values and contexts, with the flags.
import random, sys
from decimal import *
rng = random.Random(2026)
for i in range(250):
    c = getcontext()
    c.prec = rng.choice([1, 2, 3, 5, 9, 16, 28, 40])
    c.rounding = rng.choice([ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP])
    c.Emax = rng.choice([999999, 99, 9]); c.Emin = -c.Emax
    c.clamp = rng.choice([0, 1])
    for s in list(c.traps):
        c.traps[s] = False
    k = rng.randrange(6)
    if k == 0:
        v = rng.choice(["0", "-0", "1", "1.000", "10", "100", "1E-5", "1E+30", "0.001", "Inf", "-Inf", "NaN", "sNaN", "-1", "2.302585092994045684017991454684364", "-2.5", "1E+7", "-1E+7", "230.2585"])
    else:
        v = rng.choice(["", "-"]) + str(rng.randrange(1, 10 ** rng.randrange(1, 20))) + "E" + str(rng.randrange(-25, 5))
    d = Decimal(v)
    out = []
    for name, f in [("exp", d.exp), ("ln", d.ln), ("log10", d.log10)]:
        c.clear_flags()
        try:
            r = repr(f())
        except Exception as e:
            r = type(e).__name__
        out.append("%s=%s%s" % (name, r, sorted(s.__name__[:4] for s, val in c.flags.items() if val)))
    print(c.prec, c.Emax, c.clamp, v, " ".join(out))

# Values near 1, huge exponents, high precision.
rng = random.Random(99)
for i in range(80):
    c = getcontext()
    c.prec = rng.choice([1, 5, 28, 60, 100])
    c.Emax = rng.choice([999999, 9999]); c.Emin = -c.Emax
    for s in list(c.traps):
        c.traps[s] = False
    k = rng.randrange(4)
    if k == 0:
        v = "1." + "0" * rng.randrange(0, 40) + str(rng.randrange(1, 1000))
    elif k == 1:
        v = "0." + "9" * rng.randrange(1, 40) + str(rng.randrange(0, 10))
    elif k == 2:
        v = rng.choice(["", "-"]) + str(rng.randrange(1, 10 ** 6)) + "E" + str(rng.randrange(-3, 4))
    else:
        v = str(rng.randrange(1, 10 ** 30)) + "E" + str(rng.randrange(-1000000, 1000000))
    d = Decimal(v)
    out = []
    for name, f in [("exp", d.exp), ("ln", d.ln), ("log10", d.log10)]:
        c.clear_flags()
        try:
            r = repr(f())
        except Exception as e:
            r = type(e).__name__
        out.append("%s=%s%s" % (name, r, sorted(s.__name__[:4] for s, val in c.flags.items() if val)))
    print(c.prec, c.Emax, v, " ".join(out))
