# complex arithmetic with complex, float and int operands

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

vals = [0j, 1j, -1j, 1 + 2j, -3.5 + 0.5j, 1e300 + 1e300j, complex(0.0, -0.0), complex(-0.0, 0.0), 2, -1.5, 0.0, True]
for a in vals:
    for b in vals:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        r = [a + b, a - b, a * b]
        try:
            r.append(a / b)
        except ZeroDivisionError as e:
            r.append(str(e))
        print(repr(a), repr(b), r)
for a in [1 + 2j, -2 + 0.5j, 1j, 3 + 0j, 0.5 - 0.5j]:
    for e in [0, 1, 2, 3, -1, -2, 10, 0.5, -0.5, 1j, 1 + 1j, 2.5, 100, 101, -100]:
        show('(%r) ** %r' % (a, e), lambda: a ** e)
show('0j ** 0', lambda: 0j ** 0)
show('0j ** 2', lambda: 0j ** 2)
show('0j ** -1', lambda: 0j ** -1)
show('0j ** 1j', lambda: 0j ** 1j)
show('0j ** 0.5', lambda: 0j ** 0.5)
show('(1e200j) ** 2', lambda: (1e200j) ** 2)
show('(1e200+1e200j) ** 2.5', lambda: (1e200 + 1e200j) ** 2.5)
show('pow(1j, 2, 3)', lambda: pow(1j, 2, 3))
show('2 ** 1j', lambda: 2 ** 1j)
show('1j ** 1j', lambda: 1j ** 1j)
show('(1+2j) / 0', lambda: (1 + 2j) / 0)
show('(1+2j) / 0j', lambda: (1 + 2j) / 0j)
show('1 / 0j', lambda: 1 / 0j)
show('1j // 1', lambda: 1j // 1)
show('1j % 1', lambda: 1j % 1)
show('divmod(1j, 1)', lambda: divmod(1j, 1))
show('1j + "a"', lambda: 1j + "a")
show('1j + 10**400', lambda: 1j + 10**400)
show('-(1+2j)', lambda: -(1 + 2j))
show('+(1+2j)', lambda: +(1 + 2j))
show('~1j', lambda: ~1j)
z = 1 + 1j
z += 1; print(z)
z *= 1j; print(z)
z /= 2; print(z)
z **= 2; print(z)
z -= 1j; print(z)
