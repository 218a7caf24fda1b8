import calendar
import datetime

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023), calendar.isleap(0), calendar.isleap(-4))
print(calendar.leapdays(2000, 2025), calendar.leapdays(1, 10000), calendar.leapdays(2025, 2000), calendar.leapdays(-400, 400), calendar.leapdays(1900, 1901))
for y, m, d in [(2024, 1, 1), (1, 1, 1), (9999, 12, 31), (0, 1, 1), (-1, 6, 15), (10000, 1, 1), (12345, 5, 5), (1970, 1, 1)]:
    print(calendar.weekday(y, m, d), end=" ")
print()
for y in (1900, 2000, 2023, 2024, 9999, 0, 10000):
    print([calendar.monthrange(y, m) for m in (1, 2, 12)])
for args in [(2024, 0), (2024, 13), (2024, -1)]:
    try:
        calendar.monthrange(*args)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print(type(e).__name__, e)
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_name), calendar.month_name[1:4], calendar.day_abbr[-1], calendar.month_abbr[::4])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays, calendar.EPOCH, calendar.error)
print(sorted(calendar.__all__))
import time
for tt in [(1970, 1, 1, 0, 0, 0), (2000, 2, 29, 12, 30, 45), (1969, 12, 31, 23, 59, 59), (2038, 1, 19, 3, 14, 8),
           (1, 1, 1, 0, 0, 0), (2024, 13, 1, 0, 0, 0) if False else (2024, 12, 31, 24, 0, 0), (2020, 1, 32, 0, 0, 0)]:
    print(calendar.timegm(tt), end=" ")
print(calendar.timegm(time.gmtime(1234567890)))
try:
    calendar.timegm((2020, 13, 1, 0, 0, 0))
except ValueError as e:
    print(type(e).__name__, e)

cal = calendar.Calendar()
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
cal.setfirstweekday(9)
print(cal.firstweekday, list(cal.iterweekdays()))
cal = calendar.Calendar(6)
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2)))
print(list(cal.itermonthdays3(2024, 3)))
print(list(cal.itermonthdays4(2024, 12)))
print(list(cal.itermonthdates(2025, 1))[:3], list(cal.itermonthdates(2025, 1))[-3:])
print(cal.monthdayscalendar(2015, 2), cal.monthdays2calendar(2015, 2)[0])
print(cal.monthdatescalendar(2021, 5)[0])
print(calendar.Calendar(0).yeardayscalendar(2024, 4)[0][0], len(calendar.Calendar(0).yeardayscalendar(2024, 5)))
print(calendar.Calendar(2).yeardays2calendar(2023)[3][2][-1], calendar.Calendar().yeardatescalendar(2023, 6)[1][5][-1])
print(list(calendar.Calendar().itermonthdays3(1, 1))[:2], list(calendar.Calendar().itermonthdays3(9999, 12))[-3:])
for f in (lambda: list(calendar.Calendar().itermonthdates(1, 1)), lambda: list(calendar.Calendar().itermonthdates(9999, 12))):
    try:
        print(f()[:2])
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
