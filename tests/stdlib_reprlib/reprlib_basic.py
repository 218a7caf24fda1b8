# reprlib: limited reprs of every container kind, strings, ints, recursion guard.
import array
import collections
import reprlib

r = reprlib.repr
print(r(list(range(100))), r(tuple(range(3))), r((1,)), r(()), r([]), r(set(range(20))), r(set()))
print(r(frozenset("abcdefghij")), r(frozenset()), r({i: str(i) for i in range(10)}), r({}))
print(r(collections.deque(range(10))), r(array.array("i", range(10))), r(array.array("d")))
print(r("x" * 100), r("short"), r("a'b" * 20), r(2 ** 200), r(12345))
print(r([[[[[[[[1]]]]]]]]), r({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))
print(r({3, 1.5}), r({"b": 1, 1: 2}))


class Big:
    def __repr__(self):
        return "Big(" + "x" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(r(Big()), r(Broken()).startswith("<Broken instance at 0x"))
rp = reprlib.Repr()
rp.maxlist = 2
rp.maxstring = 10
rp.maxlevel = 1
rp.fillvalue = "~~"
print(rp.repr([1, 2, 3]), rp.repr("abcdefghijklmnop"), rp.repr([[1, 2], [3]]), rp.repr({"k": [1]}))


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "INT"


print(MyRepr().repr([1, (2, "x")]))


class Tree:
    def __init__(self):
        self.kids = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Tree(%r)" % self.kids


t = Tree()
t.kids.append(t)
t.kids.append(Tree())
print(t, Tree.__repr__.__name__, Tree.__repr__.__qualname__)


class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Other[%r]" % (self,)


print(Other())
