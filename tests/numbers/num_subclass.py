# subclasses of int, float and complex

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)

class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
class MyFloat(float):
    pass
class MyComplex(complex):
    pass
class Meters(int):
    def __add__(self, other):
        return Meters(int(self) + int(other))
    def __radd__(self, other):
        return Meters(int(self) + int(other) + 1000)

a = MyInt(5)
show('a', lambda: a)
show('a + 1', lambda: a + 1)
show('1 + a', lambda: 1 + a)
show('-a', lambda: -a)
show('+a', lambda: +a)
show('abs(MyInt(-3))', lambda: abs(MyInt(-3)))
show('a * 2.5', lambda: a * 2.5)
show('a // 2', lambda: a // 2)
show('divmod(a, 2)', lambda: divmod(a, 2))
show('a ** 2', lambda: a ** 2)
show('a << 1', lambda: a << 1)
show('str(a)', lambda: str(a))
show('int(a)', lambda: int(a))
show('float(a)', lambda: float(a))
show('a.real', lambda: a.real)
show('a.numerator', lambda: a.numerator)
show('a.conjugate()', lambda: a.conjugate())
show('round(a)', lambda: round(a))
show('hash(a) == hash(5)', lambda: hash(a) == hash(5))
show('a == 5', lambda: a == 5)
show('MyInt("ff", 16)', lambda: MyInt("ff", 16))
show('MyInt(2.9)', lambda: MyInt(2.9))
show('MyInt()', lambda: MyInt())
show('isinstance(a, int)', lambda: isinstance(a, int))
show('[10, 20, 30, 40, 50, 60][a]', lambda: [10, 20, 30, 40, 50, 60][a])
show('hex(a)', lambda: hex(a))
show('a.bit_length()', lambda: a.bit_length())
show('a.to_bytes(2, "big")', lambda: a.to_bytes(2, 'big'))
show('Meters(3) + 4', lambda: Meters(3) + 4)
show('4 + Meters(3)', lambda: 4 + Meters(3))
show('Meters(3) + Meters(4)', lambda: Meters(3) + Meters(4))
show('sum([Meters(1), Meters(2)])', lambda: sum([Meters(1), Meters(2)]))
f = MyFloat(2.5)
show('f', lambda: f)
show('f + 1', lambda: f + 1)
show('-f', lambda: -f)
show('f.hex()', lambda: f.hex())
show('f.is_integer()', lambda: f.is_integer())
show('round(f)', lambda: round(f))
show('round(f, 1)', lambda: round(f, 1))
show('int(f)', lambda: int(f))
show('f == 2.5', lambda: f == 2.5)
show('MyFloat("1e3")', lambda: MyFloat('1e3'))
show('MyFloat(MyInt(3))', lambda: MyFloat(MyInt(3)))
show('MyFloat.fromhex("0x1p3")', lambda: MyFloat.fromhex('0x1p3'))
c = MyComplex(1, 2)
show('c', lambda: c)
show('c + 1', lambda: c + 1)
show('c.conjugate()', lambda: c.conjugate())
show('c.real', lambda: c.real)
show('abs(c)', lambda: abs(c))
show('MyComplex("1+1j")', lambda: MyComplex('1+1j'))
b = MyInt(7)
b += 1
show('b after +=', lambda: b)
class WithSlot(int):
    __slots__ = ()
show('WithSlot(3) * 2', lambda: WithSlot(3) * 2)
class Attr(float):
    pass
x = Attr(1.5)
x.unit = 'kg'
print(x, x.unit, x * 2)
