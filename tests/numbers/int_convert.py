# int(x) from numbers and objects: floats, __int__, __index__, __trunc__

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for f in [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 1e15, 1e16 + 1, 2.0**63, -2.0**63, 2.0**64, 1e300, -1e300, 5e-324, True, False]:
    print(f, int(f))
show('int(inf)', lambda: int(float('inf')))
show('int(-inf)', lambda: int(float('-inf')))
show('int(nan)', lambda: int(float('nan')))
show('int(1j)', lambda: int(1j))
show('int([])', lambda: int([]))
show('int(None)', lambda: int(None))

class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class C:
    def __trunc__(self):
        return 9
class D:
    def __int__(self):
        return 'no'
class E:
    def __index__(self):
        return 1.5
class F:
    def __int__(self):
        return True
class G:
    def __trunc__(self):
        return B()
class H(int):
    pass
class I:
    def __int__(self):
        return H(5)
show('int(A())', lambda: int(A()))
show('int(B())', lambda: int(B()))
show('int(D())', lambda: int(D()))
show('int(E())', lambda: int(E()))
show('int(H(3))', lambda: int(H(3)))
show('type(int(H(3)))', lambda: type(int(H(3))).__name__)
show('int("5", base=B())', lambda: int("5", base=B()))
show('[0, 1, 2][B()]', lambda: [0, 1, 2][B()])
show('hex(B())', lambda: hex(B()))
show('operator.index', lambda: __import__('operator').index(B()) if False else (7).__index__())
show('range(B())', lambda: list(range(B())))
show('int(H(3)) + 1', lambda: H(3) + 1)
show('type(H(3) + 1)', lambda: type(H(3) + 1).__name__)
show('H(3) == 3', lambda: H(3) == 3)
show('repr(H(3))', lambda: repr(H(3)))
