# Pseudo-random operands in random contexts (precision, rounding, exponent
# limits, clamp) through the operators and methods, with the flags each
# sets (fixed seed: the same cases under kaa and CPython).
import random
from decimal import *

rng = random.Random(31337)
ROUNDS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]


def rdec():
    k = rng.randrange(10)
    if k == 0:
        return rng.choice(["0", "-0", "0E+5", "0.000", "Inf", "-Inf", "NaN", "-NaN12", "sNaN", "1E+999", "9.99E-999"])
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, rng.choice([4, 12, 40]))))
    exp = rng.choice([0, rng.randrange(-10, 10), rng.randrange(-60, 60), rng.randrange(-1010, 1010)])
    return rng.choice(["", "-"]) + digits + "E" + str(exp)


def show(f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = f()
        out = repr(r) if not isinstance(r, tuple) else repr(r)
    except (DecimalException, ZeroDivisionError) as e:
        out = "%s %s" % (type(e).__name__, e)
    except Exception as e:
        out = "%s %s" % (type(e).__name__, e)
    return out + " " + ",".join(sorted(s.__name__ for s, v in ctx.flags.items() if v))


for i in range(50):
    ctx = getcontext()
    ctx.prec = rng.choice([1, 2, 3, 5, 9, 16, 28, 40])
    ctx.rounding = rng.choice(ROUNDS)
    ctx.Emax = rng.choice([999999, 99, 9])
    ctx.Emin = -ctx.Emax
    ctx.clamp = rng.choice([0, 0, 1])
    ctx.traps[Inexact] = False
    a, b = Decimal(rdec()), Decimal(rdec())
    print(i, ctx.prec, ctx.rounding, ctx.Emax, ctx.clamp, str(a), str(b))
    for name, f in [("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b), ("/", lambda: a / b),
                    ("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b)),
                    ("neg", lambda: -a), ("pos", lambda: +b), ("abs", lambda: abs(a)),
                    ("q", lambda: a.quantize(b)), ("cmp", lambda: a.compare(b)), ("==", lambda: a == b),
                    ("<", lambda: a < b), ("norm", lambda: a.normalize()), ("int", lambda: int(a)),
                    ("tie", lambda: a.to_integral_exact()), ("tiv", lambda: b.to_integral_value()),
                    ("eng", lambda: a.to_eng_string()), ("str", lambda: str(b)), ("float", lambda: float(a)),
                    ("round", lambda: round(a, 2)), ("rnd", lambda: round(b)), ("hash", lambda: hash(a) if a.is_finite() else 0),
                    ("tuple", lambda: a.as_tuple()), ("ratio", lambda: a.as_integer_ratio()), ("+int", lambda: a + 7),
                    ("int-", lambda: 3 - b), ("plus", lambda: ctx.plus(a)), ("create", lambda: ctx.create_decimal(str(a)))]:
        print(" ", name, show(f))

# Powers with exact results.
getcontext().prec = 28
getcontext().Emax = 999999
getcontext().Emin = -999999
for _ in range(60):
    a = Decimal(rng.choice(["1.5", "-2", "0.1", "12.50", "-0.003", "7E+3", "0", "-0.0"]))
    e = rng.randrange(0, 9)
    print(a, e, show(lambda: a ** e))
