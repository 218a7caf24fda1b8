import statistics as st
from fractions import Fraction as F


def t(name, *args, **kw):
    try:
        r = getattr(st, name)(*args, **kw)
        print(name, repr(r), type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)


datasets = [[2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
            [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [F(1, 6), F(1, 2), F(5, 3)], [F(1, 4), F(5, 4), F(1, 2)],
            [1, 2, 3, 4, 5], [1, 1, 1], [7], [], [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3], [1, 2.0, F(1, 3)],
            [True, False, False], [10 ** 30, 10 ** 30 + 1], [float("inf"), 1.0], [float("nan"), 2.0],
            list(range(1000)), [x / 7 for x in range(50)]]
for data in datasets:
    print("data", data[:8])
    for name in ("variance", "pvariance", "stdev", "pstdev"):
        t(name, data)
t("variance", [1, 2, 3, 4], 2.5)
t("variance", [1, 2, 3, 4], 0)
t("pvariance", [1, 2, 3, 4], mu=F(5, 2))
t("stdev", [1.0, 2.0, 4.0], xbar=2)
t("pstdev", [F(1), F(2)], 1)
t("variance", iter([1, 2, 3, 4]))
t("variance", ["a", "b"])
t("pvariance", [1, "b"])

for data in [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104],
             [1.5, 2.5], [F(1, 3), F(2, 3), F(1)], [3, 1, 2], [1], []]:
    for n in (1, 2, 4, 10):
        for method in ("exclusive", "inclusive"):
            t("quantiles", data, n=n, method=method)
t("quantiles", [1, 2, 3], n=0)
t("quantiles", [1, 2, 3], method="x")
t("quantiles", [1, 2, 3], 4)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
for a, b in [(x, y), (x, z), (z, x), (x, x), ([1.5, 2.5, 3.5], [0.1, 0.4, 0.2]), ([F(1, 2), 2], [3, F(1, 3)])]:
    t("covariance", a, b)
    t("correlation", a, b)
    t("linear_regression", a, b)
    t("linear_regression", a, b, proportional=True)
for a, b in [([1], [2]), ([1, 2], [1]), ([1, 1, 1], [1, 2, 3]), ([1, 2, 3], [5, 5, 5]), ([], [])]:
    t("covariance", a, b)
    t("correlation", a, b)
    t("linear_regression", a, b)
r = st.linear_regression([1, 2, 3], [2, 4, 7])
print(r.slope, r.intercept, r._fields, type(r).__name__, r)
print(issubclass(st.StatisticsError, ValueError), sorted(st.__all__))
