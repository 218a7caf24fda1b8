# requests for containers too large to build raise MemoryError or
# OverflowError instead of exhausting memory

cases = [
    "[0] * 10 ** 12", "[0] * 10 ** 20", "[1, 2] * -(10 ** 20)", "(0,) * 10 ** 12", "(1,) * 10 ** 30",
    "list(range(10 ** 12))", "list(range(2 ** 64))", "tuple(range(10 ** 12))", "sorted(range(10 ** 12))",
    "[*range(10 ** 12)]", "[].extend(range(10 ** 12))", "len(range(2 ** 64))", "len(range(2 ** 64, 2 ** 64 + 3))",
    "list(range(2 ** 64, 2 ** 64 + 3))", "range(10 ** 30)[10 ** 29]", "[1] * (2 ** 63)", "[1] * (2 ** 63 - 1)",
]
for src in cases:
    try:
        r = eval(src)
        print(src, '->', r if len(repr(r)) < 80 else type(r).__name__)
    except (MemoryError, OverflowError) as e:
        print(src, '->', type(e).__name__, e)


def grow():
    a = [0, 1, 2]
    a *= 10 ** 13
    return len(a)


def grow_tuple():
    t = (1,)
    t *= 10 ** 13
    return len(t)


for f in (grow, grow_tuple):
    try:
        print(f())
    except MemoryError as e:
        print(f.__name__, 'MemoryError', e)
print('still running', len([0] * 1000))
