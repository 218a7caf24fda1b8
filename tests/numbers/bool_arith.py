# bool is an int: arithmetic, operators and conversions

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for a in (True, False):
    for b in (True, False):
        print(a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a == b, a < b, a ** b, a << b, a >> b)
        print(type(a & b).__name__, type(a | b).__name__, type(a ^ b).__name__, type(a + b).__name__)
print(True + True, True * 10, -True, ~True, ~False, +True, abs(-True), True / 2, True // 2, True % 2, divmod(True, 2))
print(True & 2, 3 | False, True ^ 5, 2 ^ True, type(True & 2).__name__)
print(True + 1.5, True * 1j, 3 - True, 2 ** True, sum([True, True, False]), sum([True] * 10, start=True))
print(int(True), float(True), complex(True), str(True), repr(False), bool(0), bool(2), bool(-0.0), bool(0j), bool(''), bool('0'))
print(bool(), bool([]), bool([0]), bool(None), bool(1e-300), bool(float('nan')))
print(isinstance(True, int), issubclass(bool, int), type(True) is bool, hash(True), hash(False))
print(True.__and__(False), True.__or__(1), True.__xor__(True), True.__rand__(5), True.__ror__(False))
print(f'{True}', f'{True:d}', f'{True:>6}', '%s %d %r' % (True, True, False), format(False, 'b'))
show('bool(1, 2)', lambda: bool(1, 2))
show('bool(x=1)', lambda: bool(x=1))
show('class X(bool)', lambda: type('X', (bool,), {}))
class T:
    def __bool__(self):
        return 5
class L:
    def __len__(self):
        return -1
class Z:
    def __len__(self):
        return 0
show('bool(T())', lambda: bool(T()))
show('bool(L())', lambda: bool(L()))
show('bool(Z())', lambda: bool(Z()))
show('not T()', lambda: not T())
