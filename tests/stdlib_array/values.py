# array: value conversion for every type code, with range errors.
from array import array

values = [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 32767, 32768, -32769,
          65535, 65536, -65536, 2**31, -2**31 - 1, 2**32, -2**32, 2**63 - 1,
          2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64, True]
for code in "bBhHiIlLqQ":
    row = []
    for v in values:
        try:
            row.append(array(code, [v])[0])
        except OverflowError as e:
            row.append("OverflowError: " + str(e))
    print(code, row)

class Idx:
    def __index__(self):
        return 9

for code in "bBhHiIlLqQfd":
    for v in [1.5, "1", None, Idx(), 2.0]:
        try:
            print(code, repr(array(code, [v])[0]))
        except TypeError as e:
            print(code, "TypeError", e)

for v in [1, 1.5, 10**400, -0.0, float("inf"), 3.4e39, 1e-50]:
    for code in "fd":
        try:
            print(code, repr(v), array(code, [v])[0])
        except OverflowError as e:
            print(code, repr(v), "OverflowError", e)

for v in ["a", "\u20ac", "\U0001f600", "ab", "", 65, None]:
    try:
        print(array('u', [v]))
    except TypeError as e:
        print(repr(v), "TypeError", e)
