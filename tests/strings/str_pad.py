# center, ljust, rjust and zfill.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for s in ["", "a", "ab", "abc", "-12", "+3.5", "ñé", "-", "+", "\U0001F600"]:
    for w in [-1, 0, 1, 2, 5, 6, 7]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "ü")),
              repr(s.rjust(w, "-")), repr(s.zfill(w)))

show("center no args", lambda: "a".center())
show("center three", lambda: "a".center(1, 2, 3))
show("center str width", lambda: "a".center("x"))
show("fill two chars", lambda: "a".center(3, "xy"))
show("fill int", lambda: "a".ljust(3, 1))
show("fill empty", lambda: "a".rjust(3, ""))
show("zfill none", lambda: "a".zfill())
show("zfill str", lambda: "a".zfill("5"))
show("huge width", lambda: "a".ljust(2**70))
show("memory", lambda: "a".center(2**62))
show("kw", lambda: "a".center(width=3))

class W:
    def __index__(self):
        return 4
show("index width", lambda: "a".center(W(), "."))
