# split and rsplit: whitespace splitting (Unicode spaces), separators,
# maxsplit, keyword arguments and errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

texts = ["", "   ", "a b c", "  a  b  c  ", "a,b,,c,", ",", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj",
         "a\x85b\xa0c\u2028d\u3000e\u2003f", "one", "héllo wörld", "a--b--c", "x\u200by"]
for t in texts:
    print(repr(t))
    for args in [(), (None,), (None, 0), (None, 1), (None, 2), (",",), (",", 1), ("--",), ("--", 1), ("b",), (" ",), (" ", 2)]:
        print("  ", args, t.split(*args), t.rsplit(*args))

show("kw", lambda: "a b c".split(maxsplit=1))
show("kw sep", lambda: "a,b,c".rsplit(sep=",", maxsplit=1))
show("empty sep", lambda: "abc".split(""))
show("rsplit empty sep", lambda: "abc".rsplit(""))
show("int sep", lambda: "abc".split(1))
show("bad kw", lambda: "abc".split(x=1))
show("dup", lambda: "abc".split(",", sep=","))
show("float maxsplit", lambda: "abc".split(",", 1.5))
show("too many", lambda: "abc".split(",", 1, 2))
show("neg maxsplit", lambda: "a b c".split(None, -5))
show("big maxsplit", lambda: "a b c".split(None, 2**70))
