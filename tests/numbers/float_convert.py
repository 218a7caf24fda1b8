# float(x) from numbers and objects, and conversions of big ints

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for v in [0, 1, -1, 2**53, 2**53 + 1, 2**53 + 3, 2**63 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1, 10**22, 10**23, 2**1023, 2**1024 - 2**970,
          2**1024 - 2**971, 123456789123456789123456789, True, False]:
    show('float(%d)' % v, lambda: float(v))
show('float(2**1024)', lambda: float(2**1024))
show('float(-10**400)', lambda: float(-10**400))
show('float(1j)', lambda: float(1j))
show('float([])', lambda: float([]))
show('float(None)', lambda: float(None))

class A:
    def __float__(self):
        return 2.5
class B:
    def __index__(self):
        return 7
class C:
    def __float__(self):
        return 1
class D(float):
    pass
class E:
    def __float__(self):
        return D(3.5)
class G:
    def __int__(self):
        return 3
show('float(A())', lambda: float(A()))
show('float(B())', lambda: float(B()))
show('float(C())', lambda: float(C()))
show('float(D(1.25))', lambda: float(D(1.25)))
show('type(float(D(1.25)))', lambda: type(float(D(1.25))).__name__)
show('float(G())', lambda: float(G()))
show('D(2) + 1', lambda: D(2) + 1)
show('type(D(2) + 1)', lambda: type(D(2) + 1).__name__)
show('repr(D(2))', lambda: repr(D(2)))
show('D("1.5")', lambda: D("1.5"))
show('D() ', lambda: D())
import math
show('math.sqrt(A())', lambda: math.sqrt(A()))
show('math.sqrt(B())', lambda: math.sqrt(B()))
show('math.sqrt(G())', lambda: math.sqrt(G()))
show('1.5 + B()', lambda: 1.5 + B())
show('int(2.5) + float(3)', lambda: int(2.5) + float(3))
