# Comprehensions and generator expressions: nesting, conditions, scopes,
# the iteration variable leaking nowhere, and errors inside.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[x * y for x in range(1, 4)] for y in range(1, 3)])
print({k: [v for v in range(k)] for k in range(4)})
print({c.upper() for c in "hello"} == set("HELO"))
print(sorted({x % 4 for x in range(20)}))
gen = (x for x in range(5) if x % 2)
print(list(gen), list(gen))
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
def make():
    factor = 3
    return [lambda v, i=i: v * i * factor for i in range(3)]
print([f(2) for f in make()])
print([(a, b) for a in range(3) for b in range(a, 3) if a != b])
print(sum(len(w) for w in ["ab", "cde"]), max(len(w) for w in ["x", "yyy"]))
try:
    [1 // n for n in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.doubled)
print([y for y in (z + 1 for z in range(3))])
print(dict((str(i), i) for i in range(3)), tuple(i for i in "ab"))
print([n for n in range(10) if n > 2 if n < 6])
nested = [[j for j in range(i)] for i in range(4)]
print(nested, [item for sub in nested for item in sub])
print([i for i in range(3)][::-1], [*(i for i in range(3))])
