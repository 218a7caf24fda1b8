# startswith and endswith with strs, tuples, ranges and errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

s = "hello world"
for args in [("he",), ("world",), ("",), ("",  11), ("", 12), ("lo", 3), ("lo", 3, 4), ("lo", 3, 5),
             (("x", "he"),), (("x", "y"),), ((),), (("wor", "wo"), 6), ("d", -1), ("h", -100),
             ("hello world!",), ("o w", 4, -5), ("o", None, 5), ("é",)]:
    print("startswith", args, s.startswith(*args))
    print("endswith", args, s.endswith(*args))

u = "éàü\U0001F600x"
for args in [("é",), ("éà",), ("x",), ("\U0001F600x",), ("\U0001F600", 0, 4), ("à", 1), ("ü", 1, 3)]:
    print("unicode", args, u.startswith(*args), u.endswith(*args))

show("int", lambda: s.startswith(1))
show("tuple int", lambda: s.startswith(("a", 1)))
show("list", lambda: s.endswith(["a"]))
show("no args", lambda: s.startswith())
show("bad start", lambda: s.endswith("d", "x"))
show("too many", lambda: s.endswith("d", 1, 2, 3))
