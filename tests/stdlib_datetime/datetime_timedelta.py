from datetime import timedelta as TD
import datetime


def t(f):
    try:
        r = f()
        print(repr(r), str(r) if isinstance(r, TD) else "")
    except Exception as e:
        print(type(e).__name__, e)


for args, kw in [((), {}), ((1,), {}), ((0, 1), {}), ((0, 0, 1), {}), ((-1,), {}), ((0, -1), {}),
                 ((0, 0, -1), {}), ((), {"weeks": 2, "hours": -3}), ((), {"minutes": 90.5}),
                 ((), {"milliseconds": 1.5}), ((), {"days": 1.5, "seconds": 0.25}),
                 ((), {"microseconds": 0.5}), ((), {"microseconds": 1.5}), ((), {"microseconds": 2.5}),
                 ((), {"microseconds": -0.5}), ((), {"microseconds": -1.5}), ((), {"days": 0.1}),
                 ((), {"seconds": 1e-7}), ((), {"hours": 1e-10}), ((), {"days": -1e-6}),
                 ((), {"days": 999999999}), ((), {"days": 1000000000}), ((), {"days": -999999999}),
                 ((), {"days": -999999999, "microseconds": -1}), ((), {"seconds": 86400 * 365.25}),
                 ((True, False), {}), ((), {"days": "1"}), ((), {"hours": None}), ((), {"minutes": 1j}),
                 ((1, 2, 3, 4, 5, 6, 7), {})]:
    t(lambda: TD(*args, **kw))

a, b = TD(days=1, hours=2), TD(minutes=-30, microseconds=7)
for f in [lambda: a + b, lambda: a - b, lambda: b - a, lambda: -a, lambda: +b, lambda: abs(b), lambda: abs(-a),
          lambda: a * 3, lambda: 3 * a, lambda: a * -1.5, lambda: 0.1 * b, lambda: a * 1e-9, lambda: a / 3,
          lambda: a / 7, lambda: b / 2.5, lambda: a / b, lambda: a // b, lambda: a // 7, lambda: a % b,
          lambda: divmod(a, b), lambda: divmod(b, a), lambda: a / 0, lambda: a // 0, lambda: a / 0.0,
          lambda: a % TD(0),
          lambda: TD.max + TD.resolution, lambda: TD.min - TD.resolution, lambda: TD.max * 2, lambda: -TD.min,
          lambda: TD(microseconds=5) * 0.5, lambda: TD(microseconds=7) * 0.5, lambda: TD(microseconds=5) / 2,
          lambda: TD(microseconds=7) / 2, lambda: TD(microseconds=-5) / 2]:
    t(f)

print(a.days, a.seconds, a.microseconds, b.days, b.seconds, b.microseconds)
print(a.total_seconds(), b.total_seconds(), TD.max.total_seconds(), TD(microseconds=1).total_seconds())
print(TD.min, TD.max, TD.resolution, repr(TD.min), repr(TD.max))
print(a == TD(hours=26), a != b, a < b, a > b, a <= a, b >= a, a == 1, a != "x")
for op in ("<", "<=", ">", ">="):
    try:
        eval("a %s 1" % op)
    except TypeError as e:
        print(type(e).__name__)  # kaa names the type 'timedelta', CPython 'datetime.timedelta'
for f in (lambda: a + 1, lambda: a * a, lambda: a / "x", lambda: a * None, lambda: 1 - a):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
print(bool(TD(0)), bool(TD(microseconds=1)), bool(TD(-1)))
print(hash(TD(1)) == hash(TD(hours=24)), hash(TD(0)) == hash(TD()), len({TD(1), TD(hours=24), TD(2)}))
print(sorted([TD(1), TD(-1), TD(0, 5), TD(hours=-1)]))
for d in [TD(2, 3), TD(-2, 3), TD(1, 0, 5), TD(-1), TD(0, 59), TD(12345, 6789, 10)]:
    print(str(d), "|", repr(d), "|", f"{d}", "|", "%s" % d)


class Sub(TD):
    pass


s = Sub(1, 2)
print(repr(s), type(s + a).__name__, type(s * 2).__name__, type(-s).__name__, isinstance(s, TD))
print(datetime.timedelta.__name__, datetime.timedelta.__module__)
import copy
print(copy.copy(a) == a, copy.deepcopy(b) == b)
