# float floor division, modulo and divmod: signs and special values

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

inf, nan = float('inf'), float('nan')
vals = [7.5, -7.5, 2.0, -2.0, 0.5, -0.5, 0.1, 3, -3, 1e308, 5e-324, 0.0, -0.0, inf, -inf, nan, 2**60]
for a in vals:
    for b in vals:
        if isinstance(a, int) and isinstance(b, int):
            continue
        r = []
        for op in (lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
            try:
                r.append(op())
            except ZeroDivisionError as e:
                r.append(str(e))
        print(a, b, r)
print(-0.0 % 5, 0.0 % -5, -1e-300 % 1, 1e-300 % -1, 5 % -inf, -5 % inf, 0.3 // 0.1, 0.3 % 0.1, 1 // 0.1, 1 % 0.1)
show('divmod(1.0, 0)', lambda: divmod(1.0, 0))
show('1.0 // 0.0', lambda: 1.0 // 0.0)
show('1.0 % 0.0', lambda: 1.0 % 0.0)
show('divmod(1.5, "a")', lambda: divmod(1.5, "a"))
show('(7.5).__divmod__(2)', lambda: (7.5).__divmod__(2))
show('(7.5).__rdivmod__(2)', lambda: (7.5).__rdivmod__(2))
show('(7.5).__floordiv__(2)', lambda: (7.5).__floordiv__(2))
show('(7.5).__rmod__(20)', lambda: (7.5).__rmod__(20))
show('(7.5).__divmod__("x")', lambda: (7.5).__divmod__("x"))
show('divmod(10**400, 1.5)', lambda: divmod(10**400, 1.5))
