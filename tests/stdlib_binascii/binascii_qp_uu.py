import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [
    b"",
    b"hello world",
    b"a=b",
    b"tab\there",
    b"trailing space \nnext",
    b"trailing tab\t\r\nnext\r\n",
    b"end space ",
    b"end tab\t",
    b".\nstart dot",
    b".",
    b"x.\n.",
    b"under_score and space",
    b"high \xe9\xff bytes",
    b"ctrl \x00\x01\x7f",
    b"A" * 80,
    b"B" * 75 + b"=",
    b"C" * 74 + b"\xff" + b"D" * 10,
    b"word " * 30,
    b"line1\nline2\r\nline3",
    b"\r\n",
    b"\r",
    b"a\rb",
    bytes(range(256)),
]
for s in samples:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}, {"quotetabs": True, "istext": False, "header": True}]:
        enc = binascii.b2a_qp(s, **kw)
        print(repr(enc))
        print(binascii.a2b_qp(enc, header=kw.get("header", False)) == s)

for s in [b"=41=42", b"=4", b"=", b"=zz", b"a=\nb", b"a=\r\nb", b"a= \nb", b"a=\rb", b"==41", b"a_b", "=41", b"=4g", b"=\n", b"x=a1=B2"]:
    show(binascii.a2b_qp, s)
    show(binascii.a2b_qp, s, header=True)
show(binascii.b2a_qp, "x")
show(binascii.b2a_qp, data=b"a b", header=1)

for n in [0, 1, 2, 3, 4, 44, 45]:
    data = bytes((i * 37 + 11) % 256 for i in range(n))
    enc = binascii.b2a_uu(data)
    enc2 = binascii.b2a_uu(data, backtick=True)
    print(n, enc, enc2, binascii.a2b_uu(enc) == data, binascii.a2b_uu(enc2) == data)
show(binascii.b2a_uu, b"x" * 46)
for s in [b"", b" ", b"!", b"#86)C\n", b"#86)C", b"#86)C  \n", b"#86)Cxx", b"#8\x016)C", b"$86)C", "#86)C", b"`", b"#86)C``"]:
    show(binascii.a2b_uu, s)
