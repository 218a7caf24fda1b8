x = yield
x = yield a, b
x = yield from a
a, *b = c
a = b = c = d
a += 1
a.b **= 2
a[1] //= 3
x = (yield)
print(*a, **b, c=d)
f(a for a in b)
f(x, *y, z=1, *w, **v)
