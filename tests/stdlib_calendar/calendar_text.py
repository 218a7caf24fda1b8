import calendar

print(calendar.month(2024, 2), end="")
print(calendar.month(2021, 8, 4, 2), end="")
print(calendar.month(1, 1, 0, 0), end="")
print(repr(calendar.month(9999, 12, 3)))
print(calendar.calendar(2024), end="")
print(calendar.calendar(2023, 3, 2, 8, 4), end="")
print(calendar.calendar(2025, 1, 1, 1, 6), end="")
print(calendar.calendar(2022, m=2, c=2), end="")
calendar.prmonth(2020, 3)
calendar.prcal(2019, m=5)
for fw in range(7):
    tc = calendar.TextCalendar(fw)
    print(fw, repr(tc.formatweekheader(3)), repr(tc.formatweekheader(9)), repr(tc.formatweekheader(1)))
    print(tc.formatmonth(2026, 11), end="")
tc = calendar.TextCalendar(calendar.SUNDAY)
print(repr(tc.formatweek([(0, 6), (1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5)], 2)))
print(repr(tc.formatday(7, 0, 5)), repr(tc.formatday(0, 0, 3)), repr(tc.formatweekday(2, 12)),
      repr(tc.formatmonthname(2020, 5, 20)), repr(tc.formatmonthname(2020, 5, 20, False)))
tc.prweek([(1, 0)] * 7, 2)
print()
print(repr(calendar.weekheader(2)), repr(calendar.week([(1, 0), (0, 1)], 3)))
print(repr(calendar.formatstring(["a", "bb", "ccc"], 5, 2)))
calendar.format(["x", "y"], 4, 1)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6), end="")
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(0)
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print(type(e).__name__, e)
print(calendar.LocaleTextCalendar(6).formatmonth(2024, 1).splitlines()[1])
