import numbers
for v in (1, True, 1.5, 1j, "x", None):
    print([isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), numbers.Real.__abstractmethods__ == frozenset(numbers.Real.__abstractmethods__))
print(sorted(numbers.Integral.__abstractmethods__))
try: numbers.Number.__hash__
except Exception as e: print(e)
print(numbers.Number.__hash__)


class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return "MyInt(%d)" % self.v
    for _n in ("__abs__ __add__ __and__ __ceil__ __eq__ __floor__ __floordiv__ __invert__ __le__ "
               "__lshift__ __lt__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ "
               "__rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ "
               "__rshift__ __rtruediv__ __rxor__ __truediv__ __trunc__ __xor__").split():
        locals()[_n] = lambda self, *a: NotImplemented
    del _n
    def __pos__(self): return self.v


m = MyInt(5)
print(float(m), m.numerator, m.denominator, m.real, m.imag, m.conjugate(), complex(m), m.__index__())
print([1, 2, 3, 4, 5, 6][m])
print(isinstance(m, numbers.Rational), isinstance(m, int))


class Half(numbers.Real):
    pass


try:
    Half()
except TypeError as e:
    print(type(e).__name__, str(e).startswith("Can't instantiate abstract class Half"))
print(numbers.Complex.__bool__(0j), numbers.Complex.__bool__(2j))
print(numbers.Real.__divmod__(7.5, 2), numbers.Real.__rdivmod__(2, 7.5))
print(numbers.Rational.__float__(m))


class Reg:
    pass


numbers.Real.register(Reg)
print(isinstance(Reg(), numbers.Complex), isinstance(Reg(), numbers.Rational), issubclass(Reg, numbers.Number))
print(numbers.__all__)
