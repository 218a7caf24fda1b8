# set and frozenset methods and their errors (ints and tuples only, whose
# iteration order is the same as CPython's)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.discard(2)
s.remove(3)
print(s, len(s), 1 in s, 2 in s)
show(lambda: s.remove(99))
show(lambda: set().pop())
show(lambda: set().pop(1))
show(lambda: s.remove([]))
show(lambda: s.discard([]))
show(lambda: s.add([]))
show(lambda: set().add())
show(lambda: set().add(1, 2))
show(lambda: set().union(1))
show(lambda: set().issubset(1))
show(lambda: set().issubset())
show(lambda: set().update(1))
show(lambda: {1}.union({2}, b=3))
show(lambda: {1, 2, 3}.symmetric_difference([3, 4], [1]))
show(lambda: set(1))
show(lambda: set([1], [2]))
show(lambda: set(a=1))
show(lambda: frozenset(a=1))
print({1}.discard({1}), {frozenset({1})}.discard({1}))
fs_in = {frozenset({1, 2}), 5}
fs_in.remove({1, 2})
print(fs_in, {1, 2} in {frozenset({1, 2})})

x = {1, 2, 3, 4}
y = {3, 4, 5}
print(x.union(y), x.union([9], (10,)), x.union(), x.intersection(y), x.intersection([1, 3], range(3)))
print(x.difference(y), x.difference([1], [2]), x.difference(), x.symmetric_difference(y), x.symmetric_difference([1, 7]))
print(x.issubset(x | y), x.issubset([1, 2]), x.issuperset({1}), x.issuperset([1, 9]), x.isdisjoint({7}), x.isdisjoint([4]))
print(set().issubset([]), set().isdisjoint(set()), x.intersection(), x.copy(), x.copy() is x)

z = {1, 2, 3}
z.update([4], (5,), {6: 0})
print(z)
z.intersection_update([1, 2, 3, 4, 5], range(2, 10))
print(z)
z.difference_update([2], {3})
print(z)
z.symmetric_difference_update([4, 5, 6])
print(z)
z.clear()
print(z, len(z), bool(z))

p = set(range(20))
popped = [p.pop() for _ in range(5)]
print(popped, len(p))
while p:
    p.pop()
print(p)

f = frozenset([3, 1, 2])
print(f, f.union([4]), f.copy() is f, type(f | {9}).__name__, type({9} | f).__name__, frozenset(), frozenset(f) is f)
show(lambda: f.add(1))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([(1, 2), (3, 4)])), hash(frozenset(range(100))))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): 'a'}[frozenset([1])])
print(set.__class_getitem__(int), frozenset[int], set.__hash__)
print(set([1, 2, 3]).__reduce__(), frozenset([1]).__reduce__())
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__())


def changed():
    q = {1, 2}
    for i in q:
        q.add(i + 10)


show(changed)


def changed_discard():
    q = {1, 2, 3}
    for i in q:
        q.discard(i)


show(changed_discard)


def self_add():
    q = set()
    q.add(q)


show(self_add)
