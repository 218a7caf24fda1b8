"""Decimal fixed- and floating-point arithmetic after the General
Decimal Arithmetic Specification: kaa's own implementation of the core of
CPython 3.11's decimal module (see docs/decimal.md).

Covered: construction, string forms, comparisons and hashing, the
arithmetic operators with correct rounding in every mode, quantize,
rounding to integers, contexts with flags and traps. Not yet: exp, ln,
log10, non-exact powers, sqrt, the logical operations and __format__
with a format spec; those raise NotImplementedError rather than give an
approximate answer.
"""

import math as _math
import numbers as _numbers
import sys as _sys


__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context."""


class InvalidOperation(DecimalException):
    """An operation with no sensible result."""


class ConversionSyntax(InvalidOperation):
    """A string that is not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient too long for the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class Inexact(DecimalException):
    """Non-zero digits were discarded in rounding."""


class InvalidContext(InvalidOperation):
    """An invalid context."""


class Rounded(DecimalException):
    """Digits were discarded in rounding (zero or not)."""


class Subnormal(DecimalException):
    """A result below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """A result with an exponent above Emax."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result that was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float mixed with Decimals (in construction or comparison)."""


# The order CPython (libmpdec) reports signals in.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
# The order Context.__repr__ lists them in.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
               Subnormal, Underflow)
_CONDITIONS = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
               DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ---------------------------------------------------------------- contexts

class _SignalDict(dict):
    """The flags or traps of a context: a dict of signal -> bool."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError("invalid signal dict")
        dict.__setitem__(self, key, bool(value))


def _signal_dict(given):
    d = _SignalDict((s, False) for s in _SIGNALS)
    if given is None:
        return d
    if isinstance(given, dict):
        if len(given) != len(_SIGNALS) or any(k not in given for k in _SIGNALS):
            raise KeyError("invalid signal dict")
        for k, v in given.items():
            d[k] = v
    else:
        for k in given:
            d[k] = True
    return d


class Context(object):
    """Precision, rounding, exponent limits and the flags and traps of
    the signals, for the operations done under it."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = _default_template
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = dict(base.traps) if base else [InvalidOperation, DivisionByZero, Overflow]
        self.traps = _signal_dict(traps)
        self.flags = _signal_dict(flags if flags is not None else [])

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                                "ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == "Emin":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name == "capitals":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for capitals are 0 or 1")
        elif name == "clamp":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for clamp are 0 or 1")
        elif name in ("flags", "traps"):
            if not isinstance(value, _SignalDict):
                value = _signal_dict(value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        flags = ", ".join(s.__name__ for s in _REPR_ORDER if self.flags[s])
        traps = ", ".join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, flags, traps))

    def Etiny(self):
        """Emin - prec + 1, the smallest exponent of a subnormal."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """Emax - prec + 1, the largest exponent when clamp is 1."""
        return self.Emax - self.prec + 1

    def copy(self):
        """A copy with its own flags and traps."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        """Reset all flags."""
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        """Disable all traps."""
        for s in _SIGNALS:
            self.traps[s] = False

    def _report(self, conditions):
        """Set the flags of the conditions raised by one operation; raise
        the first trapped signal (CPython's order), listing them all."""
        if not conditions:
            return
        raised = set()
        for c in conditions:
            raised.add(_CONDITIONS.get(c, c))
        for s in raised:
            self.flags[s] = True
        trapped = [s for s in _SIGNALS if s in raised and self.traps[s]]
        if trapped:
            listed = []
            for s in _SIGNALS:
                if s in raised and self.traps[s]:
                    if s is InvalidOperation:
                        listed += [c for c in conditions if _CONDITIONS.get(c, c) is InvalidOperation]
                    else:
                        listed.append(s)
            seen = []
            for c in listed:
                if c not in seen:
                    seen.append(c)
            raise trapped[0](seen)

    def create_decimal(self, num="0"):
        """num rounded to this context."""
        conds = []
        if isinstance(num, str) and (num != num.strip() or "_" in num):
            # Unlike Decimal(), no surrounding whitespace or underscores.
            num = "?"
        d = _to_decimal(num, self, conds)
        if d._special == "n" and len(str(d._int)) > self.prec - self.clamp and d._int:
            conds.append(ConversionSyntax)
            d = _nan()
        else:
            d = _finish(d, self, conds)
        self._report(conds)
        return d

    def create_decimal_from_float(self, f):
        """A float, exactly, then rounded to this context."""
        if not isinstance(f, (int, float)):
            raise TypeError("argument must be int or float")
        conds = []
        d = _finish(_from_float(f), self, conds)
        self._report(conds)
        return d

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                                 self.clamp, [s for s in _SIGNALS if self.flags[s]],
                                 [s for s in _SIGNALS if self.traps[s]]))


_default_template = None
DefaultContext = Context()
_default_template = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[s for s in _SIGNALS if s not in (Inexact, Rounded, Subnormal)])
BasicContext.traps[FloatOperation] = False
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])


class _Current:
    """Holder of the current context (kaa runs one thread per
    interpreter, and the module object owns this holder)."""

    __slots__ = ("context",)


_current = _Current()
_current.context = None


def getcontext():
    """The current context (a copy of DefaultContext at first)."""
    ctx = _current.context
    if ctx is None:
        ctx = _current.context = DefaultContext.copy()
    return ctx


def setcontext(context):
    """Make context current (a copy, for the three module templates)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current.context = context


class _LocalContext:
    def __init__(self, ctx):
        self.new = ctx

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """A context manager running its block under a copy of ctx (or of the
    current context) with the given attributes changed."""
    if ctx is None:
        ctx = getcontext()
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _LocalContext(new)


# ---------------------------------------------------------------- numbers

def _ndigits(c):
    """Number of decimal digits of the non-negative int c (1 for 0),
    without converting big values to str."""
    if c < 10 ** 18:
        return len(str(c))
    n = (c.bit_length() * 1233) >> 12
    while 10 ** n <= c:
        n += 1
    while 10 ** (n - 1) > c:
        n -= 1
    return n


def _make(sign, coeff, exp, special=None):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _nan(sign=0, payload=0, signaling=False):
    return _make(sign, payload, 0, "N" if signaling else "n")


def _inf(sign):
    return _make(sign, 0, 0, "F")


def _increment(q, r, drop, sign, rounding):
    """Whether the kept part q must be incremented, given the dropped
    part r of drop digits."""
    if r == 0:
        return False
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_05UP:
        return q % 10 in (0, 5)
    half = 5 * 10 ** (drop - 1)
    if r > half:
        return True
    if r < half:
        return False
    if rounding == ROUND_HALF_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return False
    return q % 2 == 1


def _drop_digits(coeff, drop, sign, rounding):
    """(rounded coefficient, inexact) after dropping drop low digits."""
    if drop <= 0:
        return coeff, False
    nd = _ndigits(coeff)
    if drop > nd + 1:
        # Everything is below the rounding digit: a non-zero value less
        # than half a unit.
        if coeff == 0:
            return 0, False
        return (1 if _increment(0, 1, 2, sign, rounding) else 0), True
    q, r = divmod(coeff, 10 ** drop)
    if _increment(q, r, drop, sign, rounding):
        q += 1
    return q, r != 0


def _overflow_result(sign, ctx):
    r = ctx.rounding
    largest = _make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
        return _inf(sign)
    if r == ROUND_CEILING:
        return _inf(sign) if sign == 0 else largest
    if r == ROUND_FLOOR:
        return _inf(sign) if sign == 1 else largest
    return largest


def _finish(d, ctx, conds):
    """d rounded and fitted to ctx (GDAS "finalization"), conditions
    appended to conds."""
    if d._special:
        if d._special in "nN":
            limit = ctx.prec - ctx.clamp
            if d._int and _ndigits(d._int) > limit:
                return _make(d._sign, d._int % 10 ** limit, 0, d._special)
        return d
    sign, coeff, exp = d._sign, d._int, d._exp
    etiny = ctx.Emin - ctx.prec + 1
    etop = ctx.Emax - ctx.prec + 1
    if coeff == 0:
        top = etop if ctx.clamp else ctx.Emax
        new = min(max(exp, etiny), top)
        if new != exp:
            conds.append(Clamped)
            return _make(sign, 0, new)
        return d
    nd = _ndigits(coeff)
    exp_min = nd + exp - ctx.prec
    if exp_min > etop:
        conds += [Overflow, Inexact, Rounded]
        return _overflow_result(sign, ctx)
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if exp < exp_min:
        drop = exp_min - exp
        q, inexact = _drop_digits(coeff, drop, sign, ctx.rounding)
        if _ndigits(q) > ctx.prec:
            q //= 10
            exp_min += 1
        if exp_min > etop:
            conds += [Overflow, Inexact, Rounded]
            return _overflow_result(sign, ctx)
        result = _make(sign, q, exp_min)
        if inexact and subnormal:
            conds.append(Underflow)
        if subnormal:
            conds.append(Subnormal)
        if inexact:
            conds.append(Inexact)
        conds.append(Rounded)
        if q == 0:
            conds.append(Clamped)
        return result
    if subnormal:
        conds.append(Subnormal)
    if ctx.clamp == 1 and exp > etop:
        conds.append(Clamped)
        return _make(sign, coeff * 10 ** (exp - etop), etop)
    return d


# ---------------------------------------------------------------- conversions

def _is_digits(s):
    return s != "" and all(c.isdigit() for c in s)


def _digits_value(s):
    """int of a run of (possibly non-ASCII) decimal digits."""
    return int("".join(str(int(c)) for c in s)) if s else 0


def _parse(text):
    """The Decimal a numeric string spells, or None."""
    # CPython's C module drops every underscore.
    s = text.strip().replace("_", "")
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return _inf(sign)
    for prefix, signaling in (("snan", True), ("nan", False)):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not _is_digits(payload):
                return None
            return _nan(sign, _digits_value(payload), signaling)
    exp = 0
    epos = max(low.find("e"), -1)
    if epos >= 0:
        etext = s[epos + 1:]
        s = s[:epos]
        esign = 1
        if etext[:1] in ("+", "-"):
            esign = -1 if etext[0] == "-" else 1
            etext = etext[1:]
        if not _is_digits(etext):
            return None
        exp = esign * _digits_value(etext)
    whole, dot, frac = s.partition(".")
    if (whole and not _is_digits(whole)) or (frac and not _is_digits(frac)) or not (whole or frac):
        return None
    coeff = _digits_value(whole + frac)
    return _make(sign, coeff, exp - len(frac))


def _from_float(f):
    if isinstance(f, int):
        return _from_int(f)
    if _math.isnan(f):
        return _nan(1 if _math.copysign(1.0, f) < 0 else 0)
    if _math.isinf(f):
        return _inf(1 if f < 0 else 0)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k exactly.
    return _make(sign, n * 5 ** k, -k)


def _from_int(i):
    return _make(1 if i < 0 else 0, abs(i), 0)


def _to_decimal(value, ctx, conds):
    """Decimal(value) without rounding."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        d = _parse(value)
        if d is None:
            conds.append(ConversionSyntax)
            return _nan()
        return d
    if isinstance(value, int):
        return _from_int(value)
    if isinstance(value, float):
        conds.append(FloatOperation)
        return _from_float(value)
    if isinstance(value, (tuple, list)):
        return _from_tuple(value)
    raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = t
    if sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == "F":
        return _inf(sign)
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coeff = 0
    for dgt in digits:
        if not isinstance(dgt, int) or not 0 <= dgt <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + dgt
    if exp in ("n", "N"):
        return _nan(sign, coeff, exp == "N")
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return _make(sign, coeff, exp)


def _operand(x, ctx, conds):
    """The Decimal for an arithmetic operand, or None when the operation
    is not supported with it."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    return None


def _context(ctx):
    if ctx is None:
        return getcontext()
    if not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    return ctx


def _nan_result(a, b, ctx, conds):
    """The result of an operation with a NaN operand, or None."""
    for x in (a, b):
        if x is not None and x._special == "N":
            conds.append(InvalidOperation)
            return _finish(_make(x._sign, x._int, 0, "n"), ctx, conds)
    for x in (a, b):
        if x is not None and x._special == "n":
            return _finish(x, ctx, conds)
    return None


def _add(a, b, ctx, conds):
    n = _nan_result(a, b, ctx, conds)
    if n is not None:
        return n
    if a._special == "F" or b._special == "F":
        if a._special == "F" and b._special == "F" and a._sign != b._sign:
            conds.append(InvalidOperation)
            return _nan()
        return a if a._special == "F" else b
    exp = min(a._exp, b._exp)
    if a._int == 0 and b._int == 0:
        sign = (a._sign | b._sign) if ctx.rounding == ROUND_FLOOR else (a._sign & b._sign)
        return _finish(_make(sign, 0, exp), ctx, conds)
    if a._int == 0 or b._int == 0:
        # x + 0: x at the smaller exponent, but no more than the
        # precision (and one digit) below x's own.
        x = b if a._int == 0 else a
        e = max(exp, x._exp - ctx.prec - 1)
        return _finish(_make(x._sign, x._int * 10 ** (x._exp - e), e), ctx, conds)
    # Keep the smaller operand from widening the sum beyond what the
    # rounding can see: below the larger's last digit and the precision,
    # any non-zero value acts as a sticky 1.
    big, small = (a, b) if a._exp >= b._exp else (b, a)
    limit = min(big._exp, big._exp + _ndigits(big._int) - ctx.prec + 1) - 4
    if small._exp + _ndigits(small._int) - 1 < limit:
        small = _make(small._sign, 1, limit)
        exp = limit
    x = big._int * 10 ** (big._exp - exp)
    y = small._int * 10 ** (small._exp - exp)
    vx = -x if big._sign else x
    vy = -y if small._sign else y
    total = vx + vy
    if total == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(_make(sign, 0, exp), ctx, conds)
    return _finish(_make(1 if total < 0 else 0, abs(total), exp), ctx, conds)


def _negate(x):
    return _make(1 - x._sign, x._int, x._exp, x._special)


def _mul(a, b, ctx, conds):
    n = _nan_result(a, b, ctx, conds)
    if n is not None:
        return n
    sign = a._sign ^ b._sign
    if a._special == "F" or b._special == "F":
        if (a._special is None and a._int == 0) or (b._special is None and b._int == 0):
            conds.append(InvalidOperation)
            return _nan()
        return _inf(sign)
    return _finish(_make(sign, a._int * b._int, a._exp + b._exp), ctx, conds)


def _div(a, b, ctx, conds):
    n = _nan_result(a, b, ctx, conds)
    if n is not None:
        return n
    sign = a._sign ^ b._sign
    if a._special == "F":
        if b._special == "F":
            conds.append(InvalidOperation)
            return _nan()
        return _inf(sign)
    if b._special == "F":
        conds.append(Clamped)
        return _make(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            conds.append(DivisionUndefined)
            return _nan()
        conds.append(DivisionByZero)
        return _inf(sign)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(_make(sign, 0, ideal), ctx, conds)
    shift = _ndigits(b._int) - _ndigits(a._int) + ctx.prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    if r:
        # Inexact: make the last digit carry the "more than zero" bit.
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(_make(sign, q, exp), ctx, conds)


def _divint_parts(a, b, ctx, conds, want):
    """(quotient, remainder) of truncating division, either may be None
    when not wanted; handles specials and zero divisors."""
    n = _nan_result(a, b, ctx, conds)
    if n is not None:
        return n, n
    sign = a._sign ^ b._sign
    if a._special == "F":
        if b._special == "F":
            conds.append(InvalidOperation)
            return _nan(), _nan()
        if want != "quot":
            conds.append(InvalidOperation)
        return _inf(sign), _nan()
    if b._special == "F":
        return _make(sign, 0, 0), (_finish(a, ctx, conds) if want != "quot" else None)
    if b._int == 0:
        if a._int == 0:
            conds.append(DivisionUndefined)
            return _nan(), _nan()
        if want == "rem":
            conds.append(InvalidOperation)
            return _nan(), _nan()
        if want == "both":
            conds += [InvalidOperation, DivisionByZero]
            return _inf(sign), _nan()
        conds.append(DivisionByZero)
        return _inf(sign), None
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if _ndigits(q) > ctx.prec:
        conds.append(DivisionImpossible)
        return _nan(), _nan()
    quot = _finish(_make(sign, q, 0), ctx, conds) if want != "rem" else None
    rem = _finish(_make(a._sign, r, exp), ctx, conds) if want != "quot" else None
    return quot, rem


def _compare_finite(a, b):
    """-1, 0 or 1 for finite or infinite (not NaN) a and b."""
    if a._special == "F" or b._special == "F":
        va = (-1 if a._sign else 1) * (2 if a._special == "F" else 0)
        vb = (-1 if b._sign else 1) * (2 if b._special == "F" else 0)
        if va == vb:
            return 0
        if a._special != "F":
            va = 0
        if b._special != "F":
            vb = 0
        return -1 if va < vb else 1
    if a._int == 0 and b._int == 0:
        return 0
    if a._int == 0:
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a = a._exp + _ndigits(a._int) - 1
    adj_b = b._exp + _ndigits(b._int) - 1
    if adj_a != adj_b:
        r = 1 if adj_a > adj_b else -1
    else:
        e = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - e)
        y = b._int * 10 ** (b._exp - e)
        r = (x > y) - (x < y)
    return -r if a._sign else r


def _sci_string(d, eng, caps):
    """to-scientific-string (or to-engineering-string) of d."""
    sign = "-" if d._sign else ""
    if d._special == "F":
        return sign + "Infinity"
    if d._special in ("n", "N"):
        return sign + ("NaN" if d._special == "n" else "sNaN") + (str(d._int) if d._int else "")
    digits = str(d._int)
    lead = d._exp + len(digits)  # digits before the point in plain notation
    if d._exp <= 0 and lead > -6:
        point = lead
    elif not eng:
        point = 1
    elif d._int == 0:
        point = (lead + 1) % 3 - 1
    else:
        point = (lead - 1) % 3 + 1
    if point <= 0:
        body = "0." + "0" * -point + digits
    elif point >= len(digits):
        body = digits + "0" * (point - len(digits))
    else:
        body = digits[:point] + "." + digits[point:]
    if lead != point:
        body += ("E" if caps else "e") + "%+d" % (lead - point)
    return sign + body


def _binary(name, op, swap=False):
    """A binary operator method: op(a, b, ctx, conds) with ints accepted."""
    def method(self, other, context=None):
        ctx = _context(context) if context is not None else getcontext()
        conds = []
        o = _operand(other, ctx, conds)
        if o is None:
            return NotImplemented
        a, b = (o, self) if swap else (self, o)
        r = op(a, b, ctx, conds)
        ctx._report(conds)
        return r
    method.__name__ = name
    return method


def _sub(a, b, ctx, conds):
    n = _nan_result(a, b, ctx, conds)
    if n is not None:
        return n
    return _add(a, _negate(b), ctx, conds)


def _floordiv(a, b, ctx, conds):
    q, _ = _divint_parts(a, b, ctx, conds, "quot")
    return q


def _mod(a, b, ctx, conds):
    _, r = _divint_parts(a, b, ctx, conds, "rem")
    return r


def _divmod(a, b, ctx, conds):
    return _divint_parts(a, b, ctx, conds, "both")


class Decimal(object):
    """An exact decimal number (sign, integer coefficient, exponent), or
    an infinity or NaN. Arithmetic rounds to the current context."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        ctx = _context(context)
        conds = []
        d = _to_decimal(value, ctx, conds)
        if conds:
            ctx._report(conds)
        if cls is Decimal and d.__class__ is Decimal:
            return d
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int)."""
        if not isinstance(f, (int, float)):
            raise TypeError("argument must be int or float")
        d = _from_float(f)
        return d if cls is Decimal else cls(d)

    # ---- string forms

    def __str__(self, eng=False, context=None):
        return _sci_string(self, eng, _context(context).capitals)

    def __repr__(self):
        return "Decimal('%s')" % _sci_string(self, False, getcontext().capitals)

    def to_eng_string(self, context=None):
        """The engineering notation (exponents multiples of three)."""
        return _sci_string(self, True, _context(context).capitals)

    def __format__(self, spec, _localeconv=None):
        if not isinstance(spec, str):
            raise TypeError("format spec must be a string")
        if spec == "":
            return str(self)
        return _format(self, spec, getcontext())

    # ---- parts

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(c) for c in str(self._int)) if self._int else ((0,) if not self._special else ())
        if self._special:
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms."""
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return n // g, d // g

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    def copy_abs(self):
        """|self|, no rounding or signals."""
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        """-self, no rounding or signals."""
        return _negate(self)

    def copy_sign(self, other, context=None):
        """self with the sign of other."""
        o = _operand(other, None, [])
        if o is None:
            raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
        return _make(o._sign, self._int, self._exp, self._special)

    # ---- predicates

    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return self._special is None

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() >= _context(context).Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() < _context(context).Emin

    # ---- conversions

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def _check_int_conversion(self):
        if self._special in ("n", "N"):
            raise ValueError("cannot convert NaN to integer")
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer")

    def __int__(self):
        self._check_int_conversion()
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special == "N":
            raise ValueError("cannot convert signaling NaN to float")
        if self._special == "n":
            return float("-nan") if self._sign else float("nan")
        return float(_sci_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def _to_integral(self, rounding):
        """Rounded to exponent 0 (self when already integral)."""
        if self._special or self._exp >= 0:
            return self, False
        q, inexact = _drop_digits(self._int, -self._exp, self._sign, rounding)
        return _make(self._sign, q, 0), inexact

    def __floor__(self):
        self._check_int_conversion()
        return int(self._to_integral(ROUND_FLOOR)[0])

    def __ceil__(self):
        self._check_int_conversion()
        return int(self._to_integral(ROUND_CEILING)[0])

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_make(0, 1, -n))
        self._check_int_conversion()
        return int(self._to_integral(ROUND_HALF_EVEN)[0])

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer (exponent 0 if it was negative), no
        Inexact or Rounded signals."""
        ctx = _context(context)
        conds = []
        n = _nan_result(self, None, ctx, conds)
        if n is not None:
            ctx._report(conds)
            return n
        r, _ = self._to_integral(rounding or ctx.rounding)
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """to_integral_value, signalling Inexact and Rounded."""
        ctx = _context(context)
        conds = []
        n = _nan_result(self, None, ctx, conds)
        if n is not None:
            ctx._report(conds)
            return n
        r, inexact = self._to_integral(rounding or ctx.rounding)
        if r is not self and self._int:
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
        ctx._report(conds)
        return r

    # ---- comparisons and hashing

    def _cmp_operand(self, other, ordering, ctx):
        """other as a Decimal for a comparison, NotImplemented, or a
        (numerator, denominator) pair for a Fraction."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            # Ordering signals FloatOperation; equality only sets the flag.
            if ordering:
                ctx._report([FloatOperation])
            else:
                ctx.flags[FloatOperation] = True
            return _from_float(other)
        if isinstance(other, complex) and not ordering and other.imag == 0:
            ctx.flags[FloatOperation] = True
            return _from_float(other.real)
        if isinstance(other, _numbers.Rational):
            return other
        return NotImplemented

    def _compare(self, other, op):
        ctx = getcontext()
        ordering = op not in ("eq", "ne")
        o = self._cmp_operand(other, ordering, ctx)
        if o is NotImplemented:
            return NotImplemented
        if isinstance(o, _numbers.Rational) and not isinstance(o, Decimal):
            if self._special in ("n", "N"):
                if ordering or self._special == "N":
                    ctx._report([InvalidOperation])
                return op == "ne"
            if self._special == "F":
                c = -1 if self._sign else 1
            else:
                n, d = self.as_integer_ratio()
                c = (n * o.denominator > o.numerator * d) - (n * o.denominator < o.numerator * d)
            return _apply(op, c)
        if self._special in ("n", "N") or o._special in ("n", "N"):
            if ordering or self._special == "N" or o._special == "N":
                ctx._report([InvalidOperation])
            return op == "ne"
        return _apply(op, _compare_finite(self, o))

    def __eq__(self, other):
        return self._compare(other, "eq")

    def __ne__(self, other):
        return self._compare(other, "ne")

    def __lt__(self, other):
        return self._compare(other, "lt")

    def __le__(self, other):
        return self._compare(other, "le")

    def __gt__(self, other):
        return self._compare(other, "gt")

    def __ge__(self, other):
        return self._compare(other, "ge")

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == "n":
                return object.__hash__(self)
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        m = _sys.hash_info.modulus
        if self._exp >= 0:
            h = self._int % m * pow(10, self._exp, m) % m
        else:
            h = self._int % m * pow(pow(10, -self._exp, m), -1, m) % m
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def compare(self, other, context=None):
        """-1, 0 or 1 as a Decimal; NaN for NaN operands."""
        ctx = _context(context)
        conds = []
        o = _operand(other, ctx, conds)
        if o is None:
            raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
        n = _nan_result(self, o, ctx, conds)
        if n is None:
            n = _from_int(_compare_finite(self, o))
        ctx._report(conds)
        return n

    # ---- arithmetic

    __add__ = _binary("__add__", _add)
    __radd__ = _binary("__radd__", _add, True)
    __sub__ = _binary("__sub__", _sub)
    __rsub__ = _binary("__rsub__", _sub, True)
    __mul__ = _binary("__mul__", _mul)
    __rmul__ = _binary("__rmul__", _mul, True)
    __truediv__ = _binary("__truediv__", _div)
    __rtruediv__ = _binary("__rtruediv__", _div, True)
    __floordiv__ = _binary("__floordiv__", _floordiv)
    __rfloordiv__ = _binary("__rfloordiv__", _floordiv, True)
    __mod__ = _binary("__mod__", _mod)
    __rmod__ = _binary("__rmod__", _mod, True)
    __divmod__ = _binary("__divmod__", _divmod)
    __rdivmod__ = _binary("__rdivmod__", _divmod, True)

    def _unary(self, sign, context):
        ctx = _context(context)
        conds = []
        n = _nan_result(self, None, ctx, conds)
        if n is None:
            if self._special is None and self._int == 0 and ctx.rounding != ROUND_FLOOR:
                sign = 0
            r = _make(sign, self._int, self._exp, self._special)
            n = _finish(r, ctx, conds) if not self._special else r
        ctx._report(conds)
        return n

    def __neg__(self, context=None):
        return self._unary(1 - self._sign, context)

    def __pos__(self, context=None):
        return self._unary(self._sign, context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(0, context)

    def __pow__(self, other, modulo=None, context=None):
        o = _operand(other, None, [])
        if o is None:
            return NotImplemented
        if modulo is not None:
            raise NotImplementedError("kaa's decimal does not compute three-argument pow yet")
        return _power(self, o, _context(context))

    def __rpow__(self, other, modulo=None, context=None):
        o = _operand(other, None, [])
        if o is None:
            return NotImplemented
        return _power(o, self, _context(context))

    # ---- context methods

    def _op(name, fn):
        def method(self, other, context=None):
            ctx = _context(context)
            conds = []
            o = _operand(other, ctx, conds)
            if o is None:
                raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
            r = fn(self, o, ctx, conds)
            ctx._report(conds)
            return r
        method.__name__ = name
        return method

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        ctx = _context(context)
        conds = []
        e = _operand(exp, ctx, conds)
        if e is None:
            raise TypeError("conversion from %s to Decimal is not supported" % type(exp).__name__)
        r = _quantize(self, e, rounding or ctx.rounding, ctx, conds)
        ctx._report(conds)
        return r

    def same_quantum(self, other, context=None):
        """Whether the exponents are equal (or both infinite/both NaN)."""
        o = _operand(other, None, [])
        if o is None:
            raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
        if self._special or o._special:
            return (self._special in ("n", "N") and o._special in ("n", "N")) or \
                (self._special == "F" and o._special == "F")
        return self._exp == o._exp

    def normalize(self, context=None):
        """Rounded, with trailing zeros stripped."""
        ctx = _context(context)
        conds = []
        n = _nan_result(self, None, ctx, conds)
        if n is None:
            r = _finish(self, ctx, conds)
            if r._special is None:
                if r._int == 0:
                    r = _make(r._sign, 0, 0)
                else:
                    c, e = r._int, r._exp
                    top = ctx.Etop() if ctx.clamp else ctx.Emax
                    while c % 10 == 0 and e < top:
                        c //= 10
                        e += 1
                    r = _make(r._sign, c, e)
            n = r
        ctx._report(conds)
        return n

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def sqrt(self, context=None):
        """Square root, correctly rounded (always half-even, as the
        specification says)."""
        ctx = _context(context)
        conds = []
        r = _sqrt(self, ctx, conds)
        ctx._report(conds)
        return r

    def _other(self, other):
        o = _operand(other, None, [])
        if o is None:
            raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
        return o

    def _pick(self, other, context, mag, want_max):
        ctx = _context(context)
        o = self._other(other)
        conds = []
        sn, on = _nan_kind(self), _nan_kind(o)
        if sn or on:
            if on == 1 and sn == 0:
                r = _finish(self, ctx, conds)
            elif sn == 1 and on == 0:
                r = _finish(o, ctx, conds)
            else:
                r = _nan_result(self, o, ctx, conds)
        else:
            a, b = (self.copy_abs(), o.copy_abs()) if mag else (self, o)
            c = _compare_finite(a, b)
            if c == 0:
                c = _total_order(self, o)
            if want_max:
                r = o if c == -1 else self
            else:
                r = o if c == 1 else self
            r = _finish(r, ctx, conds)
        ctx._report(conds)
        return r

    def max(self, other, context=None):
        """The larger operand (a quiet NaN loses to a number)."""
        return self._pick(other, context, False, True)

    def min(self, other, context=None):
        """The smaller operand (a quiet NaN loses to a number)."""
        return self._pick(other, context, False, False)

    def max_mag(self, other, context=None):
        """The operand larger in magnitude."""
        return self._pick(other, context, True, True)

    def min_mag(self, other, context=None):
        """The operand smaller in magnitude."""
        return self._pick(other, context, True, False)

    def compare_signal(self, other, context=None):
        """compare(), signalling InvalidOperation for any NaN."""
        ctx = _context(context)
        o = self._other(other)
        if self.is_nan() or o.is_nan():
            conds = [InvalidOperation]
            r = _nan_result(self, o, ctx, []) if (self._special == "N" or o._special == "N") else _nan()
            if self._special != "N" and o._special != "N":
                r = _nan_result(self, o, ctx, [])
            ctx._report(conds)
            return r
        return self.compare(o, ctx)

    def compare_total(self, other, context=None):
        """Total order of the representations, as Decimal -1, 0 or 1."""
        return _from_int(_total_order(self, self._other(other)))

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        return _from_int(_total_order(self.copy_abs(), self._other(other).copy_abs()))

    def number_class(self, context=None):
        """'+Normal', '-Zero', 'NaN', 'sNaN', '+Infinity' and so on."""
        ctx = _context(context)
        if self._special == "N":
            return "sNaN"
        if self._special == "n":
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._special == "F":
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if self.adjusted() < ctx.Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    def _step(self, ctx, up):
        conds = []
        n = _nan_result(self, None, ctx, conds)
        if n is not None:
            return n, conds
        largest = _make(0, 10 ** ctx.prec - 1, ctx.Etop())
        if self._special == "F":
            if (self._sign == 0) == up:
                return self, []
            return (_negate(largest) if up else largest), []
        work = ctx.copy()
        work.rounding = ROUND_CEILING if up else ROUND_FLOOR
        fixed = _finish(self, work, [])
        if _compare_finite(fixed, self) != 0:
            return fixed, []
        tiny = _make(0 if up else 1, 1, ctx.Etiny() - 1)
        return _add(self, tiny, work, []), []

    def next_plus(self, context=None):
        """The smallest representable number above self."""
        ctx = _context(context)
        r, conds = self._step(ctx, True)
        ctx._report(conds)
        return r

    def next_minus(self, context=None):
        """The largest representable number below self."""
        ctx = _context(context)
        r, conds = self._step(ctx, False)
        ctx._report(conds)
        return r

    def next_toward(self, other, context=None):
        """The next representable number from self toward other."""
        ctx = _context(context)
        o = self._other(other)
        conds = []
        n = _nan_result(self, o, ctx, conds)
        if n is not None:
            ctx._report(conds)
            return n
        c = _compare_finite(self, o)
        if c == 0:
            return _make(o._sign, self._int, self._exp, self._special)
        r, _ = self._step(ctx, c < 0)
        if r._special == "F":
            conds += [Overflow, Inexact, Rounded]
        elif r.adjusted() < ctx.Emin:
            conds += [Underflow, Subnormal, Inexact, Rounded]
            if r._int == 0:
                conds.append(Clamped)
        ctx._report(conds)
        return r

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = _context(context)
        o = self._other(other)
        t = self._other(third)
        conds = []
        r = None
        for x in (self, o, t):
            if x._special == "N":
                conds.append(InvalidOperation)
                r = _finish(_make(x._sign, x._int, 0, "n"), ctx, conds)
                break
        if r is None:
            for x in (self, o, t):
                if x._special == "n":
                    r = _finish(x, ctx, conds)
                    break
        if r is None:
            sign = self._sign ^ o._sign
            if self._special == "F" or o._special == "F":
                if (self._special is None and self._int == 0) or (o._special is None and o._int == 0):
                    conds.append(InvalidOperation)
                    r = _nan()
                else:
                    product = _inf(sign)
            else:
                product = _make(sign, self._int * o._int, self._exp + o._exp)
            if r is None:
                r = _add(product, t, ctx, conds)
        ctx._report(conds)
        return r

    def scaleb(self, other, context=None):
        """self with other added to its exponent."""
        ctx = _context(context)
        o = self._other(other)
        conds = []
        n = _nan_result(self, o, ctx, conds)
        if n is None:
            limit = 2 * (ctx.Emax + ctx.prec)
            if o._special or o._exp != 0 or not -limit <= int(o) <= limit:
                conds.append(InvalidOperation)
                n = _nan()
            elif self._special == "F":
                n = self
            else:
                n = _finish(_make(self._sign, self._int, self._exp + int(o)), ctx, conds)
        ctx._report(conds)
        return n

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        ctx = _context(context)
        conds = []
        n = _nan_result(self, None, ctx, conds)
        if n is None:
            if self._special == "F":
                n = _inf(0)
            elif self._int == 0:
                conds.append(DivisionByZero)
                n = _inf(1)
            else:
                n = _finish(_from_int(self.adjusted()), ctx, conds)
        ctx._report(conds)
        return n

    def _logical(self, other, context, fn):
        ctx = _context(context)
        operands = [self] if other is None else [self, self._other(other)]
        digits = []
        for x in operands:
            text = str(x._int)
            if x._special or x._sign or x._exp != 0 or text.strip("01"):
                ctx._report([InvalidOperation])
                return _nan()
            digits.append(text.rjust(ctx.prec, "0")[-ctx.prec:])
        if other is None:
            out = "".join("1" if d == "0" else "0" for d in digits[0])
        else:
            out = "".join(fn(x, y) for x, y in zip(*digits))
        return _make(0, int(out), 0)

    def logical_and(self, other, context=None):
        """Digit-wise and of two logical operands (digits 0 and 1)."""
        return self._logical(other, context, lambda x, y: "1" if x == y == "1" else "0")

    def logical_or(self, other, context=None):
        """Digit-wise or of two logical operands."""
        return self._logical(other, context, lambda x, y: "1" if "1" in (x, y) else "0")

    def logical_xor(self, other, context=None):
        """Digit-wise exclusive or of two logical operands."""
        return self._logical(other, context, lambda x, y: "1" if x != y else "0")

    def logical_invert(self, context=None):
        """Digit-wise inversion over the precision."""
        return self._logical(None, context, None)

    def _move(self, other, context, rotate):
        ctx = _context(context)
        o = self._other(other)
        conds = []
        n = _nan_result(self, o, ctx, conds)
        if n is not None:
            ctx._report(conds)
            return n
        if o._special or o._exp != 0 or not -ctx.prec <= int(o) <= ctx.prec:
            ctx._report([InvalidOperation])
            return _nan()
        if self._special == "F":
            return self
        k = int(o)
        digits = str(self._int).rjust(ctx.prec, "0")[-ctx.prec:]
        if rotate:
            k %= ctx.prec
            moved = digits[k:] + digits[:k]
        elif k >= 0:
            moved = (digits + "0" * k)[-ctx.prec:]
        else:
            moved = ("0" * -k + digits)[:ctx.prec]
        return _make(self._sign, int(moved), self._exp)

    def rotate(self, other, context=None):
        """The coefficient's digits (padded to the precision) rotated left
        by other places (right when negative)."""
        return self._move(other, context, True)

    def shift(self, other, context=None):
        """The coefficient's digits shifted left by other places (right
        when negative), within the precision."""
        return self._move(other, context, False)

    def exp(self, context=None):
        """e ** self, correctly rounded (half-even)."""
        ctx = _context(context)
        conds = []
        r = _exp(self, ctx, conds)
        ctx._report(conds)
        return r

    def ln(self, context=None):
        """Natural logarithm, correctly rounded (half-even)."""
        ctx = _context(context)
        conds = []
        r = _log(self, ctx, conds, False)
        ctx._report(conds)
        return r

    def log10(self, context=None):
        """Base-ten logarithm, correctly rounded (half-even); exact for
        powers of ten."""
        ctx = _context(context)
        conds = []
        r = _log(self, ctx, conds, True)
        ctx._report(conds)
        return r


def _sqrt(a, ctx, conds):
    n = _nan_result(a, None, ctx, conds)
    if n is not None:
        return n
    if a._special == "F":
        if a._sign:
            conds.append(InvalidOperation)
            return _nan()
        return a
    ideal = a._exp // 2
    if a._int == 0:
        return _finish(_make(a._sign, 0, ideal), ctx, conds)
    if a._sign:
        conds.append(InvalidOperation)
        return _nan()
    c, e = a._int, a._exp
    if e % 2:
        c *= 10
        e -= 1
    # Scale so that the integer root has at least prec + 1 digits.
    k = max(ctx.prec + 1 - (_ndigits(c) + 1) // 2, 0)
    c *= 10 ** (2 * k)
    root = _math.isqrt(c)
    exp = e // 2 - k
    if root * root == c:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    elif root % 5 == 0:
        # The true root lies strictly above: let the last digit say so.
        root += 1
    work = ctx.copy()
    work.rounding = ROUND_HALF_EVEN
    return _finish(_make(0, root, exp), work, conds)


def _nan_kind(x):
    return 1 if x._special == "n" else 2 if x._special == "N" else 0


def _total_order(a, b):
    """-1, 0 or 1: the total order of the specification (signs, then
    NaNs and infinities, then value, then exponent)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {"n": 3, "N": 2, "F": 1, None: 0}
    ra, rb = rank[a._special], rank[b._special]
    if ra != rb:
        c = (ra > rb) - (ra < rb)
    elif ra >= 2:
        c = (a._int > b._int) - (a._int < b._int)
    elif ra == 1:
        c = 0
    else:
        c = _compare_finite(_make(0, a._int, a._exp), _make(0, b._int, b._exp))
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


# ---------------------------------------------------------------- exp and logarithms
#
# Fixed-point integers v standing for v / 10**W. Each function returns an
# approximation within a few units of its last place; the callers work
# with guard digits and check that the rounding is decided (Ziv's
# strategy), adding digits when it is not.

def _tdiv(a, b):
    """a / b truncated toward zero (b > 0), so that series of negative
    terms end."""
    return -(-a // b) if a < 0 else a // b


def _atanh_inv(n, scale):
    """atanh(1/n) * scale, for an integer n >= 2."""
    term = scale // n
    total = term
    n2 = n * n
    k = 1
    while term:
        term //= n2
        total += term // (2 * k + 1)
        k += 1
    return total


def _ln2(scale):
    return 2 * _atanh_inv(3, scale)


def _ln10(scale):
    # 10 = 2**3 * 1.25 and ln 1.25 = 2 atanh(1/9).
    return 3 * _ln2(scale) + 2 * _atanh_inv(9, scale)


def _ln_near_one(m, scale):
    """ln(m / scale) * scale for m / scale in about [0.75, 1.5]."""
    z = _tdiv((m - scale) * scale, m + scale)
    z2 = z * z // scale
    term = z
    total = z
    k = 1
    while term:
        term = _tdiv(term * z2, scale)
        total += _tdiv(term, 2 * k + 1)
        k += 1
    return 2 * total


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w (c > 0), error a few units."""
    scale = 10 ** w
    d = _ndigits(c)
    m = c * scale // 10 ** d  # c / 10**d in [0.1, 1), scaled
    j = 0
    while m < 3 * scale // 4:
        m *= 2
        j += 1
    k = e + d
    extra = len(str(abs(k))) + 2
    big = 10 ** (w + extra)
    ln2 = _ln2(big)
    ln10 = _ln10(big)
    return _ln_near_one(m, scale) + (k * ln10 - j * ln2) // 10 ** extra


def _exp_fixed(x, w):
    """exp(x / 10**w) as (v, n): about v / 10**w * 10**n, |x| / 10**w
    below 10**9."""
    scale = 10 ** w
    extra = 12
    big = 10 ** (w + extra)
    ln10 = _ln10(big)
    xb = x * 10 ** extra
    n = (2 * xb + ln10) // (2 * ln10)
    y = (xb - n * ln10) // 10 ** extra  # |y| / scale <= about 1.16
    term = scale
    total = scale
    i = 1
    while term:
        term = _tdiv(term * y, scale * i)
        total += term
        i += 1
    return total, n


def _round_key(v, q, ctx):
    """(coefficient, exponent) of the positive v * 10**q rounded half-even
    to ctx's precision (or to Etiny for subnormals)."""
    nd = _ndigits(v)
    target = max(q + nd - ctx.prec, ctx.Etiny())
    if target <= q:
        return v, q
    c, _ = _drop_digits(v, target - q, 0, ROUND_HALF_EVEN)
    if _ndigits(c) > ctx.prec:
        c //= 10
        target += 1
    return c, target


def _decided(v, q, err, ctx):
    """Whether every value within err units of v rounds alike."""
    return _round_key(max(v - err, 1), q, ctx) == _round_key(v + err, q, ctx)


def _half_even(ctx):
    work = ctx.copy()
    work.rounding = ROUND_HALF_EVEN
    return work


def _exp(a, ctx, conds):
    n = _nan_result(a, None, ctx, conds)
    if n is not None:
        return n
    if a._special == "F":
        return _make(0, 0, 0) if a._sign else a
    if a._int == 0:
        return _make(0, 1, 0)
    p = ctx.prec
    adj = a.adjusted()
    work = _half_even(ctx)
    if a._sign == 0 and adj > len(str((ctx.Emax + 1) * 3)):
        return _finish(_make(0, 1, ctx.Emax + 1), work, conds)
    if a._sign == 1 and adj > len(str((-ctx.Etiny() + 1) * 3)):
        return _finish(_make(0, 1, ctx.Etiny() - 1), work, conds)
    if a._sign == 0 and adj < -p:
        return _finish(_make(0, 10 ** p + 1, -p), work, conds)
    if a._sign == 1 and adj < -p - 1:
        return _finish(_make(0, 10 ** (p + 1) - 1, -p - 1), work, conds)
    w = p + 10
    while True:
        shift = a._exp + w
        x = a._int * 10 ** shift if shift >= 0 else a._int // 10 ** -shift
        if a._sign:
            x = -x
        v, k = _exp_fixed(x, w)
        err = 10 ** 4
        if _decided(v, k - w, err, ctx):
            return _finish(_make(0, v * 10 + 1, k - w - 1), work, conds)
        w += 10


def _log(a, ctx, conds, base10):
    n = _nan_result(a, None, ctx, conds)
    if n is not None:
        return n
    if a._special == "F":
        if a._sign:
            conds.append(InvalidOperation)
            return _nan()
        return a
    if a._int == 0:
        return _inf(1)
    if a._sign:
        conds.append(InvalidOperation)
        return _nan()
    work = _half_even(ctx)
    d = _ndigits(a._int)
    if a._int == 10 ** (d - 1):
        # A power of ten: ln(1) is 0, log10 is exact.
        k = a._exp + d - 1
        if base10:
            return _finish(_from_int(k), work, conds)
        if k == 0:
            return _make(0, 0, 0)
    w = ctx.prec + 10 + len(str(abs(a._exp + d)))
    while True:
        g = w + 12
        v = _ln_fixed(a._int, a._exp, g)
        if base10:
            v = v * 10 ** g // _ln10(10 ** g)
        sign = 1 if v < 0 else 0
        mag = abs(v)
        err = 10 ** 4
        if mag > 10 ** (ctx.prec + 16) and _decided(mag, -g, err, ctx):
            return _finish(_make(sign, mag * 10 + 1, -g - 1), work, conds)
        w += 10 + max(0, ctx.prec + 16 - _ndigits(mag))


def _apply(op, c):
    if op == "eq":
        return c == 0
    if op == "ne":
        return c != 0
    if op == "lt":
        return c < 0
    if op == "le":
        return c <= 0
    if op == "gt":
        return c > 0
    return c >= 0


def _quantize(a, e, rounding, ctx, conds):
    n = _nan_result(a, e, ctx, conds)
    if n is not None:
        return n
    if a._special == "F" or e._special == "F":
        if a._special == "F" and e._special == "F":
            return a
        conds.append(InvalidOperation)
        return _nan()
    exp = e._exp
    if not ctx.Etiny() <= exp <= ctx.Emax:
        conds.append(InvalidOperation)
        return _nan()
    if a._int == 0:
        return _finish(_make(a._sign, 0, exp), ctx, conds)
    if a.adjusted() > ctx.Emax or a.adjusted() - exp + 1 > ctx.prec:
        conds.append(InvalidOperation)
        return _nan()
    if exp >= a._exp:
        q, inexact = _drop_digits(a._int, exp - a._exp, a._sign, rounding)
    else:
        q, inexact = a._int * 10 ** (a._exp - exp), False
    r = _make(a._sign, q, exp)
    if q and r.adjusted() > ctx.Emax or _ndigits(q) > ctx.prec:
        conds.append(InvalidOperation)
        return _nan()
    if q and r.adjusted() < ctx.Emin:
        conds.append(Subnormal)
    if exp > a._exp:
        if inexact:
            conds.append(Inexact)
        conds.append(Rounded)
    return _finish(r, ctx, conds)


def _power(a, b, ctx):
    """a ** b when the result is exact or b a small non-negative integer
    and the result rounds once; otherwise NotImplementedError."""
    conds = []
    n = _nan_result(a, b, ctx, conds)
    if n is not None:
        ctx._report(conds)
        return n
    if a._special or b._special or b._exp < 0 and b._int % 10 ** -b._exp:
        raise NotImplementedError("kaa's decimal computes only integer powers of finite numbers yet")
    e = int(b)
    if a._int == 0 and e == 0:
        conds.append(InvalidOperation)
        ctx._report(conds)
        return _nan()
    if e < 0:
        return _negative_power(a, -e, ctx, conds)
    if a._int == 0:
        # A zero to a positive power is a plain zero (exponent 0).
        r = _make(a._sign if e % 2 else 0, 0, 0)
        ctx._report(conds)
        return r
    if a._int > 1 and e * _math.log10(a._int) > ctx.prec + 1:
        raise NotImplementedError("kaa's decimal computes only exact powers yet")
    coeff = a._int ** e
    if _ndigits(coeff) > ctx.prec:
        raise NotImplementedError("kaa's decimal computes only exact powers yet")
    return _exact_power_result(_make(a._sign if e % 2 else 0, coeff, a._exp * e), ctx, conds)


def _negative_power(a, n, ctx, conds):
    """a ** -n for an integer n > 0: infinity for zero, else the exact
    result when 1 / a**n has a terminating expansion that fits the
    precision (reduced to its shortest form, as CPython gives it)."""
    sign = a._sign if n % 2 else 0
    if a._int == 0:
        return _inf(sign)
    c = a._int
    twos = fives = 0
    while c % 2 == 0:
        c //= 2
        twos += 1
    while c % 5 == 0:
        c //= 5
        fives += 1
    if c != 1 or n * max(twos, fives) > 4 * ctx.prec + 10:
        raise NotImplementedError("kaa's decimal computes only exact negative powers yet")
    twos *= n
    fives *= n
    m = max(twos, fives)
    # 1 / (2**twos * 5**fives) == 2**(m - twos) * 5**(m - fives) / 10**m
    coeff = 2 ** (m - twos) * 5 ** (m - fives)
    exp = -m - a._exp * n
    return _exact_power_result(_make(sign, coeff, exp), ctx, conds)


def _exact_power_result(r, ctx, conds):
    """An exact power that fits the context as it is; CPython's own
    finishing of powers (clamping, overflow, subnormals) is not copied
    yet, so anything needing it is NotImplementedError, never a guess."""
    extra = []
    if _finish(r, ctx, extra) is not r or extra:
        raise NotImplementedError("kaa's decimal computes only exact powers within the context's range yet")
    ctx._report(conds)
    return r


_numbers.Number.register(Decimal)


# ---------------------------------------------------------------- formatting

def _parse_spec(spec):
    """The parts of a format spec as a dict; ValueError when invalid."""
    bad = ValueError("invalid format string")
    i, n = 0, len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == "z":
        no_neg_zero = True
        i += 1
    zero = False
    if i < n and spec[i] == "0":
        if align is not None:
            raise bad
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > j and spec[j] == "0":
        raise bad
    width = int(spec[j:i]) if i > j else 0
    comma = False
    if i < n and spec[i] == ",":
        comma = True
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise bad
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in "eEfFgGn%"):
        raise bad
    if typ == "n" and comma:
        raise bad
    if zero and fill is None:
        fill = "0"
        if align is None:
            align = "="
    return {"fill": fill or " ", "align": align or ">", "sign": sign, "no_neg_zero": no_neg_zero,
            "zero": zero and fill == "0", "width": width, "comma": comma, "precision": precision,
            "type": typ}


def _group(digits, minwidth):
    """digits with a comma every three from the right, left-padded with
    zeros (grouped too) to at least minwidth characters."""
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]

    def length():
        return sum(len(g) for g in groups) + len(groups) - 1

    while length() < minwidth:
        if len(groups[-1]) < 3:
            groups[-1] = "0" + groups[-1]
        else:
            groups.append("0")
    return ",".join(reversed(groups))


def _align(sign, body, spec):
    width = spec["width"]
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    fill, align = spec["fill"], spec["align"]
    if align == "<":
        return sign + body + fill * pad
    if align == ">":
        return fill * pad + sign + body
    if align == "=":
        return sign + fill * pad + body
    half = pad // 2
    return fill * half + sign + body + fill * (pad - half)


def _round_to(d, digits, rounding):
    """d rounded to at most digits significant digits (digits >= 1)."""
    nd = _ndigits(d._int)
    if nd <= digits:
        return d
    q, _ = _drop_digits(d._int, nd - digits, d._sign, rounding)
    exp = d._exp + nd - digits
    if _ndigits(q) > digits:
        q //= 10
        exp += 1
    return _make(d._sign, q, exp)


def _rescale(d, exp, rounding):
    if exp >= d._exp:
        q, _ = _drop_digits(d._int, exp - d._exp, d._sign, rounding)
        return _make(d._sign, q, exp)
    return _make(d._sign, d._int * 10 ** (d._exp - exp), exp)


def _format(d, spec_text, ctx):
    spec = _parse_spec(spec_text)
    typ = spec["type"]
    if typ is None:
        typ = "G" if ctx.capitals else "g"
    if typ == "n":
        typ = "g"
    rounding = ctx.rounding
    if d._special:
        sign = "-" if d._sign else ("" if spec["sign"] == "-" else spec["sign"])
        body = _sci_string(_make(0, d._int, d._exp, d._special), False, 1)
        if typ == "%":
            body += "%"
        if spec["zero"]:
            spec = dict(spec, fill=" ", align=">" if spec["align"] == "=" and spec_text.lstrip("+- z")[:1] == "0" else spec["align"])
        return _align(sign, body, spec)
    prec = spec["precision"]
    zero_before = d._int == 0
    if typ == "%":
        d = _make(d._sign, d._int, d._exp + 2)
    if prec is not None:
        if typ in "eE":
            d = _round_to(d, prec + 1, rounding)
            nd = _ndigits(d._int)
            if nd < prec + 1 and d._int:
                d = _make(d._sign, d._int * 10 ** (prec + 1 - nd), d._exp - (prec + 1 - nd))
        elif typ in "fF%":
            d = _rescale(d, -prec, rounding)
        elif typ in "gG" and _ndigits(d._int) > prec:
            d = _round_to(d, max(prec, 1), rounding)
    if d._int == 0 and d._exp > 0 and typ in "fF%":
        d = _make(d._sign, 0, 0)
    # 'z' drops the sign of a zero result; with 'F', CPython drops it only
    # when the value was zero before rounding.
    neg = d._sign and not (d._int == 0 and spec["no_neg_zero"] and (typ != "F" or zero_before))
    digits = str(d._int)
    lead = d._exp + len(digits)
    if typ in "eE":
        point = 1 - prec if (d._int == 0 and prec is not None) else 1
    elif typ in "fF%":
        point = lead
    elif d._exp <= 0 and lead > -6:
        point = lead
    else:
        point = 1
    if point < 0:
        intpart, frac = "0", "0" * -point + digits
    elif point > len(digits):
        intpart, frac = digits + "0" * (point - len(digits)), ""
    else:
        intpart, frac = digits[:point] or "0", digits[point:]
    exp = lead - point
    tail = "." + frac if frac else ""
    if exp != 0 or typ in "eE":
        tail += {"E": "E", "e": "e", "G": "E", "g": "e"}[typ] + "%+d" % exp
    if typ == "%":
        tail += "%"
    sign = "-" if neg else ("" if spec["sign"] == "-" else spec["sign"])
    if spec["comma"] or spec["zero"]:
        minwidth = spec["width"] - len(sign) - len(tail) if spec["zero"] else 0
        if spec["comma"]:
            intpart = _group(intpart, minwidth)
        elif len(intpart) < minwidth:
            intpart = "0" * (minwidth - len(intpart)) + intpart
    return _align(sign, intpart + tail, spec)


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)."""

    __slots__ = ()
    _fields = ("sign", "digits", "exponent")

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % tuple(self)


def _ctx_method(name, doc):
    def method(self, *args):
        if not args:
            raise TypeError("%s() missing argument" % name)
        x = args[0]
        if not isinstance(x, Decimal):
            if isinstance(x, int):
                x = _from_int(x)
            else:
                raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)
        return getattr(x, _CTX_MAP.get(name, name))(*args[1:], context=self)
    method.__name__ = name
    method.__doc__ = doc
    return method


_CTX_MAP = {"add": "__add__", "subtract": "__sub__", "multiply": "__mul__", "divide": "__truediv__",
            "divide_int": "__floordiv__", "remainder": "__mod__", "divmod": "__divmod__",
            "plus": "__pos__", "minus": "__neg__", "abs": "__abs__", "power": "__pow__"}
for _name in ("add", "subtract", "multiply", "divide", "divide_int", "remainder", "divmod", "plus",
              "minus", "abs", "quantize", "compare", "normalize", "to_integral_value", "to_integral_exact",
              "to_integral", "to_eng_string", "to_sci_string", "is_normal", "is_subnormal", "same_quantum",
              "sqrt", "exp", "ln", "log10", "max", "min", "max_mag", "min_mag", "compare_signal",
              "compare_total", "compare_total_mag", "next_plus", "next_minus", "next_toward", "fma",
              "scaleb", "logb", "number_class", "copy_sign", "logical_and", "logical_or",
              "logical_xor", "logical_invert", "rotate", "shift"):
    if _name == "to_sci_string":
        def _to_sci(self, x):
            return _sci_string(Decimal(x) if not isinstance(x, Decimal) else x, False, self.capitals)
        setattr(Context, "to_sci_string", _to_sci)
        continue
    setattr(Context, _name, _ctx_method(_name, "Context version of Decimal.%s." % _name))
del _name


def _ctx_unary(name):
    def method(self, x):
        if isinstance(x, int):
            x = _from_int(x)
        elif not isinstance(x, Decimal):
            raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)
        return getattr(x, name)()
    method.__name__ = name
    method.__doc__ = "Context version of Decimal.%s." % name
    return method


for _name in ("is_nan", "is_qnan", "is_snan", "is_infinite", "is_finite", "is_signed", "is_zero",
              "is_canonical", "copy_abs", "copy_negate", "canonical"):
    setattr(Context, _name, _ctx_unary(_name))
del _name
