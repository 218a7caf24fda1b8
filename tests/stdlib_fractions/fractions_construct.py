from fractions import Fraction as F
import math
import numbers


def show(*args):
    try:
        print(repr(F(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for a in [(), (3,), (8, 6), (10, -8), (-10, -8), (0, 5), (F(1, 7), 5), (F(1, 7), F(2, 3)),
          (True,), (True, 3), ("314",), ("-35/4",), ("3.1415",), ("-47e-2",), (" -1.5e3 ",),
          ("1_000",), ("1_000.5_5",), (".5",), ("5.",), ("+7/21",), ("1E3",), ("1e+3",),
          ("\t 2/3 \n",), (1.47,), (2.25,), (-0.0,), (1e300,), (5e-324,),
          (1, 0), (0, 0), (F(1, 2), 0), ("1/0",), ("x",), ("",), ("3/",), ("/3",), ("1 /2",),
          ("1/-2",), ("1.5/2",), ("1e",), ("1__0",), ("_1",), ("nan",), ("inf",), ("1.d",),
          (float("nan"),), (float("inf"),), (float("-inf"),), (1.5, 2), (1, 2.0), ([],), (None,),
          (1j,), ("3/4", 1), (2, "3")]:
    show(*a)

print(F.from_float(0.1), F.from_float(3), F.from_float(-2.5))
for bad in ("1", 1j, None):
    try:
        F.from_float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    F.from_float(float("nan"))
except Exception as e:
    print(type(e).__name__, e)

x = F(-7, 3)
print(x.numerator, x.denominator, x.as_integer_ratio(), x.real, x.imag, x.conjugate())
print(str(x), repr(x), str(F(4, 2)), repr(F(4, 2)), format(x), f"{x!s:>8}|")
print(isinstance(x, numbers.Rational), isinstance(x, numbers.Integral))
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100),
      F(4321, 8765).limit_denominator(10000), F(1, 2).limit_denominator(1), F(3, 2).limit_denominator(1),
      F(-3, 2).limit_denominator(1), F(math.pi).limit_denominator(), F(5, 7).limit_denominator(6))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(type(e).__name__, e)


class Sub(F):
    pass


s = Sub(3, 6)
print(repr(s), type(s).__name__, repr(+s), type(+s).__name__, type(-s).__name__, type(s + 1).__name__)
import copy
print(copy.copy(x) is x, copy.deepcopy(x) is x, repr(copy.copy(s)), x.__reduce__())
