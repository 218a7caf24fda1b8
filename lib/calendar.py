"""Calendars in the manner of the Unix cal program, kaa's own
implementation of CPython 3.11's calendar module.

Weeks start on Monday (0) unless setfirstweekday() says otherwise. Names
of days and months are those of the C locale.
"""

import datetime
import sys
from itertools import repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    """A month number outside 1..12."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0..6."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


January = 1
February = 2

# Days in each month of a common year; index 0 is a placeholder.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


class _NameList:
    """A read-only sequence of names (the C locale's), indexable and
    sliceable like the list it stands for."""

    def __init__(self, names):
        self._names = tuple(names)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self._names[i])
        return self._names[i]

    def __len__(self):
        return len(self._names)


day_name = _NameList(_DAYS)
day_abbr = _NameList(d[:3] for d in _DAYS)
month_name = _NameList(_MONTHS)
month_abbr = _NameList(m[:3] for m in _MONTHS)

(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY) = range(7)


def isleap(year):
    """Whether year is a leap year of the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in [y1, y2) (y1 <= y2)."""
    a, b = y1 - 1, y2 - 1
    return (b // 4 - a // 4) - (b // 100 - a // 100) + (b // 400 - a // 400)


def weekday(year, month, day):
    """Day of the week, 0 (Monday) to 6 (Sunday); years outside
    datetime's range use the year with the same place in the 400-year
    cycle."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(items, width):
    return [items[i:i + width] for i in range(0, len(items), width)]


class Calendar(object):
    """Month and year layouts as data (weeks of dates or day numbers);
    the subclasses format them."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers, from the first weekday on."""
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        """datetime.date values covering the month in whole weeks."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers covering the month in whole weeks, 0 for days of
        the neighbouring months."""
        first, ndays = monthrange(year, month)
        yield from repeat(0, (first - self.firstweekday) % 7)
        yield from range(1, ndays + 1)
        yield from repeat(0, (self.firstweekday - first - ndays) % 7)

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs, as itermonthdays()."""
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) triples covering the month in whole weeks,
        including the days of the neighbouring months."""
        first, ndays = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - ndays) % 7
        py, pm = _prevmonth(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - before + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) quadruples, as itermonthdays3()."""
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks of datetime.date values."""
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of (day, weekday) pairs."""
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of day numbers (0 outside)."""
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """The year as rows of width months of monthdatescalendar()."""
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """The year as rows of width months of monthdays2calendar()."""
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """The year as rows of width months of monthdayscalendar()."""
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Plain-text calendars like those of the Unix cal program."""

    def prweek(self, theweek, width):
        """Print formatweek() without a newline."""
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        """A day number centred in width (blank for 0)."""
        return ("" if day == 0 else "%2i" % day).center(width)

    def formatweek(self, theweek, width):
        """A week of (day, weekday) pairs as one line."""
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        """A weekday name cut to width and centred (full names from 9)."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """The weekday names of a week, as one line."""
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name (and year) centred in width."""
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth()."""
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: w is the width of a day column, l the number
        of lines per week."""
        w = max(2, w)
        l = max(1, l)
        nl = "\n" * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), nl,
                 self.formatweekheader(w).rstrip(), nl]
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week, w).rstrip())
            parts.append(nl)
        return "".join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text, m months across, c spaces between them."""
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        nl = "\n" * l
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), nl]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(nl)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            out.append(formatstring(names, colwidth, c).rstrip())
            out.append(nl)
            out.append(formatstring((header for k in months), colwidth, c).rstrip())
            out.append(nl)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else "" for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(nl)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear()."""
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Calendars as HTML tables."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """A table cell for a day."""
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """A table row for a week."""
        return "<tr>%s</tr>" % "".join(self.formatday(d, wd) for d, wd in theweek)

    def formatweekday(self, day):
        """A header cell for a weekday."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """The header row of weekday names."""
        return "<tr>%s</tr>" % "".join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The row naming the month."""
        s = "%s %s" % (month_name[themonth], theyear) if withyear else "%s" % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as a table."""
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                 "\n", self.formatmonthname(theyear, themonth, withyear=withyear), "\n",
                 self.formatweekheader(), "\n"]
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week))
            parts.append("\n")
        parts.append("</table>")
        parts.append("\n")
        return "".join(parts)

    def formatyear(self, theyear, width=3):
        """A year as a table of month tables, width months across."""
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year,
                 "\n", '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            parts.append("<tr>")
            for m in range(first, min(first + width, 13)):
                parts.append("<td>")
                parts.append(self.formatmonth(theyear, m, withyear=False))
                parts.append("</td>")
            parts.append("</tr>")
        parts.append("</table>")
        return "".join(parts)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        """A whole XHTML page with the year's calendar, as bytes."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        parts = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                 "<html>\n", "<head>\n",
                 '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            parts.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        parts += ["<title>Calendar for %d</title>\n" % theyear, "</head>\n", "<body>\n",
                  self.formatyear(theyear, width), "</body>\n", "</html>\n"]
        return "".join(parts).encode(encoding, "xmlcharrefreplace")


class LocaleTextCalendar(TextCalendar):
    """TextCalendar with a locale's names: kaa has only the C locale, so
    the names are the C locale's."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar with a locale's names (the C locale's in kaa)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = locale


c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    """Set the first weekday of the module-level calendar functions."""
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print formatstring(cols, colwidth, spacing)."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings cols centred in colwidth, joined by spacing spaces."""
    return (" " * spacing).join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """POSIX seconds of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def main(args):
    """The command line: kaa -m calendar [options] [year [month]]."""
    import argparse
    parser = argparse.ArgumentParser()
    text_opts = parser.add_argument_group("text only arguments")
    html_opts = parser.add_argument_group("html only arguments")
    text_opts.add_argument("-w", "--width", type=int, default=2, help="width of date column (default 2)")
    text_opts.add_argument("-l", "--lines", type=int, default=1,
                           help="number of lines for each week (default 1)")
    text_opts.add_argument("-s", "--spacing", type=int, default=6, help="spacing between months (default 6)")
    text_opts.add_argument("-m", "--months", type=int, default=3, help="months per row (default 3)")
    html_opts.add_argument("-c", "--css", default="calendar.css", help="CSS to use for page")
    parser.add_argument("-L", "--locale", default=None, help="locale to use for month and weekday names")
    parser.add_argument("-e", "--encoding", default=None, help="encoding to use for output")
    parser.add_argument("-t", "--type", default="text", choices=("text", "html"),
                        help="output type (text or html)")
    parser.add_argument("year", nargs="?", type=int, help="year number (1-9999)")
    parser.add_argument("month", nargs="?", type=int, help="month number (1-12, text only)")
    opts = parser.parse_args(args[1:])
    if opts.locale and not opts.encoding:
        parser.error("if --locale is specified --encoding is required")
    year = opts.year if opts.year is not None else datetime.date.today().year
    if opts.type == "html":
        cal = LocaleHTMLCalendar(locale=opts.locale) if opts.locale else HTMLCalendar()
        if opts.month is not None:
            parser.error("incorrect number of arguments")
        encoding = opts.encoding or sys.getdefaultencoding()
        _write_bytes(cal.formatyearpage(year, encoding=encoding, css=opts.css), encoding)
        return
    cal = LocaleTextCalendar(locale=opts.locale) if opts.locale else TextCalendar()
    if opts.month is None:
        result = cal.formatyear(year, w=opts.width, l=opts.lines, c=opts.spacing, m=opts.months)
    else:
        result = cal.formatmonth(year, opts.month, w=opts.width, l=opts.lines)
    if opts.encoding:
        _write_bytes(result.encode(opts.encoding), opts.encoding)
    else:
        sys.stdout.write(result)


def _write_bytes(data, encoding):
    """Write bytes to standard output (through its buffer when it has one;
    kaa's standard streams may not, then the text is written back)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(data)
    else:
        sys.stdout.write(data.decode(encoding))


if __name__ == "__main__":
    main(sys.argv)
