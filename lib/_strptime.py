"""Parsing of date and time strings by format (the C locale), kaa's own
implementation of what datetime.strptime needs from CPython's _strptime.

A format becomes a regular expression, one named group per directive;
the matched fields are then resolved into a date, a time and an offset.
"""

import re

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def _names(group, names):
    alts = sorted(names, key=len, reverse=True)
    return "(?P<%s>%s)" % (group, "|".join(re.escape(n) for n in alts))


_PATTERNS = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": _names("A", _DAYS),
    "a": _names("a", [d[:3] for d in _DAYS]),
    "B": _names("B", _MONTHS),
    "b": _names("b", [m[:3] for m in _MONTHS]),
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt)",
    "%": "%",
}
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _pattern(fmt, seen):
    """The regular expression text for fmt."""
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 == n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _COMPOSITE:
                out.append(_pattern(_COMPOSITE[d], seen))
            elif d in _PATTERNS:
                p = _PATTERNS[d]
                if d in seen and d != "%":
                    # A repeated directive must match the same text.
                    p = "(?P=%s)" % d
                seen.add(d)
                out.append(p)
            else:
                raise ValueError("'%s' is a bad directive in format '%%%s'" % (d, d))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


def _strptime(data, fmt):
    """((year, month, day, hour, minute, second, weekday, yday), us,
    offset seconds or None, offset microseconds, tz name or None)."""
    for name, arg in (("data", data), ("format", fmt)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (1 if name == "data" else 2, type(arg).__name__))
    try:
        regex = re.compile(_pattern(fmt, set()), re.IGNORECASE)
    except ValueError as e:
        if "bad directive" in str(e) and "%" in fmt:
            raise ValueError(str(e).replace("format '%" + str(e)[1] + "'", "format %r" % fmt)) from None
        raise
    m = regex.match(data)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if len(data) != m.end():
        raise ValueError("unconverted data remains: %s" % data[m.end():])
    g = m.groupdict()
    iso_year = year = None
    month = day = 1
    hour = minute = second = us = 0
    offset = None
    off_us = 0
    tzname = None
    iso_week = week = weekday = yday = None
    week_start = None
    for key, v in g.items():
        if v is None:
            continue
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = _MONTHS.index(v.lower()) + 1
        elif key == "b":
            month = [x[:3] for x in _MONTHS].index(v.lower()) + 1
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = (g.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            us = int(v + "0" * (6 - len(v)))
        elif key == "A":
            weekday = _DAYS.index(v.lower())
        elif key == "a":
            weekday = [x[:3] for x in _DAYS].index(v.lower())
        elif key == "w":
            weekday = (int(v) - 1) % 7
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            yday = int(v)
        elif key in ("U", "W"):
            week = int(v)
            week_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            if v == "Z":
                offset = 0
            else:
                offset, off_us = _parse_offset(v)
        elif key == "Z":
            tzname = v
    if iso_year is not None:
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    import datetime as _dt
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if yday is None and weekday is not None:
        if week is not None:
            yday = _week_to_yday(year, week, weekday, week_start)
        elif iso_year is not None:
            d = _dt.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
            yday = d.toordinal() - _dt.date(year, 1, 1).toordinal() + 1
        if yday is not None and yday <= 0:
            year -= 1
            yday += 366 if _dt._is_leap(year) else 365
    if yday is None:
        yday = _dt.date(year, month, day).toordinal() - _dt.date(year, 1, 1).toordinal() + 1
    else:
        d = _dt.date.fromordinal(yday - 1 + _dt.date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _dt.date(year, month, day).weekday()
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, yday), us, offset, off_us, tzname


def _week_to_yday(year, week, weekday, start):
    import datetime as _dt
    first = _dt.date(year, 1, 1).weekday()
    if start == 6:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_len = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_len + (week - 1) * 7 + weekday


def _parse_offset(z):
    sign = -1 if z[0] == "-" else 1
    body = z[1:]
    if ":" in body:
        if body[2] != ":" or (len(body) > 5 and body[5] != ":"):
            raise ValueError("Inconsistent use of : in %s" % z)
        body = body.replace(":", "")
    hours, minutes = int(body[0:2]), int(body[2:4])
    seconds = int(body[4:6] or 0)
    frac = body[7:]
    us = int(frac + "0" * (6 - len(frac))) if frac else 0
    secs = (hours * 60 + minutes) * 60 + seconds
    return sign * secs, sign * us


def _strptime_datetime(cls, data, fmt):
    """cls(...) from data parsed by fmt, with a timezone for %z."""
    tt, us, offset, off_us, tzname = _strptime(data, fmt)
    import datetime as _dt
    args = tt[:6] + (us,)
    if offset is not None:
        delta = _dt.timedelta(seconds=offset, microseconds=off_us)
        tz = _dt.timezone(delta, tzname) if tzname else _dt.timezone(delta)
        args += (tz,)
    return cls(*args)
