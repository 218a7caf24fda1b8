# user classes taking part in numeric operations through dunder methods

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % (self.v,)
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
    def __mul__(self, o):
        return V(self.v * (o.v if isinstance(o, V) else o))
    def __rmul__(self, o):
        return V(o * self.v)
    def __truediv__(self, o):
        return V(self.v / o)
    def __rtruediv__(self, o):
        return V(o / self.v)
    def __floordiv__(self, o):
        return V(self.v // o)
    def __mod__(self, o):
        return V(self.v % o)
    def __divmod__(self, o):
        return ('divmod', self.v, o)
    def __rdivmod__(self, o):
        return ('rdivmod', o, self.v)
    def __pow__(self, o, m=None):
        return ('pow', self.v, o, m)
    def __rpow__(self, o):
        return ('rpow', o, self.v)
    def __neg__(self):
        return V(-self.v)
    def __abs__(self):
        return V(abs(self.v))
    def __round__(self, n=None):
        return ('round', n)
    def __index__(self):
        return int(self.v)
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, V) else o)

show('V(2) + 3', lambda: V(2) + 3)
show('3 + V(2)', lambda: 3 + V(2))
show('2.5 * V(2)', lambda: 2.5 * V(2))
show('V(2) * V(3)', lambda: V(2) * V(3))
show('1 / V(4)', lambda: 1 / V(4))
show('V(9) // 2', lambda: V(9) // 2)
show('V(9) % 4', lambda: V(9) % 4)
show('divmod(V(9), 4)', lambda: divmod(V(9), 4))
show('divmod(9, V(4))', lambda: divmod(9, V(4)))
show('V(2) ** 3', lambda: V(2) ** 3)
show('pow(V(2), 3, 5)', lambda: pow(V(2), 3, 5))
show('2 ** V(3)', lambda: 2 ** V(3))
show('pow(2, V(3), 5)', lambda: pow(2, V(3), 5))
show('-V(2)', lambda: -V(2))
show('abs(V(-2))', lambda: abs(V(-2)))
show('round(V(1))', lambda: round(V(1)))
show('round(V(1), 2)', lambda: round(V(1), 2))
show('bin(V(5))', lambda: bin(V(5)))
show('range(V(3))', lambda: list(range(V(3))))
show('sorted([V(3), V(1)])', lambda: sorted([V(3), V(1)]))
show('sum([V(1), V(2)])', lambda: sum([V(1), V(2)]))
show('V(1) - 1', lambda: V(1) - 1)
show('+V(1)', lambda: +V(1))
show('~V(1)', lambda: ~V(1))
show('V(1) < 2 < V(3)', lambda: V(1) < 2 < V(3))
show('divmod(V(1), V(2))', lambda: divmod(V(1), V(2)))
show('divmod(1, "x")', lambda: divmod(1, 'x'))
show('divmod(1.5, [])', lambda: divmod(1.5, []))
show('pow(V(1), 2, 3, 4)', lambda: pow(V(1), 2, 3, 4))

class N:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return 'radd'
class M(N):
    def __radd__(self, o):
        return 'M.radd'
show('N() + N()', lambda: N() + N())
show('1 + N()', lambda: 1 + N())
show('N() + M()', lambda: N() + M())
class I(int):
    def __radd__(self, o):
        return 'I.radd'
    def __rsub__(self, o):
        return NotImplemented
show('1 + I(2)', lambda: 1 + I(2))
show('1 - I(2)', lambda: 1 - I(2))
show('1.5 + I(2)', lambda: 1.5 + I(2))
class Fl(float):
    def __rtruediv__(self, o):
        return 'Fl.rtruediv'
show('1 / Fl(2)', lambda: 1 / Fl(2))
show('1.0 / Fl(2)', lambda: 1.0 / Fl(2))
