# int ** and pow() with two and three arguments

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for b in [0, 1, -1, 2, -2, 3, 10, -10, 7]:
    print(b, [b ** e for e in range(0, 25)])
print(2 ** 100, (-3) ** 41, 10 ** 50, 7 ** 77 % 10**20)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 3 ** -40, (-1) ** -1)
print((2**70) ** 2, (2**70) ** -1)
print((-1) ** (10**30), (-1) ** (10**30 + 1), 1 ** (10**30), 0 ** (10**30))
print(2 ** 0.5, 4 ** 0.5, 2 ** -0.5)
show('0 ** -1', lambda: 0 ** -1)
show('0 ** -2**70', lambda: 0 ** -2**70)
show('2 ** -(10**30)', lambda: 2 ** -(10**30))
show('(10**400) ** -1', lambda: (10**400) ** -1)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-3, 5, 7), pow(3, 5, -7), pow(-3, 5, -7))
print(pow(2, -1, 7), pow(3, -2, 11), pow(-2, -1, 7), pow(2, -1, -7), pow(5, -3, 2**61 - 1))
print(pow(2**100, 2**100, 10**20 + 39), pow(123456789, 987654321, 2**89 - 1))
print(pow(0, 0, 1), pow(5, 0, 1), pow(5, 0, 7), pow(0, 0, 7), pow(-1, 1, 1))
print(pow(True, 2, 3), pow(2, True, 3))
show('pow(2, -1, 4)', lambda: pow(2, -1, 4))
show('pow(0, -1, 5)', lambda: pow(0, -1, 5))
show('pow(2, 3, 0)', lambda: pow(2, 3, 0))
show('pow(2, 3.0, 5)', lambda: pow(2, 3.0, 5))
show('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5))
show('pow(2, 3, 5.0)', lambda: pow(2, 3, 5.0))
show('pow(2, "3")', lambda: pow(2, "3"))
show('pow("2", 3, 5)', lambda: pow("2", 3, 5))
show('pow(2, 3, "5")', lambda: pow(2, 3, "5"))
show('pow(base=2, exp=5, mod=3)', lambda: pow(base=2, exp=5, mod=3))
show('pow(2, exp=5)', lambda: pow(2, exp=5))
show('pow(2)', lambda: pow(2))
show('(2).__pow__(3, 5)', lambda: (2).__pow__(3, 5))
show('(2).__pow__(3, None)', lambda: (2).__pow__(3, None))
show('(2).__rpow__(3)', lambda: (2).__rpow__(3))
x = 3
x **= 4
print(x)
