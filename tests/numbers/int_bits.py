# shifts and bitwise operations on ints of all sizes

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

vals = [0, 1, -1, 5, -5, 255, -256, 2**62, -2**63, 2**63 - 1, 2**64 - 1, -2**64, 2**100 + 12345, -(2**100) - 1]
for a in vals:
    for b in vals:
        print(a, b, a & b, a | b, a ^ b)
    print(a, ~a, [a << s for s in (0, 1, 3, 31, 32, 63, 64, 65, 100)])
    print(a, [a >> s for s in (0, 1, 3, 31, 32, 63, 64, 65, 100, 1000)])
print(1 << 200 >> 199, -1 << 70, (-1 << 70) >> 69, -5 >> 1, -5 >> 100, 5 >> 10**20, -5 >> 10**20)
print(True << 3, True >> 1, False << 100, True & 3, True | 2, True ^ 3)
show('1 << -1', lambda: 1 << -1)
show('1 >> -1', lambda: 1 >> -1)
show('2**70 << -1', lambda: 2**70 << -1)
show('1 << -2**70', lambda: 1 << -2**70)
show('0 << 10**30', lambda: 0 << 10**30)
show('1 << 10**20', lambda: 1 << 10**20)
show('1 << 1.0', lambda: 1 << 1.0)
show('1.0 >> 1', lambda: 1.0 >> 1)
show('1 & 1.0', lambda: 1 & 1.0)
show('~1.5', lambda: ~1.5)
show('"a" | 1', lambda: "a" | 1)
