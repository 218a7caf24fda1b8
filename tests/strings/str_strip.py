# strip, lstrip, rstrip, removeprefix, removesuffix.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

texts = ["", "   ", "  hello  ", "\t\n hello \x0b\x0c\r", "\x1c\x1dhi\x1e\x1f", "\xa0\u3000hi\u2003\x85",
         "xxhixx", "ééhiéé", "abcba", "\U0001F600hi\U0001F600"]
for t in texts:
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()))
    for chars in [None, "x", "é", "ab", "\U0001F600", ""]:
        print("  ", repr(chars), repr(t.strip(chars)), repr(t.lstrip(chars)), repr(t.rstrip(chars)))

for t in ["prefix-body-suffix", "", "aaa", "éé"]:
    for a in ["prefix-", "-suffix", "", "a", "é", "aaaa"]:
        print(repr(t), repr(a), repr(t.removeprefix(a)), repr(t.removesuffix(a)))

show("strip int", lambda: "a".strip(1))
show("lstrip bytes", lambda: "a".lstrip(b"a"))
show("strip kw", lambda: "a".strip(chars="a"))
show("strip two", lambda: "a".strip("a", "b"))
show("removeprefix int", lambda: "a".removeprefix(1))
show("removesuffix none", lambda: "a".removesuffix(None))
show("removeprefix none", lambda: "a".removeprefix())
