# Logical operations, rotate and shift on seeded random operands.
import random, sys
from decimal import *
rng = random.Random(1010)
for i in range(150):
    c = getcontext()
    c.prec = rng.choice([1, 3, 5, 9, 28])
    for s in list(c.traps):
        c.traps[s] = False
    def rl():
        k = rng.randrange(6)
        if k == 0:
            return Decimal(rng.choice(["0", "1", "-1", "1.0", "12", "NaN", "sNaN", "Inf", "10E+1", "101"]))
        return Decimal("".join(rng.choice("01") for _ in range(rng.randrange(1, 35))))
    a, b = rl(), rl()
    n = Decimal(rng.choice([rng.randrange(-30, 30), "1.5", "NaN", "Inf", "2E+0", "-0"]))
    x = Decimal(rng.choice(["123456789", "-1.2345", "0", "Inf", "NaN", "987654321987654321987654321987654"]) )
    out = []
    for name, f in [("and", lambda: a.logical_and(b)), ("or", lambda: a.logical_or(b)), ("xor", lambda: a.logical_xor(b)),
                    ("inv", lambda: a.logical_invert()), ("rot", lambda: x.rotate(n)), ("sh", lambda: x.shift(n)),
                    ("cand", lambda: c.logical_and(a, b)), ("crot", lambda: c.rotate(x, n))]:
        c.clear_flags()
        try:
            r = repr(f())
        except Exception as e:
            r = type(e).__name__
        out.append("%s=%s%s" % (name, r, sorted(s.__name__[:4] for s, v in c.flags.items() if v)))
    print(c.prec, a, b, n, x, " ".join(out))
