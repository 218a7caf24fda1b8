import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, InvalidOperation,
                     DivisionByZero, Inexact, Rounded, FloatOperation, Overflow, ROUND_HALF_UP,
                     ROUND_DOWN, ROUND_CEILING, DefaultContext, BasicContext, ExtendedContext)
from fractions import Fraction
import math


def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["0", "-0", "1", "-1.50", "1e3", "1E+3", "1.23e-7", "123.456E-10", ".5", "5.", "  7  ", "1_000.000_1",
          "Inf", "-infinity", "INFINITY", "nan", "-NaN", "NaN123", "sNaN", "-sNaN45", "nan0012", "0.000000", "1E-7",
          "0.0000001", "123456789012345678901234567890.123", "1e999999999", "٣.١٤", "1e", "e5", "1.2.3", "--1",
          "1_", "_1", "1__0", "_", "1._5", "N_aN", "1 0", "", "Infinit", "NaNx", "0x10", "1e+", "+.e1", "1.e5", "-.5E-3"]:
    t(lambda: Decimal(s))
for v in [0, -5, 10 ** 40, True, 0.1, -0.0, 1.5, 1e300, float("inf"), float("nan"), (0, (1, 2, 3), -2), (1, (0,), 5),
          (0, (), "F"), (1, (4, 2), "n"), (0, (1,), "N"), [0, [1], 0], (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5),
          (0, (1,)), 1j, None, Fraction(1, 2), Decimal("1.5")]:
    t(lambda: Decimal(v))
print(Decimal.from_float(0.1), Decimal.from_float(5), Decimal.from_float(float("-inf")))
t(lambda: Decimal.from_float("1"))

for s in ["123.456", "-0.000001", "1E+5", "1.000E-9", "0E+7", "0E-9", "-0E+2", "0.00", "123E+1", "1.2E+4",
          "12345E-10", "1E-6", "1E-7", "9.999E+100", "0.1E-1", "100E-9", "-NaN7", "sNaN", "-Infinity"]:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string(), d.as_tuple(), d.adjusted(), d.is_signed(), d.is_zero(),
          d.is_finite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_normal(), d.is_subnormal())
for s in ["0E-1", "0E-2", "0E-3", "0E+1", "0E+2", "0E+3", "0E+4", "0E-8", "0E-9", "0E-10", "1E+1", "1E+2", "12E+3",
          "123E-8", "1.5E-10", "-5E+10"]:
    print(s, Decimal(s).to_eng_string())

c = getcontext()
print(c)
print(DefaultContext, BasicContext, ExtendedContext, sep="\n")
x = Decimal(1) / 7
print(x, getcontext().flags[Inexact], getcontext().flags[Rounded])
c.clear_flags()
with localcontext() as lc:
    lc.prec = 5
    lc.rounding = ROUND_DOWN
    print(Decimal(2) / 3, Decimal("1.23456789") + 0, lc.prec, getcontext() is lc)
print(Decimal(2) / 3, getcontext().prec)
with localcontext(prec=3, rounding=ROUND_CEILING) as lc:
    print(Decimal("1.001") * 1, lc)
t(lambda: localcontext(foo=1))
t(lambda: Decimal(1) / 0)
t(lambda: Decimal(0) / 0)
t(lambda: Decimal("x"))
t(lambda: Decimal("1e999999") * 10)
t(lambda: Decimal("NaN") < 1)
t(lambda: Decimal("sNaN") == 1)
for f in (lambda: Decimal(1) + 1.5, lambda: 1.5 * Decimal(1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)  # kaa names the type 'Decimal', CPython 'decimal.Decimal'
t(lambda: Context(traps={Overflow: False}))
t(lambda: Decimal(5) // Decimal("1e-30"))
t(lambda: hash(Decimal("sNaN")))
t(lambda: int(Decimal("NaN")))
t(lambda: int(Decimal("-Inf")))
t(lambda: float(Decimal("sNaN")))
t(lambda: Decimal("Inf").as_integer_ratio())
t(lambda: Decimal("NaN").as_integer_ratio())
t(lambda: Context(prec=0))
t(lambda: Context(rounding="x"))
t(lambda: Context(Emin=5))
t(lambda: Context(Emax=-1))
t(lambda: Context(capitals=2))
t(lambda: setattr(getcontext(), "foo", 1))
t(lambda: setcontext(5))
nc = Context(prec=4, traps=[Inexact])
t(lambda: nc.divide(Decimal(1), 3))
print(nc.flags[Inexact], nc)
nc2 = Context(prec=3, rounding=ROUND_HALF_UP, Emax=5, Emin=-5, capitals=0, clamp=1, flags=[Rounded], traps=[])
print(nc2, nc2.Etiny(), nc2.Etop(), nc2.create_decimal("1234567"), nc2.create_decimal(" 0.0001234 "), nc2.to_sci_string(Decimal("1E+10")))
print(nc2.add(1, 2), nc2.multiply(Decimal("9.99"), 1000000), nc2.divide(1, 7), nc2.quantize(Decimal("1.23456"), Decimal("0.01")))
print(nc2.is_nan(Decimal("NaN")), nc2.copy_abs(Decimal(-3)), nc2.plus(Decimal("-0")), nc2.minus(Decimal("0")), nc2.abs(Decimal("-1.2345")))
print(getcontext().create_decimal_from_float(0.1), Context(prec=5).create_decimal_from_float(0.1))
getcontext().clear_flags()
print(Decimal(1) < 1.5, Decimal(1) == 1.0, getcontext().flags[FloatOperation])
getcontext().clear_flags()
print(Decimal("0.5") == Fraction(1, 2), Decimal("0.3") < Fraction(1, 3), Decimal(2) == 2, Decimal("2.0") == 2, Decimal(1) == "1", Decimal(1) != None)
print(Decimal("Inf") > 10 ** 100, Decimal("-Inf") < Fraction(-10 ** 50), Decimal("NaN") == Decimal("NaN"), Decimal("NaN") != 1)
print(hash(Decimal("0.5")) == hash(0.5), hash(Decimal(10 ** 30)) == hash(10 ** 30), hash(Decimal("1.25")) == hash(Fraction(5, 4)),
      hash(Decimal("Inf")) == hash(float("inf")), hash(Decimal("-0")) == hash(0), hash(Decimal("1E+1000")) == hash(10 ** 1000),
      hash(Decimal("1E-1000")) == hash(Fraction(1, 10 ** 1000)), hash(Decimal("-7.5")) == hash(-7.5))
print(sorted([Decimal("1.1"), Decimal(-2), Decimal("1E-5"), Decimal("0.00"), Decimal("Inf")]), max(Decimal(1), Decimal("1.0")))
d = Decimal("-12.3456")
print(int(d), math.floor(d), math.ceil(d), math.trunc(d), round(d), round(d, 2), round(d, -1), round(Decimal("2.5")), round(Decimal("3.5")), float(d), complex(d), bool(d), bool(Decimal(0)), bool(Decimal("NaN")))
print(d.as_integer_ratio(), Decimal("1.25E+3").as_integer_ratio(), d.copy_abs(), d.copy_negate(), d.copy_sign(Decimal(1)), d.real, d.imag, d.conjugate())
print(Decimal("1.30").quantize(Decimal("0.1")), Decimal("1.35").quantize(Decimal("1E-1"), rounding=ROUND_HALF_UP), Decimal("123").quantize(Decimal("1E+1")), Decimal("1.5").same_quantum(Decimal("2.5")))
t(lambda: Decimal("123456").quantize(Decimal("1E-25")))
t(lambda: Decimal("1").quantize(Decimal("Inf")))
print(Decimal("120.00").normalize(), Decimal("0.000").normalize(), Decimal("-1E+2").normalize(), Decimal("1.5").to_integral_value(), Decimal("2.5").to_integral_exact(), Decimal("-2.5").to_integral(ROUND_CEILING))
print(Decimal(2) ** 10, Decimal("1.5") ** 3, Decimal("-2") ** 3, 2 ** Decimal(5), Decimal("0.1") ** 2)
print(Decimal.__module__, Decimal.__name__, decimal.InvalidOperation.__mro__[1].__name__, issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))
print(decimal.MAX_PREC, decimal.MIN_EMIN, decimal.ROUND_05UP, sorted(x for x in dir(decimal) if x.startswith("ROUND")), hasattr(decimal, "__all__"))
print(Decimal(3).compare(Decimal("3.0")), Decimal(3).compare(4), Decimal("NaN").compare(1), -Decimal("0"), +Decimal("-0"), abs(Decimal("-0.00")))


class MyDec(Decimal):
    pass


m = MyDec("1.5")
print(type(m).__name__, repr(m), type(m + 1).__name__, isinstance(m, Decimal), type(MyDec.from_float(0.5)).__name__)
import copy
print(copy.copy(d) is d, copy.deepcopy(d) is d, d.__reduce__())
print(Decimal("1.5").__format__(""), f"{Decimal('2.50')}", "%s" % Decimal("1E+2"))
