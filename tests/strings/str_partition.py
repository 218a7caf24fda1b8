# partition and rpartition.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for s in ["a=b=c", "abc", "", "=", "==", "héllo=wörld", "x\U0001F600y\U0001F600z"]:
    for sep in ["=", "==", "b", "\U0001F600", "zz"]:
        print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))

show("empty", lambda: "abc".partition(""))
show("rempty", lambda: "abc".rpartition(""))
show("int", lambda: "abc".partition(1))
show("none", lambda: "abc".rpartition(None))
show("no args", lambda: "abc".partition())
show("two args", lambda: "abc".partition("a", "b"))

class S(str):
    pass
r = S("a=b").partition("=")
print([type(x).__name__ for x in r])
r = S("ab").partition("=")
print([type(x).__name__ for x in r])
