# find, rfind, index, rindex and count with CPython's index adjustments.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

texts = ["hello world", "", "aaaa", "héllo wörld ñ", "abc\U0001F600abc\U0001F600"]
subs = ["", "l", "o", "lo", "xyz", "a", "aa", "ö", "\U0001F600", "abc"]
bounds = [(), (1,), (-3,), (2, -1), (None, 4), (100,), (0, 0), (-100, 100), (5, 2), (3, None), (-1, -1)]
for t in texts:
    for sub in subs:
        for b in bounds:
            res = []
            for m in ("find", "rfind", "count"):
                res.append(getattr(t, m)(sub, *b))
            print(repr(t), repr(sub), b, res)

show("index", lambda: "hello".index("l"))
show("rindex", lambda: "hello".rindex("l"))
show("index missing", lambda: "hello".index("z"))
show("rindex missing", lambda: "hello".rindex("z", 1, 3))
show("find no args", lambda: "hello".find())
show("find int", lambda: "hello".find(1))
show("find bad start", lambda: "hello".find("l", "x"))
show("find float", lambda: "hello".find("l", 1.5))
show("count too many", lambda: "hello".count("l", 1, 2, 3))
show("find kw", lambda: "hello".find(sub="l"))
show("count big", lambda: "hello".count("l", -2**70, 2**70))
show("find None None", lambda: "hello".find("l", None, None))

class Idx:
    def __index__(self):
        return 2
show("find index", lambda: "hello".find("l", Idx()))
show("aaaa count aa", lambda: "aaaa".count("aa"))
show("overlap find", lambda: "aaaa".rfind("aa"))
