# float() from strings and bytes

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

texts = ['0', '1', '-1', '+1.5', ' 1.5 ', '\t\n 2.5e3\r', '1e-3', '1E+3', '.5', '5.', '-.5e-1', '1_000.000_1', '1__0', '_1', '1_', '1._5',
         '1e1_0', 'inf', '-inf', '+inf', 'INF', 'Infinity', '-iNfInItY', 'infinit', 'nan', '-nan', '+NaN', 'nan(1)', '1e400', '-1e400',
         '1e-400', '4.9e-324', '2.4e-324', '2.5e-324', '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
         '0x10', '1.5j', '', ' ', '.', 'e5', '1e', '1e+', '--1', '+-1', '1 2', '١٫٥', '١.٥', '１.５', '1.5\x00', 'abc', '0.1' * 2,
         '00000000000000000000000000001', '123456789012345678901234567890', '0.' + '0' * 400 + '1', '9' * 400,
         '2.2250738585072011e-308', '2.2250738585072012e-308', '1.00000000000000011102230246251565404236316680908203125']
for t in texts:
    show('float(%r)' % t, lambda: float(t))
show('float(b"1.5")', lambda: float(b"1.5"))
show('float(bytearray(b" 2 "))', lambda: float(bytearray(b" 2 ")))
show('float(b"x")', lambda: float(b"x"))
show('float("x" * 100)', lambda: float("x" * 100))
show('float()', lambda: float())
show('float(x="1")', lambda: float(x="1"))
show('float("1", "2")', lambda: float("1", "2"))
