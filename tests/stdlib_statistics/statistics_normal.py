import statistics as st
from statistics import NormalDist


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


n = NormalDist(100, 15)
print(n, repr(NormalDist()), n.mean, n.median, n.mode, n.stdev, n.variance)
for x in (70, 85, 100, 115, 130.5, -1e9, 1e9):
    print(x, n.pdf(x), n.cdf(x), n.zscore(x))
for p in (1e-300, 1e-10, 0.001, 0.025, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1 - 1e-10):
    print(p, n.inv_cdf(p), NormalDist().inv_cdf(p))
print(n.quantiles(), NormalDist().quantiles(10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(1, 2).overlap(NormalDist(5, 2)), n.overlap(n))
print(n + 5, 5 + n, n - 5, 5 - n, n * 2, 2 * n, n * -2, n / 4, n / -4, -n, +n, n + NormalDist(1, 20), n - NormalDist(1, 20))
print(n == NormalDist(100, 15), n == NormalDist(100.0, 15.0), n != NormalDist(0, 15), n == 5, hash(n) == hash(NormalDist(100, 15)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(range(10)))
s = NormalDist(5, 2).samples(5, seed=42)
print(s)
print(NormalDist().samples(3, seed="x"), len(NormalDist().samples(4)))
t(lambda: NormalDist(0, -1))
t(lambda: NormalDist(0, 0).pdf(1))
t(lambda: NormalDist(0, 0).cdf(1))
t(lambda: NormalDist(0, 0).inv_cdf(0.5))
t(lambda: NormalDist(0, 0).zscore(1))
t(lambda: NormalDist().inv_cdf(0))
t(lambda: NormalDist().inv_cdf(1.0))
t(lambda: NormalDist().overlap(5))
t(lambda: NormalDist(0, 0).overlap(NormalDist()))
t(lambda: NormalDist.from_samples([1]))
t(lambda: NormalDist("a"))
t(lambda: NormalDist(1, 2).__getstate__())
m = NormalDist()
m.__setstate__((3.0, 4.0))
print(m)
print(NormalDist.__slots__)


class Sub(NormalDist):
    pass


print(repr(Sub(1, 2)), type(Sub.from_samples([1, 2, 3])).__name__, type(Sub(1, 2) + 1).__name__)
