import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2023))
print(h.formatyear(2023, 5))
print(h.formatweekheader(), h.formatweekday(3), h.formatday(0, 2), h.formatday(15, 6), h.formatmonthname(2020, 7))
page = h.formatyearpage(2024, 4)
print(type(page).__name__, page[:300])
print(h.formatyearpage(2024, css=None, encoding="ascii")[-200:])


class Custom(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "none"
    cssclass_month = "m"


print(Custom(3).formatmonth(2022, 10))
print(calendar.LocaleHTMLCalendar(1).formatweekheader())
