import base64


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\0\0\0\0", b"\0" * 7,
           b"    ", b"     xx    ", b"\xff\xff\xff\xff", b"\0\0\0\0\0"]
for s in samples:
    for enc, dec in [(base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                     (base64.a85encode, base64.a85decode)]:
        e = enc(s)
        print(enc.__name__, e, dec(e) == s)
    print(base64.b85encode(s, pad=True), base64.a85encode(s, pad=True))
    print(base64.a85encode(s, foldspaces=True), base64.a85encode(s, adobe=True))
    for wrap in (1, 2, 3, 7, 20):
        w = base64.a85encode(s, wrapcol=wrap, adobe=True)
        print(wrap, w, base64.a85decode(w, adobe=True) == s)
    print(base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s)

for bad in [b"MFRGG==", b"MFRGG===", b"MFRGG=A=", b"MFRG====", b"mfrgg===", b"M1RGG===", b"MFRGG=====",
            b"========", b"AAAAAAA=", b"AA======", b"A=======", b"0FRGG===", "MFRGG===", "\u00e9"]:
    show(base64.b32decode, bad)
    show(base64.b32decode, bad, casefold=True)
    show(base64.b32decode, bad, map01=b"L")
    show(base64.b32hexdecode, bad)
show(base64.b32decode, b"MFRGG===", map01=b"LI")
show(base64.b32decode, b"M1RGG===", map01="I")
show(base64.b32hexdecode, b"c5h66===", casefold=True)

for bad in [b"0A", b"0a", b"0G", b"ABC", "ff", ""]:
    show(base64.b16decode, bad)
    show(base64.b16decode, bad, casefold=True)

for bad in [b"VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%YLqtVJM@UIZOH55pPf$@(Q&d$}S6EqEVPa!sWoBn+X=-b1ZEkOHadLBXb#`}",
            b"|NsC", b"|NsC0", b"~~~~~", b"ab\"cd", b"abc d", b"0", b"00", "Xk~0{Zv", b"{{{{{"]:
    show(base64.b85decode, bad)
for bad in [b"<~BOu!rDZ~>", b"BOu!rDZ~>", b"<~BOu!rDZ", b"BOu z!rDZ", b"z", b"!!z", b"y", b"!y", b"s8W-\"",
            b"s8W-!", b"uuuuu", b"BO u!\nrDZ", b"BOu!rDZ\x00", b"~", b"!", b"!!", b"!!!", b"!!!!", "BOu!rDZ"]:
    show(base64.a85decode, bad)
    show(base64.a85decode, bad, adobe=True)
    show(base64.a85decode, bad, foldspaces=True, ignorechars=b"\x00")
show(base64.a85encode, "text")
show(base64.b85encode, "text")
show(base64.b32encode, "text")
show(base64.b16encode, "text")
show(base64.a85encode, b"abc", wrapcol=1)
show(base64.a85encode, b"", adobe=True, wrapcol=1)
show(base64.a85encode, b"abcdefgh", adobe=True, wrapcol=5)
