# Integer arguments CPython reads as C int or ssize_t: huge values raise
# OverflowError with CPython's message, wrong types TypeError.
for a in [(' ', 10**15), (' ', -10**15), (' ', 2.5), (' ', 'x'), (' ', 2), (' ', -2), (' ', True)]:
    for o in (b'abcdef', bytearray(b'abcdef'), memoryview(b'abcdef')):
        try:
            print(o.hex(*a))
        except Exception as e:
            print(type(e).__name__, e)
for v in [10**30, -10**30, 2**31, 2.5, 'x', None, True, 0]:
    for f in (lambda v: 'a\nb'.splitlines(v), lambda v: b'a\nb'.splitlines(v),
              lambda v: [1, 2].insert(v, 0), lambda v: [1, 2, 3].pop(v)):
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
