# itertools: product, permutations, combinations,
# combinations_with_replacement, and their edge cases.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product("ab", range(2))), list(product()), list(product([], [1])), list(product("ab", repeat=2)))
print(len(list(product(range(3), repeat=3))), list(product([1, 2], repeat=0)))
try:
    product([1], repeat=-1)
except ValueError as e:
    print(e)
try:
    product([1], foo=1)
except TypeError as e:
    print(e)

print(list(permutations("abc")), list(permutations(range(4), 2)))
print(list(permutations([], 0)), list(permutations([1], 0)), list(permutations([1, 2], 3)), len(list(permutations(range(6)))))
print(list(permutations("aab", 2)), list(permutations(iterable="xy", r=None)))

print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(cwr("abc", 2)), list(cwr([], 0)), list(cwr([], 2)), list(cwr("a", 3)), len(list(cwr(range(5), 3))))
for f, args in [(permutations, ([1], -1)), (combinations, ([1], -2)), (cwr, ([1], -1))]:
    try:
        f(*args)
    except ValueError as e:
        print(f.__name__, e)
try:
    combinations([1])
except TypeError as e:
    print(e)
import math
for n in range(6):
    for r in range(7):
        assert len(list(combinations(range(n), r))) == math.comb(n, r)
        assert len(list(permutations(range(n), r))) == math.perm(n, r)
print("counts ok")
