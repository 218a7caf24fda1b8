from datetime import time, timedelta, timezone, tzinfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(time.min, time.max, time.resolution, repr(time.min), repr(time.max))
for args, kw in [((), {}), ((1,), {}), ((1, 2),  {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}), ((0, 0, 0, 1), {}),
                 ((23, 59, 59, 999999), {}), ((24,), {}), ((-1,), {}), ((0, 60), {}), ((0, 0, 60), {}),
                 ((0, 0, 0, 1000000), {}), ((1.0,), {}), (("1",), {}), ((1,), {"fold": 1}),
                 ((1,), {"fold": 2}), ((1,), {"fold": -1}), ((1, 2, 3, 4, 5), {}),
                 ((1, 2, 3, 4, timezone.utc), {}), ((), {"hour": 5, "tzinfo": timezone(timedelta(hours=2), "X")})]:
    t(lambda: time(*args, **kw))

a = time(12, 30, 15, 250)
print(a.hour, a.minute, a.second, a.microsecond, a.tzinfo, a.fold, a.utcoffset(), a.dst(), a.tzname())
print(str(a), a.isoformat(), format(a), format(a, "%H-%M-%S.%f %p %I"), a.strftime("%Y-%m-%d %j %a %z|%Z|"))
print(a.replace(hour=1), a.replace(tzinfo=timezone.utc), repr(a.replace(fold=1)), a.replace(microsecond=0))
t(lambda: a.replace(hour=24))
b = a.replace(tzinfo=timezone(timedelta(hours=-3), "BRT"))
print(repr(b), b.utcoffset(), b.dst(), b.tzname(), b.strftime("%z %Z %%"), str(b))
print(a < time(13), a == time(12, 30, 15, 250), a == a.replace(fold=1), a != 5, a == "x", bool(time(0)))
t(lambda: a < b)
print(a == b, a != b)
c = time(15, 30, 15, 250, tzinfo=timezone.utc)
d = time(12, 30, 15, 250, tzinfo=timezone(timedelta(hours=-3)))
print(b == c, b < c, b == d, c > d, hash(b) == hash(c), hash(b) == hash(d), hash(a) == hash(time(12, 30, 15, 250)))
print(sorted([time(5), time(1, 2), time(0, 0, 1)]))
for f in (lambda: a < 5, lambda: a + timedelta(1), lambda: a - a):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)


class Fixed(tzinfo):
    def __init__(self, minutes, name, dst=0):
        self.off = timedelta(minutes=minutes)
        self.name = name
        self.d = timedelta(minutes=dst)

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.d

    def __repr__(self):
        return "Fixed(%r)" % self.name


f = time(1, 2, tzinfo=Fixed(90, "P90", 30))
print(repr(f), f.utcoffset(), f.dst(), f.tzname(), f.isoformat(), f.strftime("%H:%M %z %Z"))


class Bad(tzinfo):
    def __init__(self, off, name=None):
        self.off = off
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name


for off in (5, timedelta(days=1), -timedelta(days=1), timedelta(hours=23, minutes=59), "x"):
    t(lambda: time(1, tzinfo=Bad(off)).utcoffset())
    t(lambda: time(1, tzinfo=Bad(off)).dst())
t(lambda: time(1, tzinfo=Bad(None, 5)).tzname())
t(lambda: time(1, tzinfo=Bad(None)).isoformat())
t(lambda: tzinfo().dst(None))
t(lambda: tzinfo().utcoffset(None))
t(lambda: time(1, tzinfo=tzinfo()).utcoffset())


class MyTime(time):
    pass


print(repr(MyTime(1, 2)), type(MyTime(1).replace(hour=3)).__name__, type(MyTime.fromisoformat("01:02")).__name__)
