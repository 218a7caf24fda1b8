import statistics as st
from fractions import Fraction as F


def t(name, *args, **kw):
    try:
        r = getattr(st, name)(*args, **kw)
        print(name, repr(r), type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)


datasets = [[1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [F(3, 7), F(1, 21), F(5, 3), F(1, 3)],
            [1, 2.5, F(1, 2)], [True, False, True], [1e308, 1e308, -1e308], [0.1] * 10, [5],
            [float("inf"), 1.0], [float("nan"), 1.0], [float("inf"), float("-inf")], [], [1, "2"],
            [-3, -1, 0, 2], [10 ** 20, 1, -(10 ** 20)], iter([1, 2, 3]), range(1, 100, 3), (x * 0.7 for x in range(9))]
for data in datasets:
    data = list(data) if not isinstance(data, list) else data
    print("data", data)
    for name in ("mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high",
                 "median_grouped", "mode", "multimode"):
        t(name, data)
t("mean", iter([]))
t("fmean", iter([1.5, 2.5]))
t("fmean", [1, 2, 3], [3, 2, 1])
t("fmean", [1, 2, 3], iter([0.5, 0.25, 0.25]))
t("fmean", [1, 2, 3], [1, 1])
t("fmean", [1, 2], [1, -1])
t("harmonic_mean", [40, 60], weights=[5, 30])
t("harmonic_mean", [40, 60], [5])
t("harmonic_mean", [40, 0, 60])
t("harmonic_mean", [-1])
t("harmonic_mean", ["x"])
t("harmonic_mean", [1, -1])
t("harmonic_mean", [1, 2], [-1, 1])
t("harmonic_mean", [F(1, 2), F(2, 3)])
t("harmonic_mean", [1, 2], [0, 0])
t("geometric_mean", [54, 24, 36])
t("geometric_mean", [1, 0])
t("median_grouped", [52, 52, 53, 54], 1)
t("median_grouped", [1, 3, 3, 5, 7], interval=2)
t("median_grouped", [25] * 172 + [35] * 484 + [45] * 387, interval=10)
t("median_grouped", ["a", "b"])
t("median_grouped", [1, 2], "x")
t("mode", "aabbbbbbbbcc")
t("mode", ["red", "blue", "blue", "red", "green", "red", "red"])
t("mode", ["red", "red", "green", "blue", "blue"])
t("mode", [])
t("multimode", "aabbbbccddddeeffffgg")
t("multimode", "")
t("mode", [[1]])
t("median", ["b", "a", "c"])
t("median", [1, "a"])
