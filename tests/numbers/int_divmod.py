# floor division, modulo and divmod on ints: signs and errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

vals = [7, -7, 2, -2, 1, -1, 3, 13, -13, 2**63 - 1, -2**63, 2**64 + 3, -(2**64 + 3), 10**25, -10**25 - 7]
for a in vals:
    for b in vals:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, a // b, a % b, q, r, a / b)
show('1 // 0', lambda: 1 // 0)
show('1 % 0', lambda: 1 % 0)
show('divmod(1, 0)', lambda: divmod(1, 0))
show('1 / 0', lambda: 1 / 0)
show('0 / 0', lambda: 0 / 0)
show('2**70 // 0', lambda: 2**70 // 0)
show('2**70 % 0', lambda: 2**70 % 0)
show('divmod(2**70, 0)', lambda: divmod(2**70, 0))
show('(-2**63) // -1', lambda: (-2**63) // -1)
show('(-2**63) % -1', lambda: (-2**63) % -1)
show('divmod(-2**63, -1)', lambda: divmod(-2**63, -1))
show('10**400 / 3', lambda: 10**400 / 3)
show('10**400 / 10**399', lambda: 10**400 / 10**399)
show('1 / 10**400', lambda: 1 / 10**400)
show('(2**53 + 1) / 1', lambda: (2**53 + 1) / 1)
show('(2**54 + 3) / 2', lambda: (2**54 + 3) / 2)
show('10**30 / 7', lambda: 10**30 / 7)
show('divmod(7, "a")', lambda: divmod(7, "a"))
show('7 // "a"', lambda: 7 // "a")
show('7 % []', lambda: 7 % [])
show('int.__divmod__(7, 2)', lambda: int.__divmod__(7, 2))
show('int.__rdivmod__(7, 2)', lambda: int.__rdivmod__(7, 2))
show('(7).__divmod__(2.0)', lambda: (7).__divmod__(2.0))
show('(7).__floordiv__(2.0)', lambda: (7).__floordiv__(2.0))
show('(7).__rfloordiv__(100)', lambda: (7).__rfloordiv__(100))
show('(7).__rmod__(100)', lambda: (7).__rmod__(100))
show('(7).__truediv__(2)', lambda: (7).__truediv__(2))
show('(7).__rtruediv__(2)', lambda: (7).__rtruediv__(2))
