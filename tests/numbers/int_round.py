# round() on ints, and the integral dunder methods

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for v in [0, 5, 15, 25, 35, -15, -25, 149, 150, 151, 250, 1234567, -1234567, 10**30 + 5 * 10**11, 2**100, True]:
    print(v, [round(v, n) for n in (None, 0, 1, -1, -2, -3, -6, -12, -40)])
print(type(round(5)).__name__, type(round(True)).__name__, type(round(True, 1)).__name__, type(round(5, -1)).__name__)
show('round(5, 1.5)', lambda: round(5, 1.5))
show('round(5, "1")', lambda: round(5, "1"))
show('round(5, 2**100)', lambda: round(5, 2**100))
show('round(5, -30)', lambda: round(5, -30))
show('(5).__round__(None)', lambda: (5).__round__(None))
show('(5).__round__(-1)', lambda: (5).__round__(-1))
show('(5).__round__(1, 2)', lambda: (5).__round__(1, 2))
show('round()', lambda: round())
show('round(number=15, ndigits=-1)', lambda: round(number=15, ndigits=-1))
show('round("x")', lambda: round("x"))
show('round(None)', lambda: round(None))

class R:
    def __round__(self, n=None):
        return ('round', n)
print(round(R()), round(R(), 3), round(R(), None))
import math
print(math.trunc(7), math.floor(-7), math.ceil(7), math.trunc(True), math.floor(2**100))
