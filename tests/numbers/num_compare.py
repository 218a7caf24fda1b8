# comparisons between ints and floats are exact, whatever their size

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

ints = [0, 1, -1, 2**53, 2**53 + 1, -(2**53 + 1), 2**63, 2**64 + 1, 10**308, 10**309, -10**400, 2**1024, 2**1023]
floats = [0.0, -0.0, 1.0, 2.0**53, 2.0**53 + 2, 2.0**63, 1e308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 0.5, -1.5]
for i in ints:
    for f in floats:
        print(i, f, i == f, i != f, i < f, i <= f, i > f, i >= f, f < i, f == i)
print(1 == 1.0, 2**53 + 1 == 2**53 + 1.0, 10**16 == 1e16, 10**23 == 1e23)
print(1j == 1j, 1 + 0j == 1, 1 + 0j == True, 0.5 + 0j == 0.5, (2**53 + 1) + 0j == 2**53 + 1, complex(2**53) == 2**53 + 1)
print(True == 1, False == 0, True < 2, True > 0.5, sorted([3, 1.5, True, -2, 0.0, 2**70, -1e30]))
print(max(1, 1.0), max(1.0, 1), min(2**100, 1e30), max([1, 2.5, 2]), min(-0.0, 0), min(0, -0.0))
show('1 < "a"', lambda: 1 < "a")
show('1.5 >= None', lambda: 1.5 >= None)
show('1j < 2j', lambda: 1j < 2j)
show('1j > 1', lambda: 1j > 1)
show('1 <= 1j', lambda: 1 <= 1j)
show('[] > 1', lambda: [] > 1)
print(1 == "1", 1.0 != "1.0", 1j == "1j", 1 == None, 0 == [])
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], nan in [nan], 1 < nan)
