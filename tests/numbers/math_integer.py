# math: factorial, comb, perm, gcd, lcm, isqrt, prod on ints of any size
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

print([math.factorial(n) for n in range(25)])
print(math.factorial(100), math.factorial(2000).bit_length(), math.factorial(1000) % (10**9 + 7), math.factorial(True))
for n in range(8):
    print([math.comb(n, k) for k in range(n + 2)], [math.perm(n, k) for k in range(n + 2)], math.perm(n))
print(math.comb(100, 50), math.comb(1000, 3), math.comb(10**20, 2), math.comb(2**70, 3), math.comb(10**6, 10**6 - 2))
print(math.perm(100, 10), math.perm(10**20, 3), math.perm(2**70, 2), math.perm(5, None))
print(math.gcd(), math.gcd(0), math.gcd(-7), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18, 27), math.gcd(0, 0), math.gcd(0, 5),
      math.gcd(2**100, 2**80 * 3), math.gcd(3**50, 3**40 * 2**10), math.gcd(2**64 - 1, 2**32 - 1), math.gcd(True, 4))
print(math.lcm(), math.lcm(0), math.lcm(-7), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3),
      math.lcm(*range(1, 30)))
print([math.isqrt(n) for n in range(30)], math.isqrt(2**64 - 1), math.isqrt(2**64), math.isqrt(10**50), math.isqrt(10**101),
      math.isqrt(True), math.isqrt(2**127 - 1), math.isqrt((10**20 + 1)**2 - 1))
print(math.prod([]), math.prod([1, 2, 3]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2**40] * 3), math.prod([1, 2], start=10),
      math.prod([[1], 3]), math.prod([3, 'ab']), math.prod((x for x in [2, 3.5])), math.prod([], start='s'))
show('prod(1)', lambda: math.prod(1))
show('prod([1, "a", "b"])', lambda: math.prod([1, 'a', 'b']))
show('prod()', lambda: math.prod())
show('prod([1], 2)', lambda: math.prod([1], 2))
show('comb(5)', lambda: math.comb(5))
show('perm()', lambda: math.perm())
show('factorial()', lambda: math.factorial())
show('isqrt(x=4)', lambda: math.isqrt(x=4))
show('gcd(a=1)', lambda: math.gcd(a=1))

class I:
    def __index__(self):
        return 6
print(math.factorial(I()), math.gcd(I(), 4), math.isqrt(I()), math.comb(I(), 2), math.perm(I(), I()))
