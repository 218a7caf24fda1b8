x = a.b.c.d(e)(f)[g].h
a.b.c = 1
a[b][c] = 2
a(b).c = 3
