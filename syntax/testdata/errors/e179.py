x = f(a)(b
