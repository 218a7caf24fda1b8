# for loops that unpack pairs from enumerate and dict items (the loop
# takes the pairs without tuples), with the errors of changing the dict,
# wrong target counts and enumerate subclasses.


class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v


d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for i, c in enumerate("xyz", start=5):
    print(i, c)
for i, c in enumerate([], 3):
    print("never")
for i, c in E("ab"):
    print(i, c)
for i, c in enumerate("ab", 2**63 - 2):
    print(i, c)
it = enumerate(range(3))
for i, v in it:
    if i == 1:
        break
print(list(it))
items = iter(d.items())
for k, v in items:
    break
print(list(items))
pairs = [(i, v) for i, v in enumerate(d.values())]
print(pairs)
print({v: k for k, v in d.items()})
print(sum(i * v for i, v in enumerate(range(10))))

try:
    for k, v in d.items():
        d["z" + k] = v
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k, v in d.items():
        del d[k]
        d[k + "!"] = v
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for a, b, c in d.items():
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    for a, b in enumerate([1, 2], "x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)


def gen():
    yield 1
    raise KeyError("boom")


try:
    for i, v in enumerate(gen()):
        print(i, v)
except KeyError as e:
    print(type(e).__name__, e)
for k, v in d.keys():
    print(k, v)
