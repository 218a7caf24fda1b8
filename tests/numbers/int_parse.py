# int() from strings and bytes: bases, prefixes, underscores, whitespace

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

texts = ['0', '-0', '+0', '12', ' 12 ', '\t-12\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0b101', '0o17',
         '017', '00', '0_0', '09', '1e3', '1.0', '', ' ', '+', '-', '++1', '+-1', '0x', '0x_1', '0x1_f', '0b', 'z',
         'Z', '١٢٣', '１２', '12\x00', 'abc', '-0b1', '0b1_0_1', '0o_7', '99999999999999999999999', '-18446744073709551616']
for s in texts:
    for base in [10, 0, 2, 8, 16, 36]:
        show('int(%r, %d)' % (s, base), lambda: int(s, base))
show('int("12", 1)', lambda: int("12", 1))
show('int("12", 37)', lambda: int("12", 37))
show('int("12", -1)', lambda: int("12", -1))
show('int("12", 2**70)', lambda: int("12", 2**70))
show('int("12", 2.0)', lambda: int("12", 2.0))
show('int(12, 10)', lambda: int(12, 10))
show('int(b"12")', lambda: int(b"12"))
show('int(b" 0x1f ", 16)', lambda: int(b" 0x1f ", 16))
show('int(bytearray(b"42"))', lambda: int(bytearray(b"42")))
show('int(b"\\xff")', lambda: int(b"\xff"))
show('int("x" * 50)', lambda: int("x" * 50))
show('int(base=16)', lambda: int(base=16))
show('int(x="7")', lambda: int(x="7"))
show('int("7", base=8)', lambda: int("7", base=8))
show('int("ff", base=16)', lambda: int("ff", base=16))
show('int()', lambda: int())
show('int("1", 2, 3)', lambda: int("1", 2, 3))
print(int('z' * 20, 36), int('1' * 100, 2), int('7' * 30, 8))
