# complex(): from numbers, strings and objects

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

args = [(), (1,), (2.5,), (True,), (1, 2), (1.5, -2.5), (1j,), (1j, 1j), (1 + 2j, 3 + 4j), (1, 1j), (1j, 1), (0, -0.0), (-0.0, 0),
        (2**70,), (2**70, 2**70), (float('inf'), float('nan'))]
for a in args:
    show('complex%r' % (a,), lambda: complex(*a))
texts = ['1', '1j', 'j', '-j', '+j', 'J', '1+2j', '1-2j', '-1-2J', ' 1+2j ', '(1+2j)', ' ( 1+2j ) ', '(1+2j', '1+2j)', '()', '1 + 2j', '1+ 2j',
         '1e3-2.5e-1J', '+1.j', '.5j', '5.j', '1e5', 'inf', 'infj', '-inf+nanj', 'nan-infj', 'infinityj', '1_000+2_0j', '1__0j',
         '1+', '1+j', '1-j', 'j1', '1jj', '1e', '1e+j', '', ' ', 'x', '1+2', '2j+1', '0x1j', '١+٢j', '\t1j\n']
for t in texts:
    show('complex(%r)' % t, lambda: complex(t))
show('complex("1", 2)', lambda: complex("1", 2))
show('complex(1, "2")', lambda: complex(1, "2"))
show('complex([])', lambda: complex([]))
show('complex(1, [])', lambda: complex(1, []))
show('complex(None)', lambda: complex(None))
show('complex(b"1")', lambda: complex(b"1"))
show('complex(real=1, imag=2)', lambda: complex(real=1, imag=2))
show('complex(imag=2)', lambda: complex(imag=2))
show('complex(real="1+1j")', lambda: complex(real="1+1j"))
show('complex(1, 2, 3)', lambda: complex(1, 2, 3))
show('complex(10**400)', lambda: complex(10**400))

class A:
    def __complex__(self):
        return 1 + 5j
class B:
    def __float__(self):
        return 2.5
class C:
    def __index__(self):
        return 3
class D:
    def __complex__(self):
        return 1.5
class E(complex):
    pass
show('complex(A())', lambda: complex(A()))
show('complex(A(), 1)', lambda: complex(A(), 1))
show('complex(B())', lambda: complex(B()))
show('complex(B(), B())', lambda: complex(B(), B()))
show('complex(C(), C())', lambda: complex(C(), C()))
show('complex(D())', lambda: complex(D()))
show('E(1, 2)', lambda: E(1, 2))
show('type(E(1, 2))', lambda: type(E(1, 2)).__name__)
show('type(complex(E(1, 2)))', lambda: type(complex(E(1, 2))).__name__)
show('E(1, 2) + 1', lambda: E(1, 2) + 1)
show('type(E(1, 2) + 1)', lambda: type(E(1, 2) + 1).__name__)
show('E("3+4j").real', lambda: E("3+4j").real)
