# str.translate and str.maketrans.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
t2 = str.maketrans("abc", "xyz", "hl")
print(sorted(t2.items()))
t3 = str.maketrans({"a": "1", 98: "22", "c": None, "é": 101})
print(sorted(t3.items()))
for s in ["hello abc", "", "aabbcc", "héllo é", "\U0001F600abc"]:
    print(repr(s), repr(s.translate(t1)), repr(s.translate(t2)), repr(s.translate(t3)))

class Table:
    def __getitem__(self, k):
        if k == ord("a"):
            return "A!"
        if k == ord("z"):
            raise IndexError(k)
        raise LookupError(k)
show("custom table", lambda: "banana z".translate(Table()))
show("list table", lambda: "\x00\x01\x02".translate(["a", "b"]))
show("bad value", lambda: "a".translate({97: 1.5}))
show("out of range", lambda: "a".translate({97: 0x110000}))
show("negative", lambda: "a".translate({97: -1}))
show("int table", lambda: "a".translate(1))
show("astral", lambda: "a".translate({97: 0x1F600}))

class Bad:
    def __getitem__(self, k):
        raise ValueError("boom")
show("raising table", lambda: "a".translate(Bad()))
show("maketrans none", lambda: str.maketrans())
show("maketrans one str", lambda: str.maketrans("a"))
show("maketrans bad key", lambda: str.maketrans({1.5: 1}))
show("maketrans long key", lambda: str.maketrans({"ab": 1}))
show("maketrans unequal", lambda: str.maketrans("ab", "c"))
show("maketrans int first", lambda: str.maketrans(1, "c"))
show("maketrans int second", lambda: str.maketrans("a", 1))
show("maketrans int third", lambda: str.maketrans("a", "b", 1))
show("maketrans four", lambda: str.maketrans("a", "b", "c", "d"))
show("via instance", lambda: "x".maketrans("a", "b"))
