"""Exact rational numbers, kaa's own implementation of CPython 3.11's
fractions module."""

import math
import numbers
import operator
import re
import sys

__all__ = ["Fraction"]

# Numeric hashing (see "Hashing of numeric types" in the library manual):
# a rational p/q hashes as p * q^-1 modulo this prime.
_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# What a string given to Fraction() may look like: a sign, then either
# "N/D" or a decimal number with an optional exponent; underscores between
# digits, surrounding whitespace. (CPython 3.11 also accepts a run of
# letters "d" as the fractional part, which then fails in int(); kept for
# compatibility.)
_DIGITS = r"\d+(?:_\d+)*"
_STRING_FORM = re.compile(
    r"\A\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<whole>\d*|" + _DIGITS + r")"
    r"(?:(?:/(?P<den>" + _DIGITS + r"))?"
    r"|(?:\.(?P<frac>d*|" + _DIGITS + r"))?"
    r"(?:[eE](?P<exp>[-+]?" + _DIGITS + r"))?)\s*\Z",
    re.IGNORECASE,
)


def _from_string(text):
    """The (numerator, denominator) pair a string spells, unreduced."""
    m = _STRING_FORM.match(text)
    if m is None:
        raise ValueError("Invalid literal for Fraction: %r" % text)
    num = int(m.group("whole") or "0")
    den_text = m.group("den")
    if den_text:
        den = int(den_text)
    else:
        den = 1
        frac = m.group("frac")
        if frac:
            frac = frac.replace("_", "")
            num = num * 10 ** len(frac) + int(frac)
            den = 10 ** len(frac)
        exp = m.group("exp")
        if exp:
            exp = int(exp)
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
    if m.group("sign") == "-":
        num = -num
    return num, den


def _is_decimal(x):
    """Whether x is a decimal.Decimal (without importing decimal)."""
    mod = sys.modules.get("decimal")
    return mod is not None and isinstance(x, getattr(mod, "Decimal", ()))


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, always in lowest terms
    with a positive denominator.

    Fraction(n, d) takes two Rationals; Fraction(x) takes a Rational, a
    float or Decimal (converted exactly), or a string such as '3/4',
    '-1.5e3' or ' 7 '.
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                numerator, denominator = _from_string(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an Integral) as a Fraction."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or an Integral) as a Fraction."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator (on a tie, the one with the smaller denominator)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self; (p_prev/q_prev, p/q) are the
        # last two convergents whose denominators fit.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        # The best semiconvergent on the other side of self.
        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        conv = Fraction(p, q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        """The numerator, in lowest terms."""
        return a._numerator

    @property
    def denominator(a):
        """The denominator, positive, in lowest terms."""
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic. Each operation has an exact version on two rationals;
    # mixed with float or complex, the Fraction is converted and the
    # built-in operation does the work.

    def _binary(exact, builtin, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return builtin(float(a), b)
            if isinstance(b, complex):
                return builtin(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a, b)
            if isinstance(a, numbers.Real):
                return builtin(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return builtin(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = "__%s__" % name
        reverse.__name__ = "__r%s__" % name
        forward.__doc__ = reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + nb * da, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _sub(a, b):
        """a - b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - nb * da, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _mul(a, b):
        """a * b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g1 = math.gcd(na, db)
        g2 = math.gcd(nb, da)
        if g1 > 1:
            na, db = na // g1, db // g1
        if g2 > 1:
            nb, da = nb // g2, da // g2
        return Fraction(na * nb, da * db, _normalize=False)

    def _div(a, b):
        """a / b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        g2 = math.gcd(da, db)
        if g1 > 1:
            na, nb = na // g1, nb // g1
        if g2 > 1:
            da, db = da // g2, db // g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, b.numerator * da)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _binary(_add, operator.add, "add")
    __sub__, __rsub__ = _binary(_sub, operator.sub, "sub")
    __mul__, __rmul__ = _binary(_mul, operator.mul, "mul")
    __truediv__, __rtruediv__ = _binary(_div, operator.truediv, "truediv")
    __floordiv__, __rfloordiv__ = _binary(_floordiv, operator.floordiv, "floordiv")
    __divmod__, __rdivmod__ = _binary(_divmod, divmod, "divmod")
    __mod__, __rmod__ = _binary(_mod, operator.mod, "mod")
    del _binary

    def __pow__(a, b):
        """a ** b: a Fraction for an integral exponent, else a float or
        complex."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            e = b.numerator
            if e >= 0:
                return Fraction(a._numerator ** e, a._denominator ** e, _normalize=False)
            n, d = a._numerator, a._denominator
            if n < 0:
                n, d = -n, -d
            return Fraction(d ** -e, n ** -e, _normalize=False)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a, a plain Fraction even for a subclass."""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        """int(a), rounding toward zero."""
        n, d = a._numerator, a._denominator
        return _index(-(-n // d) if n < 0 else n // d)

    def __trunc__(a):
        """math.trunc(a)"""
        n, d = a._numerator, a._denominator
        return -(-n // d) if n < 0 else n // d

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]), halves to even."""
        if ndigits is None:
            q, r = divmod(self.numerator, self.denominator)
            twice = 2 * r
            if twice < self.denominator or (twice == self.denominator and q % 2 == 0):
                return q
            return q + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """Equal to the hash of an equal int, float or Decimal."""
        try:
            inverse = pow(self._denominator, -1, _MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return b == 0.0
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
