"""docstring"""
b'\x00\xff' rb'\d' B"x"
'é' '\u1234' "\N{BULLET}" U"u" R'\n'
x = 0x1f, 0o17, 0b1010, 1_000, 1.5e10, 1j, 1.5J, 0.0, 1e400, 10000000000000000000000000
y = ..., None, True, False, -1, +2, ~3, 0xDEAD_BEEF, 1e-7, .5, 5., 1_0.0_1j
z = '\'', "\"", '\\', '\t\n\r\x7f\x80\u00ff\U0001F600', 'a\
b'
