"""Dates, times, durations and fixed-offset time zones: kaa's own
implementation of CPython 3.11's datetime module (the behaviour of its C
accelerator, _datetime, which is what CPython programs see).

Calendar arithmetic is on the proleptic Gregorian calendar, counting days
as ordinals (0001-01-01 is day 1). The local time zone comes from the time
module (localtime/mktime), the clock from time.time_ns().
"""

import time as _time
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


# ---------------------------------------------------------------- calendar

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    """Days in the years before year y (year 1 starts at 0)."""
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _days_before_month(y, m):
    return _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y))


def _ymd_to_ord(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _ord_to_ymd(n):
    """(year, month, day) of ordinal n."""
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    """Ordinal of the Monday starting ISO week 1 of year."""
    jan1 = _days_before_year(year) + 1
    weekday = (jan1 + 6) % 7
    monday = jan1 - weekday
    if weekday > 3:
        monday += 7
    return monday


def _weekday(y, m, d):
    return (_ymd_to_ord(y, m, d) + 6) % 7


# ---------------------------------------------------------------- checks

def _tpname(obj):
    """The name CPython's C types show in messages: 'datetime.date' for
    this module's types, the bare class name for a subclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    if cls.__module__ == __name__ and cls in _OWN_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _int_arg(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _index(v)


def _check_date(year, month, day):
    year, month, day = _int_arg(year), _int_arg(month), _int_arg(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second = _int_arg(hour), _int_arg(minute), _int_arg(second)
    microsecond, fold = _int_arg(microsecond), _int_arg(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(name, offset):
    """Validate what tzinfo.utcoffset() or dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


_MISSING = object()


def _missing(name, pos):
    raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


def _round_half_even(n, d):
    """n / d rounded to the nearest integer, halves to even (d > 0 or < 0)."""
    q, r = divmod(n, d)
    r2 = 2 * r
    if d > 0:
        if r2 > d or (r2 == d and q % 2 == 1):
            q += 1
    else:
        if r2 < d or (r2 == d and q % 2 == 1):
            q += 1
    return q


def _c_round(x):
    """C's round(): halves away from zero."""
    import math
    r = math.floor(abs(x) + 0.5)
    return -r if x < 0 else r


def _format_offset(off, sep=":"):
    """'+HH:MM' with ':SS' and '.ffffff' when present; '' for None."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


# ---------------------------------------------------------------- timedelta

_US_PER = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1000000),
           ("minutes", 60000000), ("hours", 3600000000), ("days", 86400000000),
           ("weeks", 604800000000))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999),
    days carrying the sign."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        given = {"days": days, "seconds": seconds, "microseconds": microseconds,
                 "milliseconds": milliseconds, "minutes": minutes, "hours": hours, "weeks": weeks}
        total = 0
        leftover = 0.0
        for name, factor in _US_PER:
            v = given[name]
            if isinstance(v, int):
                total += _index(v) * factor
            elif isinstance(v, float):
                whole = int(v) if v == v and v not in (float("inf"), float("-inf")) else int(v)
                frac = v - whole
                total += whole * factor
                if frac:
                    scaled = float(factor) * frac
                    iscaled = int(scaled)
                    total += iscaled
                    leftover += scaled - iscaled
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tpname(self), ", ".join(parts) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return timedelta._from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_half_even(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_half_even(d * self._to_us(), n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmp_key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() != other._cmp_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmp_key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._cmp_key())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- strftime

def _wrap_strftime(fmt, tt, us, tzobj, tzref):
    """Format like time.strftime(fmt, tt), with %f, %z and %Z taken from
    the object (tzobj.utcoffset/tzname called with tzref)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % ("None" if fmt is None else type(fmt).__name__))
    year, month, day, hh, mm, ss, wday, yday = tt[:8]
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "f":
            out.append("%06d" % us)
        elif d == "z":
            off = _check_offset("utcoffset", tzobj.utcoffset(tzref)) if tzobj is not None else None
            out.append(_format_offset(off, ""))
        elif d == "Z":
            name = _call_tzname(tzobj, tzref)
            out.append(name or "")
        elif d in _DIRECTIVES:
            out.append(_DIRECTIVES[d](year, month, day, hh, mm, ss, wday, yday))
        else:
            out.append(_time.strftime("%" + d, tt))
    return "".join(out)


def _week_number(yday, wday, first):
    """%U (first=6, Sunday) or %W (first=0, Monday) week of the year."""
    return (yday - 1 + 7 - (wday - first) % 7) // 7


_DIRECTIVES = {
    "a": lambda y, m, d, H, M, S, w, j: _DAY_NAMES[w][:3],
    "A": lambda y, m, d, H, M, S, w, j: _DAY_NAMES[w],
    "b": lambda y, m, d, H, M, S, w, j: _MONTH_NAMES[m][:3],
    "h": lambda y, m, d, H, M, S, w, j: _MONTH_NAMES[m][:3],
    "B": lambda y, m, d, H, M, S, w, j: _MONTH_NAMES[m],
    "c": lambda y, m, d, H, M, S, w, j: "%s %s %2d %02d:%02d:%02d %d" % (
        _DAY_NAMES[w][:3], _MONTH_NAMES[m][:3], d, H, M, S, y),
    "C": lambda y, m, d, H, M, S, w, j: "%d" % (y // 100),
    "d": lambda y, m, d, H, M, S, w, j: "%02d" % d,
    "D": lambda y, m, d, H, M, S, w, j: "%02d/%02d/%02d" % (m, d, y % 100),
    "e": lambda y, m, d, H, M, S, w, j: "%2d" % d,
    "F": lambda y, m, d, H, M, S, w, j: "%d-%02d-%02d" % (y, m, d),
    "G": lambda y, m, d, H, M, S, w, j: "%d" % _isocal(y, m, d)[0],
    "g": lambda y, m, d, H, M, S, w, j: "%02d" % (_isocal(y, m, d)[0] % 100),
    "H": lambda y, m, d, H, M, S, w, j: "%02d" % H,
    "I": lambda y, m, d, H, M, S, w, j: "%02d" % (H % 12 or 12),
    "j": lambda y, m, d, H, M, S, w, j: "%03d" % j,
    "m": lambda y, m, d, H, M, S, w, j: "%02d" % m,
    "M": lambda y, m, d, H, M, S, w, j: "%02d" % M,
    "n": lambda y, m, d, H, M, S, w, j: "\n",
    "p": lambda y, m, d, H, M, S, w, j: "AM" if H < 12 else "PM",
    "r": lambda y, m, d, H, M, S, w, j: "%02d:%02d:%02d %s" % (H % 12 or 12, M, S, "AM" if H < 12 else "PM"),
    "R": lambda y, m, d, H, M, S, w, j: "%02d:%02d" % (H, M),
    "S": lambda y, m, d, H, M, S, w, j: "%02d" % S,
    "t": lambda y, m, d, H, M, S, w, j: "\t",
    "T": lambda y, m, d, H, M, S, w, j: "%02d:%02d:%02d" % (H, M, S),
    "u": lambda y, m, d, H, M, S, w, j: "%d" % (w + 1),
    "U": lambda y, m, d, H, M, S, w, j: "%02d" % _week_number(j, w, 6),
    "V": lambda y, m, d, H, M, S, w, j: "%02d" % _isocal(y, m, d)[1],
    "w": lambda y, m, d, H, M, S, w, j: "%d" % ((w + 1) % 7),
    "W": lambda y, m, d, H, M, S, w, j: "%02d" % _week_number(j, w, 0),
    "x": lambda y, m, d, H, M, S, w, j: "%02d/%02d/%02d" % (m, d, y % 100),
    "X": lambda y, m, d, H, M, S, w, j: "%02d:%02d:%02d" % (H, M, S),
    "y": lambda y, m, d, H, M, S, w, j: "%02d" % (y % 100),
    "Y": lambda y, m, d, H, M, S, w, j: "%d" % y,
    "%": lambda y, m, d, H, M, S, w, j: "%",
}


def _isocal(y, m, d):
    """(ISO year, ISO week, ISO weekday) of a date."""
    n = _ymd_to_ord(y, m, d)
    iy = y
    week1 = _iso_week1_monday(iy)
    if n < week1:
        iy -= 1
        week1 = _iso_week1_monday(iy)
    elif iy < MAXYEAR and n >= _iso_week1_monday(iy + 1):
        iy += 1
        week1 = _iso_week1_monday(iy)
    week, wd = divmod(n - week1, 7)
    return iy, week + 1, wd + 1


def _struct_time(y, m, d, hh, mm, ss, dst):
    wday = _weekday(y, m, d)
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


# ---------------------------------------------------------------- ISO 8601 parsing

def _digits(s, i, n):
    """int of s[i:i+n] when those are n ASCII digits, else None."""
    part = s[i:i + n]
    if len(part) != n or not all("0" <= c <= "9" for c in part):
        return None
    return int(part)


class _IsoError(Exception):
    pass


def _iso_date_sep_pos(s):
    """Length of the date part of an ISO datetime string (after
    CPython's rules for the ambiguous week forms)."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] == "W":
            if n > 8 and s[8] == "-":
                if n == 9:
                    raise _IsoError
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        i = 7
        while i < n and "0" <= s[i] <= "9":
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_date(s):
    """[year, month, day] from 'YYYY-MM-DD', 'YYYYMMDD' or the ISO week
    forms 'YYYY-Www[-D]', 'YYYYWww[D]'."""
    if len(s) not in (7, 8, 10):
        raise _IsoError
    year = _digits(s, 0, 4)
    if year is None:
        raise _IsoError
    sep = s[4] == "-"
    pos = 4 + sep
    if s[pos:pos + 1] == "W":
        week = _digits(s, pos + 1, 2)
        if week is None:
            raise _IsoError
        pos += 3
        day = 1
        if len(s) > pos:
            if (s[pos] == "-") != sep:
                raise _IsoError
            pos += sep
            day = _digits(s, pos, 1)
            if day is None or pos + 1 != len(s):
                raise _IsoError
        elif len(s) != pos:
            raise _IsoError
        try:
            return list(_from_iso_calendar(year, week, day))
        except ValueError:
            raise _IsoError from None
    month = _digits(s, pos, 2)
    pos += 2
    if month is None or (s[pos:pos + 1] == "-") != sep:
        raise _IsoError
    pos += sep
    day = _digits(s, pos, 2)
    if day is None or pos + 2 != len(s):
        raise _IsoError
    return [year, month, day]


def _parse_hms(s):
    """[hh, mm, ss, us] from 'HH[:MM[:SS[.f+]]]' or the compact form."""
    comps = [0, 0, 0, 0]
    n = len(s)
    pos = 0
    sep = False
    for k in range(3):
        v = _digits(s, pos, 2)
        if v is None:
            raise _IsoError
        comps[k] = v
        pos += 2
        nxt = s[pos:pos + 1]
        if k == 0:
            sep = nxt == ":"
        if not nxt or k == 2:
            break
        if sep and nxt != ":":
            raise _IsoError
        pos += sep
    if pos < n:
        if s[pos] not in ".,":
            raise _IsoError
        pos += 1
        frac = s[pos:]
        if not frac or not all("0" <= c <= "9" for c in frac):
            raise _IsoError
        digits = frac[:6]
        comps[3] = int(digits) * 10 ** (6 - len(digits))
    return comps


def _parse_iso_time(s):
    """[hh, mm, ss, us, tzinfo] from a time with an optional offset."""
    if len(s) < 2:
        raise _IsoError
    tzpos = -1
    for i, c in enumerate(s):
        if c in "+-Z":
            tzpos = i
            break
    comps = _parse_hms(s if tzpos < 0 else s[:tzpos])
    tz = None
    if tzpos >= 0:
        if s[tzpos] == "Z":
            if tzpos != len(s) - 1:
                raise _IsoError
            tz = timezone.utc
        else:
            rest = s[tzpos + 1:]
            if len(rest) in (0, 1, 3):
                raise _IsoError
            t = _parse_hms(rest)
            if t[:3] == [0, 0, 0]:
                # As CPython: a zero whole-second offset is UTC, whatever
                # its microseconds.
                tz = timezone.utc
            else:
                off = timedelta(hours=t[0], minutes=t[1], seconds=t[2], microseconds=t[3])
                if s[tzpos] == "-":
                    off = -off
                tz = timezone(off)
    comps.append(tz)
    return comps


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            jan1 = (_days_before_year(year) + 1 + 6) % 7
            ok = jan1 == 3 or (jan1 == 2 and _is_leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord_to_ymd(n)


# ---------------------------------------------------------------- date

class date:
    """A calendar date (year, month, day) of the proleptic Gregorian
    calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if year is _MISSING:
            _missing("year", 1)
        if month is _MISSING:
            _missing("month", 2)
        if day is _MISSING:
            _missing("day", 3)
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def _make(cls, y, m, d):
        """A date of class cls from valid fields (a subclass's constructor
        is called, as CPython does)."""
        if cls is date:
            self = object.__new__(cls)
            self._year, self._month, self._day = y, m, d
            self._hashcode = -1
            return self
        return cls(y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        tm = _time.localtime(_timestamp_seconds(t)[0])
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of a proleptic Gregorian ordinal (1 is 0001-01-01)."""
        n = _int_arg(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd(n)[0])
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        """Parse 'YYYY-MM-DD', 'YYYYMMDD' or an ISO week date."""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) not in (7, 8, 10):
                raise _IsoError
            return cls(*_parse_iso_date(s))
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week number and weekday."""
        return cls(*_from_iso_calendar(_int_arg(year), _int_arg(week), _int_arg(day)))

    @property
    def year(self):
        """Year, 1..9999."""
        return self._year

    @property
    def month(self):
        """Month, 1..12."""
        return self._month

    @property
    def day(self):
        """Day of the month."""
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """'Www Mmm dd 00:00:00 YYYY'."""
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()][:3],
                                           _MONTH_NAMES[self._month][:3], self._day, self._year)

    def strftime(self, fmt):
        """Format with time.strftime's directives (time fields zero)."""
        return _wrap_strftime(fmt, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """time.struct_time of the date, the time fields zero."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Proleptic Gregorian ordinal, 0001-01-01 being 1."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A date with the given fields changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return self.weekday() + 1

    def isocalendar(self):
        """IsoCalendarDate(year, week, weekday)."""
        return IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(("date",) + self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAXORDINAL:
                return type(self)._make(*_ord_to_ymd(n))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._date_key())


class IsoCalendarDate(tuple):
    """The (year, week, weekday) tuple of date.isocalendar(), with names."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        name = type(self).__name__
        if type(self) is IsoCalendarDate:
            name = "datetime." + name
        return "%s(year=%d, week=%d, weekday=%d)" % (name, self[0], self[1], self[2])


IsoCalendarDate.__module__ = "datetime"
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zones: subclasses define utcoffset(),
    dst() and tzname()."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of the time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta, positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> the DST adjustment as a timedelta."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """A UTC datetime (with tzinfo self) -> the same moment in local
        time, from utcoffset() and dst()."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        std = off - dst
        if std:
            dt += std
            dst = _check_offset("dst", dt.dst())
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, "__dict__", None) or None
        if state is None:
            return (type(self), args)
        return (type(self), args, state)


# ---------------------------------------------------------------- time

class time:
    """A time of day (hour, minute, second, microsecond) with an optional
    tzinfo and the fold of PEP 495."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour, doc="hour (0-23)")
    minute = property(lambda self: self._minute, doc="minute (0-59)")
    second = property(lambda self: self._second, doc="second (0-59)")
    microsecond = property(lambda self: self._microsecond, doc="microsecond (0-999999)")
    tzinfo = property(lambda self: self._tzinfo, doc="timezone info object")
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        """Parse 'HH[:MM[:SS[.ffffff]]][+HH:MM...]' (an optional leading 'T')."""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s[1:] if s[:1] == "T" else s
        try:
            return cls(*_parse_iso_time(t))
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None

    def utcoffset(self):
        """The offset of tzinfo.utcoffset(None), or None."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """tzinfo.dst(None), or None."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """tzinfo.tzname(None), or None."""
        return _call_tzname(self._tzinfo, None)

    def isoformat(self, timespec="auto"):
        """'HH:MM:SS[.ffffff][+HH:MM]'; timespec picks the last field."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        """Format with the date fields of 1900-01-01."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(fmt, tt, self._microsecond, self._tzinfo, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_tpname(self), s)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """A time with the given fields changed (tzinfo=None drops the zone)."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _fields(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return op(self._fields(), other._fields())
        a, b = self.utcoffset(), other.utcoffset()
        if a == b:
            return op(self._fields(), other._fields())
        if a is None or b is None:
            if op is _eq:
                return False
            if op is _ne:
                return True
            raise TypeError("can't compare offset-naive and offset-aware times")
        x = (timedelta(hours=self._hour, minutes=self._minute, seconds=self._second) - a,
             self._microsecond)
        y = (timedelta(hours=other._hour, minutes=other._minute, seconds=other._second) - b,
             other._microsecond)
        return op(x, y)

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self._hashcode = hash(("time",) + t._fields())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - off, timedelta(hours=1))
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m // timedelta(minutes=1), self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        args = self._fields()
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

def _timestamp_seconds(t):
    """(seconds, microseconds) of a timestamp, microseconds rounded half
    to even as CPython's _PyTime_ObjectToTimeval."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(t)
        frac = t - whole
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1
        elif us < 0:
            us += 1000000
            whole -= 1
        return whole, us
    if isinstance(t, int) or hasattr(type(t), "__index__"):
        return _index(t), 0
    if hasattr(type(t), "__float__"):
        return _timestamp_seconds(float(t))
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)


def _utc_fields(secs):
    """(y, m, d, hh, mm, ss) of a POSIX second count, in UTC."""
    days, secs = divmod(secs, 86400)
    n = days + _EPOCH_ORDINAL
    if not 0 < n <= _MAXORDINAL:
        raise ValueError("year %d is out of range" % _ord_to_ymd(n)[0] if n > 0 else
                         "year %d is out of range" % 0)
    y, m, d = _ord_to_ymd(n)
    hh, secs = divmod(secs, 3600)
    mm, ss = divmod(secs, 60)
    return y, m, d, hh, mm, ss


def _local_fields(secs):
    tm = _time.localtime(secs)
    return tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59)


def _local_timezone(secs):
    tm = _time.localtime(secs)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if year is _MISSING:
            _missing("year", 1)
        if month is _MISSING:
            _missing("month", 2)
        if day is _MISSING:
            _missing("day", 3)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour, doc="hour (0-23)")
    minute = property(lambda self: self._minute, doc="minute (0-59)")
    second = property(lambda self: self._second, doc="second (0-59)")
    microsecond = property(lambda self: self._microsecond, doc="microsecond (0-999999)")
    tzinfo = property(lambda self: self._tzinfo, doc="timezone info object")
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        secs, us = _timestamp_seconds(t)
        fields = _utc_fields(secs) if utc else _local_fields(secs)
        result = cls(*fields, us, tz)
        if tz is None and not utc:
            # A local time that happens twice (clocks set back) is the
            # second one, fold=1, when the earlier day's offset differs.
            day = 86400
            probe = cls(*_local_fields(secs - day), us, tz)
            shift = result - probe - timedelta(0, day)
            if shift.days < 0:
                again = cls(*_local_fields(secs + shift // timedelta(0, 1)), us, tz)
                if again == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local (or tz's) datetime of a POSIX timestamp."""
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current local (or tz's) date and time."""
        _check_tzinfo(tz)
        ns = _time.time_ns()
        secs, ns = divmod(ns, 10 ** 9)
        return cls._fromtimestamp(secs, tz is not None, tz).replace(microsecond=ns // 1000) \
            if tz is None else tz.fromutc(cls(*_utc_fields(secs), ns // 1000, tz))

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        secs, ns = divmod(_time.time_ns(), 10 ** 9)
        return cls(*_utc_fields(secs), ns // 1000)

    @classmethod
    def today(cls):
        """The current local date and time, naive."""
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """A datetime from a date and a time (tzinfo defaults to time's)."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _tpname(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _tpname(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        """Parse an ISO 8601 date, optionally followed by any one
        separator character and a time with an optional offset."""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) < 7:
                raise _IsoError
            n = _iso_date_sep_pos(s)
            ymd = _parse_iso_date(s[:n])
            rest = s[n + 1:]
            if len(s) > n:
                if not rest:
                    raise _IsoError
                hms = _parse_iso_time(rest)
            else:
                hms = [0, 0, 0, 0, None]
        except (_IsoError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        if hms[0] == 24 and hms[1:4] == [0, 0, 0]:
            raise ValueError("hour must be in 0..23")
        return cls(*(ymd + hms))

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string with the directives of time.strptime."""
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def date(self):
        """The date part."""
        return _date_class(self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """The time part with tzinfo."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        """tzinfo.utcoffset(self), or None."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """tzinfo.dst(self), or None."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """tzinfo.tzname(self), or None."""
        return _call_tzname(self._tzinfo, self)

    def timetuple(self):
        """time.struct_time; tm_isdst from dst()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, flag)

    def utctimetuple(self):
        """time.struct_time in UTC (aware) or as is (naive), tm_isdst 0."""
        off = self.utcoffset()
        t = self
        if off:
            t = t - off
        return _struct_time(t.year, t.month, t.day, t.hour, t.minute, t.second, 0)

    def _local_timestamp(self):
        """POSIX seconds of this naive local time, honouring fold."""
        epoch = datetime(1970, 1, 1)
        naive = (self.replace(microsecond=0, tzinfo=None) - epoch) // timedelta(0, 1)
        # Try the offsets in force a day before and after.
        a = naive - (_local_utc_offset(naive - 86400))
        b = naive - (_local_utc_offset(naive + 86400))
        ua = a if _local_naive(a) == naive else None
        ub = b if _local_naive(b) == naive else None
        if ua is not None and ub is not None:
            if ua == ub:
                return ua
            return max(ua, ub) if self._fold else min(ua, ub)
        if ua is not None or ub is not None:
            return ua if ua is not None else ub
        # In a gap: fold 0 uses the earlier offset.
        return max(a, b) if self._fold == 0 else min(a, b)

    def timestamp(self):
        """POSIX timestamp as a float."""
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        """The same moment in tz (the local zone by default)."""
        _check_tzinfo(tz)
        mytz = self._tzinfo
        if mytz is None:
            off = None
        else:
            off = self.utcoffset()
        if off is None:
            # The local zone's offset at this wall time, applied to the
            # wall time itself (in a gap this moves the time, as CPython).
            secs = self._local_timestamp()
            off = timedelta(seconds=_local_utc_offset(secs))
            utc = datetime(*self._dt_fields()) - off
            if tz is None:
                tz = _local_timezone((utc - datetime(1970, 1, 1)) // timedelta(0, 1))
        else:
            if tz is mytz:
                return self
            utc = (self - off).replace(tzinfo=None)
            if tz is None:
                secs = (utc - datetime(1970, 1, 1)) // timedelta(0, 1)
                tz = _local_timezone(secs)
        utc = utc.replace(tzinfo=tz)
        result = tz.fromutc(utc)
        if type(result) is not type(self) and type(self) is not datetime:
            result = type(self)(*result._dt_fields(), result.tzinfo, fold=result.fold)
        return result

    def _dt_fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def ctime(self):
        """'Www Mmm dd HH:MM:SS YYYY'."""
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(" ")

    def strftime(self, fmt):
        """Format with time.strftime's directives plus %f, %z, %Z."""
        return _wrap_strftime(fmt, self.timetuple(), self._microsecond, self._tzinfo, self)

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_tpname(self), s)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A datetime with the given fields changed (tzinfo=None makes it naive)."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, _date_class):
                if op is _eq:
                    return False
                if op is _ne:
                    return True
                raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return op(self._dt_fields(), other._dt_fields())
        a, b = self.utcoffset(), other.utcoffset()
        if (op is _eq or op is _ne) and a is not None and b is not None:
            # PEP 495: a time in a fold or gap never equals anything in
            # another zone.
            if self.replace(fold=not self._fold).utcoffset() != a or \
                    other.replace(fold=not other._fold).utcoffset() != b:
                return op is _ne
        if a == b:
            return op(self._dt_fields(), other._dt_fields())
        if a is None or b is None:
            if op is _eq:
                return False
            if op is _ne:
                return True
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        return op(diff, timedelta(0))

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(("datetime",) + t._dt_fields())
            else:
                days = _ymd_to_ord(self._year, self._month, self._day)
                secs = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, secs, self._microsecond) - off)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
        us += other._to_us()
        days, us = divmod(us, 86400000000)
        n = self.toordinal() + days
        if not 0 < n <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(us, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        y, m, d = _ord_to_ymd(n)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days = self.toordinal() - other.toordinal()
        secs = (self._hour - other._hour) * 3600 + (self._minute - other._minute) * 60 + \
            (self._second - other._second)
        base = timedelta(days, secs, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        a, b = self.utcoffset(), other.utcoffset()
        if a == b:
            return base
        if a is None or b is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + b - a

    def __reduce__(self):
        args = self._dt_fields()
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


def _local_utc_offset(secs):
    """Seconds east of UTC of the local zone at POSIX time secs."""
    tm = _time.localtime(secs)
    y, m, d, hh, mm, ss = tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec
    local = (_ymd_to_ord(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss
    return local - secs


def _local_naive(secs):
    """The local wall time of POSIX secs, as seconds since a naive epoch."""
    return secs + _local_utc_offset(secs)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_date_class = date
_time_class = time


# ---------------------------------------------------------------- timezone

class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset=_MISSING, name=_MISSING):
        if offset is _MISSING:
            _missing("offset", 1)
        if name is _MISSING:
            name = None
        elif name is None:
            raise TypeError("timezone() argument 2 must be str, not None")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and "utc" in cls.__dict__:
            return cls.utc
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tpname(self), self._offset)
        return "%s(%r, %r)" % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        """The fixed offset."""
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        """The name given, else 'UTC' or 'UTC+HH:MM'."""
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        """None: a fixed offset has no DST."""
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        """dt (UTC, tzinfo self) plus the offset."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_OWN_TYPES = (date, time, datetime, timedelta, timezone, tzinfo)

# datetime_CAPI is C-only; reading it says so.
