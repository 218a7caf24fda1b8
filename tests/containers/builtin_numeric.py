# abs, divmod, pow, round and sum through the numeric types' methods,
# with user classes that define the dunder methods


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70), abs(3 + 4j))
show(lambda: abs('a'))
show(lambda: abs())
print(pow(2, 10), pow(2, -1), pow(2, 3, 5), pow(-2, 3, 5), pow(2.0, 0.5), pow(base=3, exp=2), pow(3, 2, mod=4))
show(lambda: pow('a', 2))
show(lambda: pow(2, 3, 0))
show(lambda: pow(2, 1.5, 3))
show(lambda: pow(1))
show(lambda: pow(2, 3, 4, 5))
show(lambda: divmod(1))
show(lambda: divmod('a', 1))
show(lambda: divmod(1, 'a'))
show(lambda: round('a'))
show(lambda: round())
show(lambda: round(1, 2, 3))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __abs__(self):
        return Money(abs(self.cents))

    def __divmod__(self, other):
        return ('divmod', self.cents, other)

    def __rdivmod__(self, other):
        return ('rdivmod', other, self.cents)

    def __pow__(self, e, mod=None):
        return ('pow', self.cents, e, mod)

    def __rpow__(self, b):
        return ('rpow', b, self.cents)

    def __round__(self, nd=None):
        return ('round', nd)

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    __radd__ = __add__

    def __repr__(self):
        return f'Money({self.cents})'


m = Money(-150)
print(abs(m), divmod(m, 7), divmod(7, m), pow(m, 2), pow(m, 2, 9), pow(3, m), m ** 2, 2 ** m)
print(round(m), round(m, 2), round(m, None), sum([Money(1), Money(2)]), sum([Money(5)], Money(1)))


class Sub(Money):
    def __rdivmod__(self, other):
        return ('sub rdivmod', other)


print(divmod(Money(1), Sub(2)))


class NotNumber:
    pass


show(lambda: divmod(NotNumber(), 1))
show(lambda: round(NotNumber()))
show(lambda: abs(NotNumber()))
show(lambda: pow(NotNumber(), 2))
print(sum([1, 2, 3], 0.0), sum([0.1] * 10) == 1.0, sum([1e308, 1e308]), sum([-0.0, 0.0]), sum([], -0.0))
print(sum(x / 10 for x in range(10)), sum([2 ** 63, -2 ** 63, 1]), sum([True] * 5, 1.5), sum(range(10 ** 5)))
