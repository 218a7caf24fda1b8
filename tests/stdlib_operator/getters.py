# operator: attrgetter, itemgetter, methodcaller.
from operator import attrgetter, itemgetter, methodcaller

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.child = None

p = P(1, 2)
p.child = P(3, 4)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("child.y")(p), attrgetter("child.x", "x")(p))
print(repr(attrgetter("x")), repr(attrgetter("a", "b.c")))
for call in ["attrgetter(1)", "attrgetter()", "attrgetter('z')(p)", "attrgetter('x')()", "attrgetter('x')(p, p)",
             "attrgetter('child.z')(p)"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)

data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), itemgetter(1, 0)(data[0]))
print(itemgetter(slice(1, None))("hello"), itemgetter("k")({"k": "v"}), itemgetter(-1)([1, 2, 3]))
print(repr(itemgetter(1)), repr(itemgetter(1, "x")), repr(itemgetter(slice(None))))
for call in ["itemgetter()", "itemgetter(5)([])", "itemgetter('x')({})", "itemgetter(0)()"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)

print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("split", sep="-")("a-b"),
      methodcaller("replace", "a", "o", 1)("aaa"))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "x", k=2)))
for call in ["methodcaller()", "methodcaller(1)", "methodcaller('nope')(1)", "methodcaller('upper')()"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)
print(list(map(attrgetter("real"), [1, 2.5, 3j])), type(attrgetter("x")).__name__, attrgetter.__module__)
