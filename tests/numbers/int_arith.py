# int arithmetic: + - * with small and big values, promotion and demotion

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

big = 2**64
vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**62, 2**63 - 1, -2**63, 2**63, big, -big, 10**30, -10**30 + 1]
for a in vals:
    for b in vals:
        print(a, b, a + b, a - b, a * b)

# promotion at the int64 boundary and demotion back
x = 2**63 - 1
print(x + 1, x + 1 - 1, type(x + 1 - 1).__name__)
print(-2**63 - 1, (-2**63 - 1) + 1)
print((2**63) * (2**63) // (2**63), 3 * (2**64) - 2**65)
print(-(-2**63), abs(-2**63), -(2**63), abs(-2**100))
print(+5, +(-5), -0, ~0, ~-1, ~(2**70))

# in-place forms
n = 5
n += 3; print(n)
n -= 10; print(n)
n *= -7; print(n)
n **= 3; print(n)
n //= 5; print(n)
n %= 7; print(n)
n <<= 100; print(n)
n >>= 98; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 255; print(n)

# sums of many
print(sum(range(10**6)), sum(i * i for i in range(1000)))
s = 0
for i in range(100):
    s = s * 3 + i
print(s)
show('1 + "a"', lambda: 1 + "a")
show('"a" - 1', lambda: "a" - 1)
show('[] * 1.5', lambda: [] * 1.5)
show('1 - None', lambda: 1 - None)
show('2 @ 3', lambda: 2 @ 3)
