# Many pseudo-random dates, times and durations through arithmetic,
# conversions and formatting (fixed seed: the same cases under kaa and
# CPython).
import random
from datetime import date, datetime, time, timedelta, timezone

rng = random.Random(20240229)


def rdate():
    return date.fromordinal(rng.randrange(1, 3652060))


def rdelta():
    kind = rng.randrange(4)
    if kind == 0:
        return timedelta(days=rng.randrange(-100000, 100000), seconds=rng.randrange(-10 ** 6, 10 ** 6),
                         microseconds=rng.randrange(-10 ** 7, 10 ** 7))
    if kind == 1:
        return timedelta(hours=rng.uniform(-1e5, 1e5))
    if kind == 2:
        return timedelta(seconds=rng.uniform(-1e3, 1e3), milliseconds=rng.uniform(-1e3, 1e3))
    return timedelta(weeks=rng.randrange(-500, 500), minutes=rng.randrange(-10 ** 6, 10 ** 6))


def rtz():
    if rng.random() < 0.3:
        return None
    return timezone(timedelta(minutes=rng.randrange(-1439, 1440)))


def rdatetime():
    d = rdate()
    return datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60), rng.randrange(60),
                    rng.choice([0, rng.randrange(10 ** 6)]), rtz())


def attempt(f):
    try:
        return repr(f())
    except (OverflowError, ValueError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)


for _ in range(80):
    d, td = rdate(), rdelta()
    print(d, d.isoformat(), d.isocalendar(), d.weekday(), d.strftime("%a %b %d %j %U %W %G-%V-%u"),
          attempt(lambda: d + td), attempt(lambda: d - td), (d - rdate()).days)
for _ in range(80):
    a, b = rdelta(), rdelta()
    k = rng.choice([2, -3, 7, 1000])
    f = rng.uniform(-10, 10)
    print(repr(a), str(b), attempt(lambda: a + b), attempt(lambda: a - b), attempt(lambda: a * k),
          attempt(lambda: a * f), attempt(lambda: a / f), attempt(lambda: a / k), attempt(lambda: a // k),
          attempt(lambda: a / b), attempt(lambda: a // b), attempt(lambda: a % b), a.total_seconds(), a < b)
for _ in range(80):
    x, y = rdatetime(), rdatetime()
    td = rdelta()
    print(repr(x), x.isoformat(), str(x), x.ctime(), x.strftime("%c %f %z %Z %I%p"),
          attempt(lambda: x + td), attempt(lambda: x - y), attempt(lambda: x < y), x == y,
          attempt(lambda: x.timestamp()) if x.tzinfo else "-",
          attempt(lambda: x.astimezone(timezone.utc)) if x.tzinfo else "-",
          datetime.fromisoformat(x.isoformat()) == x, x.timetuple()[:], attempt(lambda: x.utctimetuple()[:]))
for _ in range(60):
    ts = rng.uniform(-1e10, 1e10)
    print(ts, attempt(lambda: datetime.fromtimestamp(ts, timezone.utc)), attempt(lambda: datetime.utcfromtimestamp(ts)),
          attempt(lambda: datetime.fromtimestamp(round(ts), timezone(timedelta(hours=5)))))
