# round() of floats: half to even, correctly rounded ndigits

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for v in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e16, 1e300, -0.0, 0.0, 2.675, 1.005,
          0.125, 0.375, 1234.5678, -1234.5678, 5e-324, 1.7976931348623157e308, 0.1, 2.5e-10, 1e22, 123456789.987654321]:
    row = []
    for n in (0, 1, 2, 3, 5, 10, 15, 17, 20, -1, -2, -5, -10, -22, -300, -308, -309, 300, 323, 324):
        try:
            row.append(round(v, n))
        except OverflowError as e:
            row.append(str(e))
    print(repr(v), round(v) if abs(v) < 1e300 else '-', row)
print(round(2.5), round(3.5), round(-3.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None))
print(round(1e300), round(-1e20), round(2.0**70))
show('round(inf)', lambda: round(float('inf')))
show('round(-inf)', lambda: round(float('-inf')))
show('round(nan)', lambda: round(float('nan')))
show('round(inf, 2)', lambda: round(float('inf'), 2))
show('round(nan, -2)', lambda: round(float('nan'), -2))
show('round(1.7976931348623157e308, -308)', lambda: round(1.7976931348623157e308, -308))
show('round(1.5e308, -308)', lambda: round(1.5e308, -308))
show('round(2.5, 1.0)', lambda: round(2.5, 1.0))
show('round(2.5, 10**30)', lambda: round(2.5, 10**30))
show('round(2.5, -10**30)', lambda: round(2.5, -10**30))
show('round(-2.5, -10**30)', lambda: round(-2.5, -10**30))
show('(2.5).__round__()', lambda: (2.5).__round__())
show('(2.5).__round__(1)', lambda: (2.5).__round__(1))
seed = 12345
for i in range(300):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    x = (seed >> 11) / 2**53 * 2000 - 1000
    n = seed % 16 - 3
    print(repr(x), n, repr(round(x, n)))
