# float ** and pow(): special values, negative bases, overflow

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3, -3, 2.5, -2.5, inf, -inf, nan]
for a in vals:
    for b in vals:
        if isinstance(a, int) and isinstance(b, int):
            continue
        show('%r ** %r' % (a, b), lambda: a ** b)
for b, e in [(2.0, 0.5), (10.0, -2), (1.1, 2.3), (3.0, 1/3), (7.0, 10.0), (0.5, 100.0), (1e10, 1.5), (2.0, 1023.0), (2.0, -1074.0), (2.0, -1075.0), (1.0000001, 1e7)]:
    show('%r ** %r' % (b, e), lambda: b ** e)
show('10.0 ** 400', lambda: 10.0 ** 400)
show('(-10.0) ** 401', lambda: (-10.0) ** 401)
show('2.0 ** 1024', lambda: 2.0 ** 1024)
show('0.0 ** -1', lambda: 0.0 ** -1)
show('(-0.0) ** -3', lambda: (-0.0) ** -3)
show('0.0 ** -inf', lambda: 0.0 ** -inf)
# variables, so that the compiler does not fold the constants
m8, m2, m1, third = -8.0, -2.0, -1.0, 1/3
show('(-8.0) ** (1/3)', lambda: m8 ** third)
show('(-2.0) ** 0.5', lambda: m2 ** 0.5)
show('(-1.0) ** 0.5', lambda: m1 ** 0.5)
show('(-1) ** 0.25', lambda: int(m1) ** 0.25)
show('pow(2.0, 3)', lambda: pow(2.0, 3))
show('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5))
show('pow(2, 0.5, 5)', lambda: pow(2, 0.5, 5))
show('(2.0).__pow__(3)', lambda: (2.0).__pow__(3))
show('(2.0).__rpow__(3)', lambda: (2.0).__rpow__(3))
show('(2.0).__pow__(3, 5)', lambda: (2.0).__pow__(3, 5))
show('2 ** 10**400', lambda: 2.0 ** 10**400)
show('1.0 ** 10**400', lambda: 1.0 ** 10**400)
