x = a if b else c
y = [i for i in range(10) if i if not i for j in k]
z = {k: v for k, v in d.items()}
w = {*a, *b}
v = (*a, *b)
u = a[1:2, ::3, ...]
t = a[b:=1]
s = not a and b or c
r = a < b <= c != d is not e in f not in g is h
q = -a ** -b
p = a @ b // c % d
o = ~a << 2 >> 3 & 4 | 5 ^ 6
