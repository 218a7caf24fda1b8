# str.replace with counts, empty patterns and non-ASCII text.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

cases = [
    ("hello", "l", "L"), ("hello", "l", "L", 1), ("hello", "l", "", -1), ("hello", "", "-"),
    ("hello", "", "-", 2), ("", "", "x"), ("", "a", "b"), ("aaa", "a", "aa"), ("aaaa", "aa", "b"),
    ("héllo", "é", "e"), ("héllo", "", "·"), ("abc", "abc", ""), ("abc", "abcd", "x"),
    ("a.b.c", ".", "::", 0), ("a.b.c", ".", "::", 5), ("\U0001F600\U0001F600", "\U0001F600", ":)"),
    ("xyx", "x", "xyx"), ("abc", "b", "b"), ("mississippi", "ss", "SS", 1), ("mississippi", "i", "", 2),
]
for c in cases:
    print(c, "->", repr(c[0].replace(*c[1:])))

show("int old", lambda: "a".replace(1, "b"))
show("int new", lambda: "a".replace("a", 2))
show("str count", lambda: "a".replace("a", "b", "c"))
show("float count", lambda: "a".replace("a", "b", 1.0))
show("one arg", lambda: "a".replace("a"))
show("kw count", lambda: "a".replace("a", "b", count=1))
show("big count", lambda: "aaa".replace("a", "b", 2**70))
show("neg big count", lambda: "aaa".replace("a", "b", -2**70))

class S(str):
    pass
r = S("abc").replace("x", "y")
print(repr(r), type(r).__name__)
