# Loops, break/continue/else, comprehensions, walrus, chained comparisons,
# conditional expressions, assert, del.

for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print(i, end=" ")
else:
    print("no break")
print()

for i in range(3):
    pass
else:
    print("loop finished", i)

n = 0
while n < 10:
    n += 3
else:
    print("while else", n)

data = [3, 1, 4, 1, 5, 9, 2, 6]
print([x * 2 for x in data if x > 2])
print({x % 3 for x in data})
print({x: x * x for x in data if x < 4})
print([(i, j) for i in range(3) for j in range(i)])
if (k := len(data)) > 5:
    print("long", k)
print([y for x in data if (y := x + 1) > 5])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, "a" < "b" <= "b")
print("yes" if data else "no", "yes" if [] else "no")
print(all(x > 0 for x in data), any(x > 8 for x in data))

try:
    assert n > 100, f"n too small: {n}"
except AssertionError as e:
    print("AssertionError:", e)

x = 5
del x
try:
    x
except NameError as e:
    print("NameError:", e)

lst = list(range(10))
del lst[2:5]
del lst[0]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)

i = 0
while True:
    i += 1
    if i > 100:
        break
print(i)

matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print(sum(v for row in matrix for v in row))
