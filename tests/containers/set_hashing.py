# set membership and frozenset hashing: equal numbers of different types,
# sets as elements, custom __hash__/__eq__, large sets


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = {1, 1.0, True}
print(s, len(s), {0, 0.0, False, -0.0}, {2 ** 61 - 1, 0}, {-1, -2}, 1.0 in {1}, True in {1.0})
print({1.5, 3.0, 3}, {10 ** 20, 10.0 ** 20}, len({10 ** 20, 10.0 ** 20}), hash(10 ** 20) == hash(10.0 ** 20))
print(frozenset([1, 2]) in {frozenset([2, 1])}, {frozenset(): 1}[frozenset()], {frozenset([frozenset()])})
for fs in (frozenset(), frozenset([0]), frozenset([1, 2, 3]), frozenset(range(10)), frozenset([(1, 2), (3, 4)]),
           frozenset([-1, -2, -3]), frozenset([2 ** 64, 2 ** 65]), frozenset([0.5, 1.5]), frozenset([frozenset([1])])):
    print(sorted(fs, key=repr), hash(fs))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f'P({self.x},{self.y})'


pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(2, 1) in pts, Point(3, 3) in pts)
pts.discard(Point(1, 2))
print(pts)


class NoHash:
    __hash__ = None


show(lambda: {NoHash()})
show(lambda: NoHash() in {1})
show(lambda: {[1]})
show(lambda: {1} | {[1]} if False else set([[1]]))
show(lambda: {1}.issubset([[1]]))


class CollideEq:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, CollideEq) and self.v == other.v


cs = {CollideEq(i) for i in range(20)}
print(len(cs), CollideEq(5) in cs, CollideEq(50) in cs)
for i in range(0, 20, 2):
    cs.remove(CollideEq(i))
print(len(cs), sorted(c.v for c in cs))

big = set(range(0, 100000, 7))
print(len(big), 700 in big, 701 in big, sum(big), min(big), max(big))
big -= set(range(0, 100000, 14))
print(len(big), sum(big))
big2 = {(i, i * i) for i in range(1000)}
print(len(big2), (10, 100) in big2, (10, 101) in big2)
print({i % 7 for i in range(100)}, {(i % 3, i % 2) for i in range(12)})
