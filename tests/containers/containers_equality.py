# equality and ordering across container types, nested containers,
# identity shortcuts, and __eq__ results that are not bool


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f'eq({self.v}, {getattr(other, "v", other)})')
        return isinstance(other, Loud) and self.v == other.v

    __hash__ = object.__hash__


x = Loud(1)
print([x] == [x], [x] == [Loud(1)], (x,) == (Loud(2),), x in [Loud(0), x], [x].count(x), [Loud(5)].index(Loud(5)))
print({1: x} == {1: x}, {1: x} == {1: Loud(1)}, {x} == {x})
print([1, [2, [3]]] == [1, [2, [3]]], (1, (2,)) == (1, (2,)), [1, 2] == (1, 2), {1: [2]} == {1: [2]})
print({1, 2} == frozenset({1, 2}), {1: 2}.keys() == {1}, [] == (), [] == [], {} == set(), () == ())
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], (3,) > (2, 9, 9), [[1]] < [[1, 0]], ['a'] < ['b'])


class Weird:
    def __eq__(self, other):
        return 'truthy string'

    def __lt__(self, other):
        return []

    __hash__ = object.__hash__


w = Weird()
print(w == 1, [Weird()] == [Weird()], Weird() in [1], sorted([Weird(), Weird()]) is not None)
print([w] < [Weird()], (1, w) < (1, Weird()))


class Unorderable:
    __hash__ = object.__hash__


for a, b in (([1], [1, 2]), ([Unorderable()], [Unorderable()]), ((1, 'a'), (1, 2))):
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError', e)
n = float('nan')
print([n] == [n], n in [n], (n,) == (n,), {n: 1}[n], [n].index(n), [n].count(n), {n} == {n})
print([1, 2] != [1, 2], (1,) != (2,), {1: 1} != {1: 2}, {1} != {1})
print(sorted([[3], [1, 2], [1], []]), sorted([(2, 'b'), (2, 'a'), (1, 'z')]), max([(1, 2), (1, 3)]))
print([True, 1, 1.0] == [1, 1.0, True], {1: 'a'} == {True: 'a'}, {0.0} == {False})
