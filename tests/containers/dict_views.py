# dict views: keys/values/items, set operations, comparisons, reversed,
# mapping, live updates


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = {1: 'a', 2: 'b', 3: 'c'}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d[4] = 'd'
print(k, list(v), list(i)[-1], 4 in k, 'd' in v, (4, 'd') in i, (4, 'x') in i, 4 in i)
print(k.mapping, v.mapping['a'] if False else v.mapping[1], type(k.mapping).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(k | {9}, k & {1, 2, 99}, k - {1}, k ^ {1, 10}, {0} | k, {1, 2} & k, [1, 5] - k if False else {5} - k)
print(k & [2, 3], k | (7,), k - [1, 2], k ^ [4, 5])
print(sorted(i | {(9, 'z')}), i & {(1, 'a'), (2, 'x')}, sorted(i - {(1, 'a')}))
print(k == {1, 2, 3, 4}, k == {1, 2}, k != {1}, k < {1, 2, 3, 4, 5}, k <= {1, 2, 3, 4}, k > {1}, k >= {1, 2, 3, 4})
print(k == [1, 2, 3, 4], i == {(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')}, k == d.keys(), i == d.items())
print(v == v, v == d.values(), k.isdisjoint([7, 8]), k.isdisjoint([1]), i.isdisjoint([(1, 'a')]))
show(lambda: k < [1])
show(lambda: k | 1)
show(lambda: v | {1})
show(lambda: hash(k))
show(lambda: k.isdisjoint(1))
print({'a': 1}.items() & [('a', 1)], ('a', [1]) in {'a': 1}.items())
show(lambda: d.keys() | [[]])
show(lambda: ([], 1) in d.items())

# iterating while changing the dict
def grow():
    x = {1: 2}
    for key in x:
        x[key + 1] = 3


def swap_keys():
    x = {1: 2, 2: 3}
    for key in x:
        del x[key]
        x[key + 10] = 1


def change_values():
    x = {1: 2, 2: 3}
    for key in x:
        x[key] = 'new'
    return x


show(grow)
show(swap_keys)
show(change_values)


def grow_values():
    x = {1: 2}
    for val in x.values():
        x[val] = 0


show(grow_values)


def grow_reversed():
    x = {1: 2, 3: 4}
    for key in reversed(x):
        x[key + 100] = 0


show(grow_reversed)

it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__(), len(list(it)), it.__length_hint__())
ri = reversed(d.items())
print(ri.__length_hint__(), next(ri), ri.__length_hint__())
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e)))
r = {}
r['self'] = r.keys()
print(r)
print(repr({1: {}}.keys()), repr({1: [1]}.values()))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__,
      type(iter(i)).__name__, type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
