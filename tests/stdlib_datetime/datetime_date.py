import datetime
from datetime import date, timedelta, MINYEAR, MAXYEAR


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution, repr(date.min))
for args in [(2020, 2, 29), (2019, 2, 29), (2000, 2, 29), (1900, 2, 29), (1, 1, 1), (9999, 12, 31),
             (0, 1, 1), (10000, 1, 1), (-5, 1, 1), (2020, 0, 1), (2020, 13, 1), (2020, 4, 31),
             (2020, 4, 0), (2020, 1, 32), (2020.0, 1, 1), ("2020", 1, 1), (None, 1, 1), (True, True, True)]:
    t(lambda: date(*args))
t(lambda: date(2020))
t(lambda: date(2020, 1))
t(lambda: date(year=2020, month=3, day=4))
t(lambda: date(2020, 3, day=4))

d = date(2024, 2, 29)
print(d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isoformat(), str(d), d.ctime())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.isocalendar()[0], type(d.isocalendar()).__name__)
print(d.timetuple())
print(d.replace(day=1), d.replace(year=2023, day=28), d.replace())
t(lambda: d.replace(year=2023))
t(lambda: d.replace(month=13))
print(format(d), format(d, "%d/%m/%Y"), f"{d:%A %B %j}", "{:%y}".format(d))
t(lambda: format(d, 5))

for n in [1, 2, 365, 366, 719163, 730120, 3652059, 0, -1, 3652060]:
    t(lambda: date.fromordinal(n))
for y in range(1, 2500, 37):
    for m in (1, 2, 3, 12):
        for dd in (1, 28):
            x = date(y, m, dd)
            assert date.fromordinal(x.toordinal()) == x, x
            iy, iw, idd = x.isocalendar()
            assert date.fromisocalendar(iy, iw, idd) == x, x
print("ordinal/isocalendar round trips ok")
for y in (2000, 2004, 2009, 2015, 2020, 2021, 2026, 9999, 1):
    print(y, [date(y, 1, k).isocalendar() for k in (1, 2, 3, 4)], date(y, 12, 31).isocalendar())
for a in [(2020, 1, 1), (2020, 53, 7), (2021, 53, 1), (2015, 53, 7), (2020, 0, 1), (2020, 54, 1),
          (2020, 1, 0), (2020, 1, 8), (0, 1, 1), (10000, 1, 1), (9999, 52, 5), (9999, 52, 6), (1, 1, 1)]:
    t(lambda: date.fromisocalendar(*a))

a, b = date(2020, 1, 31), date(2021, 3, 1)
for f in [lambda: a + timedelta(1), lambda: timedelta(30) + a, lambda: a - timedelta(31), lambda: b - a,
          lambda: a - b, lambda: a + timedelta(hours=23), lambda: a + timedelta(hours=-1),
          lambda: a - timedelta(seconds=1), lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
          lambda: date.min + timedelta(-1), lambda: date.max - date.min, lambda: a + timedelta.max]:
    t(f)
for f in [lambda: a + 1, lambda: a - 1, lambda: a + a, lambda: timedelta(1) - a]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2020, 1, 31), a == "2020-01-31", a != 5)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__)
print(sorted([b, a, date(1999, 5, 5)]), max(a, b))
print(hash(a) == hash(date(2020, 1, 31)), len({a, date(2020, 1, 31), b}))


class MyDate(date):
    def __new__(cls, y, m, d, tag="x"):
        self = super().__new__(cls, y, m, d)
        self.tag = tag
        return self


m = MyDate(2020, 5, 17)
print(repr(m), m, type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, type(m.replace(day=1)).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-01-02")).__name__, m == date(2020, 5, 17))
print(date.__name__, date.__module__, date.__qualname__, isinstance(datetime.datetime(2020, 1, 1), date))
