# str.join with lists, tuples, generators, strs and errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

show("list", lambda: ", ".join(["a", "b", "c"]))
show("tuple", lambda: "-".join(("x",)))
show("empty", lambda: "-".join([]))
show("str", lambda: ".".join("abc"))
show("gen", lambda: "+".join(str(i) for i in range(5)))
show("dict", lambda: "|".join({"k1": 1, "k2": 2}))
show("set one", lambda: "|".join({"only"}))
show("unicode", lambda: "é".join(["ü", "\U0001F600", "x"]))
show("empty sep", lambda: "".join(["a", "b"]))
show("int item", lambda: ",".join(["a", 1]))
show("bytes item", lambda: ",".join(["a", b"b"]))
show("none item", lambda: ",".join([None]))
show("not iterable", lambda: ",".join(5))
show("no args", lambda: ",".join())
show("two args", lambda: ",".join([], []))

class S(str):
    pass
r = "-".join([S("a"), S("b")])
print(repr(r), type(r).__name__)
r = "".join([S("only")])
print(repr(r), type(r).__name__)

def gen():
    yield "a"
    raise ValueError("boom")
show("raising gen", lambda: ",".join(gen()))
