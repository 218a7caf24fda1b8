from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min), repr(datetime.max))
for args, kw in [((2020, 1, 2), {}), ((2020, 1, 2, 3), {}), ((2020, 1, 2, 3, 4, 5), {}), ((2020, 1, 2, 3, 4, 0, 6), {}),
                 ((2020, 1, 2, 3, 4, 5, 6, UTC), {}), ((2020, 1, 2), {"fold": 1}), ((2020, 2, 30), {}),
                 ((2020, 1, 2, 24), {}), ((2020,), {}), ((2020, 1), {}), ((2020, 1, 2, 0, 0, 0, 0, 5), {}),
                 ((), {"year": 1, "month": 2, "day": 3, "minute": 4})]:
    t(lambda: datetime(*args, **kw))

d = datetime(2021, 3, 14, 15, 9, 26, 535897)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(d.date(), d.time(), d.timetz(), repr(d.date()), repr(d.time()), d.weekday(), d.isoweekday(), d.toordinal())
print(d.timetuple())
print(d.utctimetuple())
print(d.ctime(), d.isocalendar(), str(d), format(d), format(d, "%c|%x|%X|%f"))
print(d.replace(year=2020, microsecond=0), repr(d.replace(tzinfo=UTC)), d.replace(tzinfo=UTC).replace(tzinfo=None))
t(lambda: d.replace(month=2, day=29))
print(datetime.combine(date(2020, 5, 6), time(7, 8, tzinfo=UTC)), datetime.combine(date(2020, 5, 6), time(7, 8), UTC))
print(repr(datetime.combine(d, time(1), tzinfo=None)))
t(lambda: datetime.combine(time(1), date(2020, 1, 1)))
t(lambda: datetime.combine(date(2020, 1, 1), 5))

# arithmetic
for f in [lambda: d + timedelta(days=1, hours=12), lambda: timedelta(seconds=-1) + d, lambda: d - timedelta(weeks=5000),
          lambda: d - datetime(2000, 1, 1), lambda: datetime(2000, 1, 1) - d, lambda: d + timedelta(microseconds=464103),
          lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(microseconds=1),
          lambda: datetime.max - datetime.min, lambda: d - d.replace(tzinfo=UTC)]:
    t(f)
for f in [lambda: d + 1, lambda: d + d, lambda: d - 5, lambda: d - date(2020, 1, 1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)

est = timezone(timedelta(hours=-5), "EST")
cet = timezone(timedelta(hours=1), "CET")
a = datetime(2020, 6, 1, 12, tzinfo=est)
b = datetime(2020, 6, 1, 18, tzinfo=cet)
c = datetime(2020, 6, 1, 17, tzinfo=UTC)
print(a == b, a == c, b < c, a - b, a - c, c - a, hash(a) == hash(c), hash(a) == hash(b), len({a, b, c}))
print(a.astimezone(cet), a.astimezone(UTC), repr(b.astimezone(est)), a.astimezone(est) is a)
print(a.utcoffset(), a.dst(), a.tzname(), a.timestamp(), b.timestamp(), a.utctimetuple())
print(d == d.replace(tzinfo=UTC), d != d.replace(tzinfo=UTC))
t(lambda: d < d.replace(tzinfo=UTC))
t(lambda: d < date(2021, 3, 14))
t(lambda: date(2021, 3, 14) < d)
t(lambda: d == date(2021, 3, 14))
t(lambda: date(2021, 3, 14) == d)
t(lambda: d.astimezone(5))
print(sorted([c, a, b.replace(hour=19)]))

# timestamps (aware, so independent of the local zone)
for ts in [0, 1, -1, 1.5, -1.5, 1e9, 1234567890.123456, 1234567890.1234565, 1234567890.9999996, 2**31, -2**31,
           0.0000005, -0.0000005, 253402300799, -62135596800]:
    t(lambda: datetime.fromtimestamp(ts, UTC))
    t(lambda: datetime.utcfromtimestamp(ts))
for ts in [float("nan"), float("inf"), 253402300800, -62135596801, "0", None]:
    t(lambda: datetime.fromtimestamp(ts, UTC))
print(datetime.fromtimestamp(86400 * 365, cet), datetime.fromtimestamp(0, est).tzname())
for x in [datetime(1970, 1, 1, tzinfo=UTC), datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC),
          datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, 59, 999, tzinfo=UTC),
          datetime(2020, 2, 29, 12, 0, 0, 1, tzinfo=est)]:
    print(x.timestamp(), datetime.fromtimestamp(x.timestamp(), UTC))
print(datetime.fromtimestamp(1e9, timezone.utc) == datetime(2001, 9, 9, 1, 46, 40, tzinfo=UTC))

# now/today run (values differ, types do not)
n = datetime.now()
print(type(n).__name__, n.tzinfo, type(datetime.now(UTC).tzinfo).__name__, datetime.now(UTC).utcoffset(),
      type(datetime.utcnow()).__name__, type(datetime.today()).__name__, type(date.today()).__name__)
print(abs(datetime.now(UTC) - datetime.fromtimestamp(__import__("time").time(), UTC)) < timedelta(seconds=5))


class MyDT(datetime):
    pass


m = MyDT(2020, 1, 1, 12)
print(repr(m), type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, type(m.replace(hour=1)).__name__,
      type(MyDT.fromtimestamp(0, UTC)).__name__, type(MyDT.combine(date(2020, 1, 1), time())).__name__,
      type(MyDT.fromisoformat("2020-01-01")).__name__, type(m - m).__name__,
      type(MyDT.strptime("2020", "%Y")).__name__, type(m.replace(tzinfo=UTC).astimezone(est)).__name__)
