# expandtabs: columns reset at \n and \r, tab sizes 0 and negative.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

texts = ["", "no tabs", "\t", "a\tb", "ab\tc", "abcdefgh\ti", "a\tb\tc\nab\tc\r\tx", "é\tü\t\U0001F600\tx", "\t\t\t"]
for t in texts:
    print(repr(t), [t.expandtabs(n) for n in (8, 4, 1, 0, -1, 3)])
show("default", lambda: "a\tb".expandtabs())
show("kw", lambda: "a\tb".expandtabs(tabsize=2))
show("str", lambda: "a\tb".expandtabs("x"))
show("float", lambda: "a\tb".expandtabs(1.5))
show("big", lambda: "a\tb".expandtabs(2**40))
show("two", lambda: "a\tb".expandtabs(1, 2))
