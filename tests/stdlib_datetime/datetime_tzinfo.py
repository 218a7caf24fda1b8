from datetime import datetime, timedelta, timezone, tzinfo, time, UTC
import copy

HOUR = timedelta(hours=1)


class USEastern(tzinfo):
    """A toy zone: UTC-5, daylight time (UTC-4) from the second Sunday of
    March 2:00 to the first Sunday of November 2:00 (local standard)."""

    def _bounds(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:
            return timedelta(0) if dt.fold else HOUR
        if start <= naive < start + HOUR:
            return HOUR if dt.fold else timedelta(0)
        return timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "USEastern()"


east = USEastern()
for u in [datetime(2021, 3, 14, 6, 59), datetime(2021, 3, 14, 7), datetime(2021, 11, 7, 5, 30),
          datetime(2021, 11, 7, 6, 30), datetime(2021, 11, 7, 7, 30), datetime(2021, 7, 4, 12)]:
    local = u.replace(tzinfo=UTC).astimezone(east)
    print(u, "->", repr(local), local.tzname(), local.utcoffset(), local.dst(), local.astimezone(UTC))
    print("  fromutc:", repr(east.fromutc(u.replace(tzinfo=east))))
    print("  timetuple dst:", local.timetuple().tm_isdst, local.timestamp())

amb0 = datetime(2021, 11, 7, 1, 30, tzinfo=east)
amb1 = amb0.replace(fold=1)
print(amb0.utcoffset(), amb1.utcoffset(), amb0 == amb1, amb0 - amb1, amb0.astimezone(UTC), amb1.astimezone(UTC))
print(amb0 == amb0.astimezone(UTC), amb1 == amb1.astimezone(UTC), amb0 != amb0.astimezone(UTC))
print(amb0.astimezone(UTC) < amb1.astimezone(UTC), hash(amb0) == hash(amb1))
print(repr(amb1), amb1.isoformat(), str(amb1))

for bad in [lambda: east.fromutc(datetime(2021, 1, 1)), lambda: east.fromutc(5),
            lambda: timezone.utc.fromutc(datetime(2021, 1, 1)), lambda: timezone.utc.fromutc(5),
            lambda: timezone.utc.utcoffset(5), lambda: timezone.utc.tzname("x"), lambda: timezone.utc.dst(1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), "Z"), timezone(timedelta(hours=3)),
           timezone(-timedelta(hours=3, minutes=30), "NST"), timezone(timedelta(seconds=61, microseconds=5)),
           timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz == timezone.utc,
          hash(tz) == hash(tz.utcoffset(None)), copy.copy(tz) == tz)
print(timezone(timedelta(0)) is timezone.utc, UTC is timezone.utc, timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"))
print(timezone.utc == 5, timezone.utc != "x", {timezone(timedelta(hours=1)): 1}[timezone(timedelta(hours=1), "x")])
for args in [(timedelta(hours=24),), (timedelta(hours=-24),), (timedelta(hours=1), None), (timedelta(0), "")]:
    try:
        print(repr(timezone(*args)))
    except Exception as e:
        print(type(e).__name__, e)
x = datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=2), "Y"))
print(x.astimezone(timezone.utc), x.astimezone(timezone(timedelta(hours=-8))), x.tzname(), x.dst())
print(isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo), tzinfo.__name__)


class NoFromutc(tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None


for bad in [lambda: NoFromutc().fromutc(datetime(2020, 1, 1, tzinfo=_nf))]:
    try:
        _nf = NoFromutc()
        print(_nf.fromutc(datetime(2020, 1, 1, tzinfo=_nf)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(time(1, tzinfo=UTC, fold=1)))
