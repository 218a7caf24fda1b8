# Decimal with fractions, statistics and numbers.
from decimal import Decimal as D
import statistics as st, numbers
from fractions import Fraction as F
data = [D("0.5"), D("0.75"), D("0.625"), D("0.375")]
for f in (st.mean, st.median, st.variance, st.pvariance, st.median_low, st.mode, st.harmonic_mean):
    try:
        print(f.__name__, repr(f(data)))
    except Exception as e:
        print(type(e).__name__, e)
print(F(D("1.25")), F.from_decimal(D("-0.5")), F(D(3)), isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
print(st.mean([D(1), 2, D("0.5")]), repr(st.variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")])))
try:
    F(D("NaN"))
except Exception as e:
    print(type(e).__name__, e)
data = [D("1.5"), D("2.5"), D("2.5"), D("2.75"), D("3.25"), D("4.75")]
print(repr(st.stdev(data)), repr(st.pstdev(data)), repr(st.stdev([D(1), D(2)])), repr(st.pstdev([D(0), D(0)])))
from decimal import localcontext
with localcontext(prec=5):
    print(repr(st.stdev(data)), repr(st.pvariance(data)))
