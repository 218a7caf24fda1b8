# repr/str/hex/oct/bin of ints, and bool

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for v in [0, 1, -1, 7, -8, 255, -256, 2**31, 2**63 - 1, -2**63, 2**64, -(2**100) - 3, 10**40, True, False]:
    print(repr(v), str(v), hex(v), oct(v), bin(v), format(v), f'{v}', '%d' % v, '%x' % v, '%o' % v)
print(str(12345678901234567890123456789), repr(-99999999999999999999))
show('hex(1.5)', lambda: hex(1.5))
show('oct("1")', lambda: oct("1"))
show('bin(None)', lambda: bin(None))

class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), oct(Idx()), bin(Idx()))
print(int.__repr__(5), int.__str__(True), bool.__repr__(True), str(True), repr(False))
print(int.__format__(255, 'x'), (255).__format__('#b'))
