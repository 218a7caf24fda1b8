# max/min, total order, number_class, next_*, fma, scaleb, logb on seeded
# random operands and contexts, with the flags.
import random, sys
from decimal import *
rng = random.Random(4242)


def rdec():
    k = rng.randrange(8)
    if k == 0:
        return rng.choice(["0", "-0", "0E+5", "0.000", "Inf", "-Inf", "NaN", "-NaN12", "sNaN", "-sNaN3", "1", "1.0", "-1.00", "9E+9", "1E-9"])
    digits = str(rng.randrange(1, 10 ** rng.randrange(1, 12)))
    return rng.choice(["", "-"]) + digits + "E" + str(rng.choice([0, rng.randrange(-12, 12), rng.randrange(-40, 40)]))


for i in range(100):
    c = getcontext()
    c.prec = rng.choice([1, 2, 3, 5, 9, 28])
    c.rounding = rng.choice([ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP])
    c.Emax = rng.choice([999999, 20, 9]); c.Emin = -c.Emax
    c.clamp = rng.choice([0, 1])
    for s in list(c.traps):
        c.traps[s] = False
    a, b, d = Decimal(rdec()), Decimal(rdec()), Decimal(rdec())
    out = []
    for name, f in [("max", lambda: a.max(b)), ("min", lambda: a.min(b)), ("maxm", lambda: a.max_mag(b)),
                    ("minm", lambda: a.min_mag(b)), ("cs", lambda: a.compare_signal(b)), ("ct", lambda: a.compare_total(b)),
                    ("ctm", lambda: a.compare_total_mag(b)), ("nc", lambda: a.number_class()), ("np", lambda: a.next_plus()),
                    ("nm", lambda: a.next_minus()), ("nt", lambda: a.next_toward(b)), ("fma", lambda: a.fma(b, d)),
                    ("sb", lambda: a.scaleb(rng.choice([b, Decimal(rng.randrange(-30, 30))]))), ("lb", lambda: a.logb()),
                    ("ctxmax", lambda: c.max(a, b)), ("cps", lambda: a.copy_sign(b))]:
        c.clear_flags()
        try:
            r = repr(f())
        except Exception as e:
            r = type(e).__name__
        out.append("%s=%s%s" % (name, r, sorted(s.__name__[:4] for s, v in c.flags.items() if v)))
    print(i, c.prec, c.rounding, c.Emax, c.clamp, a, b, d, " ".join(out))
