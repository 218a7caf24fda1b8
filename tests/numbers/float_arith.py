# float arithmetic: operators, signed zeros, infinities and NaNs

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 3.25, 1e308, -1e308, 5e-324, 2.5e-300, inf, -inf, nan, 7, -3, 2**70]
for a in vals:
    for b in vals:
        if isinstance(a, int) and isinstance(b, int):
            continue
        r = [a + b, a - b, a * b]
        try:
            r.append(a / b)
        except ZeroDivisionError as e:
            r.append(str(e))
        print(a, b, r)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1e16 + 1, 2**0.5 * 2**0.5, 1 / 3 * 3, 0.1 + 0.2 == 0.3)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, 0.0 * -5, -(0.0), -(-0.0), abs(-0.0), +(-0.0))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2, inf - inf, inf * 0, nan + 1)
print(2.5 + True, 1.5 * 2, 3 - 0.5, 10 / 4, 10 / 5, 2**53 + 1.0, (2**53 + 1) * 1.0, 10**20 * 1.0)
show('1.0 / 0', lambda: 1.0 / 0)
show('1 / 0.0', lambda: 1 / 0.0)
show('0.0 / 0.0', lambda: 0.0 / 0.0)
show('inf / 0', lambda: inf / 0)
show('1.5 + "a"', lambda: 1.5 + "a")
show('1.5 + 10**400', lambda: 1.5 + 10**400)
show('10**400 * 1.0', lambda: 10**400 * 1.0)
show('1.5 & 1', lambda: 1.5 & 1)
show('1.5 << 1', lambda: 1.5 << 1)
show('~1.5', lambda: ~1.5)
x = 1.5
x += 1; print(x)
x -= 0.25; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 0.5; print(x)
x %= 3; print(x)
x **= 2; print(x)
print(-1.5 .__neg__(), (2.5).__add__(1), (2.5).__radd__(1), (2.5).__sub__(1), (2.5).__rsub__(1), (2.5).__truediv__(2), (2.5).__rtruediv__(5))
print((2.5).__add__('x'), (2.5).__mul__(2), (2.5).__rmul__(2), (2.5).__eq__(2.5), (2.5).__lt__(3), (2.5).__ge__(3))
