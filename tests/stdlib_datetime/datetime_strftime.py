from datetime import datetime, date, time, timedelta, timezone, tzinfo

directives = "aAbBcdfHIjmMpSUwWxXyYzZGVu%CDeFgThnRrt"
for d in [datetime(2021, 1, 3, 0, 5, 9, 12), datetime(2020, 12, 31, 13, 59, 59, 999999),
          datetime(2024, 2, 29, 12), datetime(1999, 1, 1, 23), datetime(2010, 1, 4, 11, 30),
          datetime(5, 6, 7, 8, 9, 10), datetime(999, 12, 30), datetime(9999, 12, 31, 23, 59, 59)]:
    print(d, "|".join(d.strftime("%" + c) for c in directives))
    print(d.date().strftime("%Y-%m-%d %H:%M:%S %f %z %Z %j %U %W"), d.time().strftime("%Y %m %d %H %f %j"))
for y in range(2000, 2030):
    for m, dd in ((1, 1), (1, 2), (1, 7), (12, 28), (12, 31)):
        x = date(y, m, dd)
        print(x, x.strftime("%U %W %V %G %u %w %j %a"))
print(datetime(2020, 1, 2, 3, 4, 5).strftime("literal %% text %Y%m%d-%H%M%S and % trailing %"))
print(datetime(2020, 1, 2).strftime(""), repr(date(2020, 1, 2).strftime("%")))
for tz in (timezone.utc, timezone(timedelta(hours=-5), "E%ST"), timezone(timedelta(hours=5, minutes=30, seconds=15)),
           timezone(timedelta(hours=-1, microseconds=-5))):
    x = datetime(2020, 5, 6, 7, 8, 9, tzinfo=tz)
    print(x.strftime("%z|%Z|%H"), x.timetz().strftime("%z|%Z"), f"{x:%Y %z}")


class NoName(tzinfo):
    def utcoffset(self, dt):
        return None

    def tzname(self, dt):
        return None

    def dst(self, dt):
        return None


print(repr(datetime(2020, 1, 1, tzinfo=NoName()).strftime("[%z][%Z]")))
for bad in (5, None, b"%Y"):
    try:
        date(2020, 1, 1).strftime(bad)
    except TypeError as e:
        print(type(e).__name__, e)
