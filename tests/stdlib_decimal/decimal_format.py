# format() of Decimals with seeded random values, specs and roundings.
import random
from decimal import *
rng = random.Random(2718)
vals = ["-0.001", "1234567.891", "NaN", "-Inf", "0E+5", "1E+30", "0.000", "-0", "5", "0.5", "2.5", "-2.675", "1E-10", "123.456E-3", "9.9999", "99999.5", "-1234.5"]
for _ in range(600):
    v = rng.choice(vals) if rng.random() < 0.5 else ("-" if rng.random() < 0.3 else "") + str(rng.randrange(10 ** rng.randrange(1, 12))) + "E" + str(rng.randrange(-15, 8))
    spec = ""
    if rng.random() < 0.3:
        spec += rng.choice(["", "*", "0", "x"]) + rng.choice("<>=^")
    spec += rng.choice(["", "", "+", "-", " "])
    spec += rng.choice(["", "", "z"])
    spec += rng.choice(["", "", "0"])
    spec += rng.choice(["", "", str(rng.randrange(1, 25))])
    spec += rng.choice(["", "", ","])
    spec += rng.choice(["", "", "." + str(rng.randrange(0, 8))])
    spec += rng.choice(["", "e", "E", "f", "F", "g", "G", "%", "n"])
    getcontext().rounding = rng.choice([ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING])
    try:
        r = repr(format(Decimal(v), spec))
    except Exception as e:
        r = type(e).__name__ + " " + str(e)
    print(repr(v), repr(spec), getcontext().rounding, r)
