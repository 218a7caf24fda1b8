# The FloatOperation signal: floats in construction and comparisons.
from decimal import Decimal, getcontext, FloatOperation, localcontext
from fractions import Fraction

c = getcontext()
for label, f in [("construct", lambda: Decimal(0.5)), ("eq float", lambda: Decimal(1) == 1.0),
                 ("ne float", lambda: Decimal(1) != 2.5), ("lt float", lambda: Decimal(1) < 1.5),
                 ("eq complex", lambda: Decimal(1) == 1 + 0j), ("eq complex imag", lambda: Decimal(1) == 1j),
                 ("eq int", lambda: Decimal(1) == 1), ("lt fraction", lambda: Decimal(1) < Fraction(3, 2)),
                 ("from_float", lambda: Decimal.from_float(0.25)), ("create", lambda: c.create_decimal(0.1)),
                 ("create_from_float", lambda: c.create_decimal_from_float(0.1))]:
    for trapped in (False, True):
        with localcontext() as lc:
            lc.traps[FloatOperation] = trapped
            lc.clear_flags()
            try:
                r = repr(f())
            except Exception as e:
                r = "%s %s" % (type(e).__name__, e)
            print(label, trapped, r, lc.flags[FloatOperation])
