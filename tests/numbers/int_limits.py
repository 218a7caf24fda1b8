# results too large to represent raise instead of exhausting memory

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r if isinstance(r, str) else r.bit_length())

show('10 ** 100000', lambda: 10 ** 100000)
show('2 ** 1000000', lambda: 2 ** 1000000)
show('1 << 10**20', lambda: 1 << 10**20)
show('7 ** 123456', lambda: 7 ** 123456)
show('(10**1000) ** 100', lambda: (10**1000) ** 100)
show('(2**4000) * (3**4000)', lambda: (2**4000) * (3**4000))
show('1 << 5000000', lambda: 1 << 5000000)
show('(1 << 5000000) >> 4999990', lambda: (1 << 5000000) >> 4999990)
show('len(str(3**30000))', lambda: str(len(str(3**30000))))
