f(a, *, b)
