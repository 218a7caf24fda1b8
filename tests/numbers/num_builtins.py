# the numeric built-in functions: abs, divmod, pow, round, sum, min, max, hex, oct, bin

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

print(abs(-5), abs(5), abs(-2**70), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(False), abs(-float('inf')))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, 2.5), divmod(2**70, 3), divmod(True, True))
print(pow(2, 8), pow(2, -1), pow(2.5, 2), pow(2, 8, 5), pow(-2, 3), pow(1j, 2))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2), round(7.0, 0))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([1, 2.5]), sum([1j, 2]), sum([], 5), sum([[1], [2]], []), sum(range(101)), sum([2**64, 2**64]))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([1, 1e100, 1, -1e100]), sum([True, 2.5]), sum([1.5, 10**20]))
print(min(3, 1.5, 2), max(3, 1.5, 2), min([2**70, -1]), max(-0.0, 0.0), min(0.0, -0.0), max([1, True]), max(True, 1))
print(hex(255), oct(8), bin(5), hex(-1), bin(-5), oct(0), hex(2**64))
show('abs("x")', lambda: abs('x'))
show('abs()', lambda: abs())
show('divmod(1)', lambda: divmod(1))
show('sum(["a", "b"])', lambda: sum(['a', 'b']))
show('sum([1, "a"])', lambda: sum([1, 'a']))
show('sum(1)', lambda: sum(1))
show('round(1.5, 1, 2)', lambda: round(1.5, 1, 2))
show('min()', lambda: min())
show('max([])', lambda: max([]))
show('min(1, "a")', lambda: min(1, 'a'))
x = 0
for i in range(1, 1000):
    x += i * i % 7 - 3
print(x)
f = 0.0
for i in range(1, 1000):
    f += 1.0 / i
print(f)
