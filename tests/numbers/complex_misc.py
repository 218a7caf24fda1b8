# complex: repr, attributes, methods, abs, comparisons, errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

inf, nan = float('inf'), float('nan')
vals = [0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 2j, 1.5 - 2.5j, complex(1e20, 1), complex(1e16, 1e-5),
        complex(100, 200), complex(0.1, 0.2), complex(inf, nan), complex(-inf, -inf), complex(nan, 0), 1e300j, 5e-324j, complex(3, 0)]
for c in vals:
    print(repr(c), str(c), c.real, c.imag, c.conjugate(), abs(c), bool(c), c.__getnewargs__(), c == c, c != c, format(c))
print((3 + 4j).__abs__(), abs(3 + 4j), abs(-5j), abs(complex(3e200, 4e200)), abs(complex(1e-320, 1e-320)))
show('abs(complex(1e308, 1e308))', lambda: abs(complex(1e308, 1e308)))
show('abs(complex(inf, nan))', lambda: abs(complex(inf, nan)))
show('(1j).real = 2', lambda: setattr(1j, 'real', 2))
show('1j < 2j', lambda: 1j < 2j)
show('1j >= 1', lambda: 1j >= 1)
show('int(1j)', lambda: int(1j))
show('float(1j)', lambda: float(1j))
show('round(1j)', lambda: round(1j))
show('(1j).__complex__()', lambda: (1j).__complex__())
show('complex.conjugate(1)', lambda: complex.conjugate(1))
show('(1+2j).__add__(1)', lambda: (1 + 2j).__add__(1))
show('(1+2j).__radd__(1.5)', lambda: (1 + 2j).__radd__(1.5))
show('(1+2j).__rsub__(1)', lambda: (1 + 2j).__rsub__(1))
show('(1+2j).__rtruediv__(1)', lambda: (1 + 2j).__rtruediv__(1))
show('(1+2j).__rpow__(2)', lambda: (1 + 2j).__rpow__(2))
show('(1+2j).__eq__("x")', lambda: (1 + 2j).__eq__("x"))
show('(1+2j).__lt__(1)', lambda: (1 + 2j).__lt__(1))
print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, 1j != 1, complex(1, 0) == True, (1 + 2j) in [1 + 2j], {1 + 0j: 'a'}[1])
print(sorted(n for n in dir(complex) if not n.startswith('_')))
print(1j.imag, 2.5j, -2.5j, 1e-5j, 1e16j, 1e15j, 0.1j + 0.2j)
