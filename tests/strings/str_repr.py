# repr() and ascii() of strs with quotes, escapes, non-printable and
# non-ASCII characters.
samples = ["", "abc", "'", '"', "'\"", "it's", 'say "hi"', "\\", "\t\n\r", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad",
           "é", "ü\u00df", "\u0300", "a\u0300", "\u200b\u200e\u2028\u2029", "\ufeff", "\U0001F600", "\U000e0001",
           "\ud800", "\udfff", "\U0010ffff", "\uffff", "中文", "\x85", "\u00a0", "\u3000", "\U0001d11e"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), repr(s).isprintable(), str(s) == s)
print(repr(samples))
print(ascii(samples))
print(ascii({"é": ["ü"]}), ascii(b"\xe9"), ascii(1.5), ascii(None))

class R:
    def __repr__(self):
        return "é-repr"
print(repr(R()), ascii(R()), "%r %a" % (R(), R()), "{!r} {!a}".format(R(), R()), f"{R()!a}")
