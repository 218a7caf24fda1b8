from datetime import date, datetime, time, timedelta, timezone


def t(f, s):
    try:
        print(repr(s), repr(f(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)


for s in ["2020-01-02", "20200102", "2020-W01", "2020W01", "2020-W01-3", "2020W013", "2020-W53-7",
          "2021-W53", "2020-W00", "2020-W01-0", "2020-W01-8", "0000-01-01", "2020-02-30", "2020-13-01",
          "2020-1-01", "2020-01-1", "2020/01/02", "202001-02", "2020-0102", "2020-01-02T", " 2020-01-02",
          "２０２０-01-02", "2020-W1", "2020W1", "2020-W013", "2020W01-3", "", "2020", "99999-01-01"]:
    t(date.fromisoformat, s)
for s in ["12", "12:34", "1234", "12:34:56", "123456", "12:34:56.7", "12:34:56.789", "12:34:56,789012",
          "12:34:56.7890123", "12:34:56.1234567891", "12:34:56.", "12:34:56.x", "123456.5",
          "12:3456", "1234:56", "T12:34", "12:34Z", "12:34+01", "12:34-0130", "12:34+01:30:15",
          "12:34+01:30:15.5", "12:34+00:00", "12:34-00", "12:34+1", "12:34+013", "12:34Zx",
          "24:00", "25:00", "12:60", "12:34:61", "1", "", "12:34:56.123+05:00", "12:34:56+0530", "12:34:5"]:
    t(time.fromisoformat, s)
for s in ["2020-01-02T03:04:05", "2020-01-02 03:04:05.678", "2020-01-02x03", "20200102T030405",
          "2020-01-02T03:04:05+05:30", "2020-01-02T03:04:05Z", "2020-W05-2T10", "2020W052T10:00",
          "2020W05T10", "2020-01-02", "2020-01-02T", "2020-01-02T24:00", "2020-01-02T03:04:05-23:59",
          "2020-01-02T03:04:05+24:00", "2020-01-02T3", "2020-01-02T03:04:05.123456789",
          "2020-01-0203:04", "2020-01-02T03:04:05 ", "2020-W01-1T00", "2020-W011", "2020W0110"]:
    t(datetime.fromisoformat, s)
for bad in (None, 5, b"2020-01-01"):
    for f in (date.fromisoformat, time.fromisoformat, datetime.fromisoformat):
        try:
            f(bad)
        except TypeError as e:
            print(type(e).__name__, e)

d = datetime(2020, 1, 2, 3, 4, 5, 678901)
for ts in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"):
    try:
        print(d.isoformat(timespec=ts), d.time().isoformat(ts), d.replace(microsecond=0).isoformat(" ", ts))
    except ValueError as e:
        print(type(e).__name__, e)
print(d.isoformat("_"), d.isoformat(sep="x"))
for tz in (timezone.utc, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30, seconds=7)),
           timezone(timedelta(microseconds=-1)), timezone.max, timezone.min):
    x = d.replace(tzinfo=tz)
    print(x.isoformat(), str(x), x.timetz().isoformat(), str(x.timetz()))
    print(datetime.fromisoformat(x.isoformat()) == x, repr(datetime.fromisoformat(x.isoformat())))
for dd in (date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31)):
    print(dd.isoformat(), date.fromisoformat(dd.isoformat()))
