# Containers drop their references to removed items: a weak reference to
# a removed item dies at once (gc.collect), whatever the list's history.
import weakref, gc, collections


class O:
    pass


def check(name, make, op):
    l = make()
    w = weakref.ref(l[1])
    op(l)
    gc.collect()
    print(name, w() is None, len(l))


makers = {
    'literal': lambda: [O(), O(), O(), O(), O()],
    'comp': lambda: [O() for i in range(5)],
    'comp20': lambda: [O() for i in range(20)],
    'slice': lambda: [O() for i in range(5)][:],
    'concat': lambda: [O(), O()] + [O(), O(), O()],
    'appended': lambda: (lambda l: [l.append(O()) for i in range(30)] and l)([]),
    'list()': lambda: list(O() for i in range(5)),
    'mul': lambda: [O() for i in range(5)] * 1,
}


def ext(l):
    del l[::2]
    del l[0]


def popend(l):
    del l[2:]
    l.pop()


def grow_then_del(l):
    l.extend(range(40))
    del l[:3]


def imul_grow(l):
    l *= 3
    del l[:]


def iadd(l):
    l += [1] * 30
    del l[1]


def insert_many(l):
    for i in range(30):
        l.insert(0, i)
    del l[31]


def sortkey(l):
    l[1] = 5
    l.sort(key=id)


def reinit(l):
    l.__init__([1, 2, 3])


ops = {
    'clear': lambda l: l.clear(),
    'delslice': lambda l: l.__delitem__(slice(0, 3)),
    'slice=[]': lambda l: l.__setitem__(slice(0, 3), []),
    'slice=[1]': lambda l: l.__setitem__(slice(0, 3), [1]),
    'slice grow': lambda l: l.__setitem__(slice(0, 3), list(range(50))),
    'ext del': ext,
    'pop': lambda l: l.pop(1),
    'del item': lambda l: l.__delitem__(1),
    'imul0': lambda l: l.__imul__(0),
    'popend': popend,
    'remove': lambda l: l.remove(l[1]),
    'sort': sortkey,
    'grow then del': grow_then_del,
    'imul grow': imul_grow,
    'iadd': iadd,
    'insert': insert_many,
    'reinit': reinit,
    'set item': lambda l: l.__setitem__(1, None),
}
for mn, make in makers.items():
    for on, op in ops.items():
        check(mn + ' ' + on, make, op)

d = collections.deque(O() for i in range(5))
w = weakref.ref(d[0])
d.popleft()
gc.collect()
print('deque popleft', w() is None)
d = collections.deque(O() for i in range(50))
w = weakref.ref(d[10])
del d[10]
d.clear()
gc.collect()
print('deque del', w() is None)
d = {i: O() for i in range(5)}
w = weakref.ref(d[0])
del d[0]
gc.collect()
print('dict del', w() is None)
d = {i: O() for i in range(5)}
w = weakref.ref(d[4])
d.popitem()
gc.collect()
print('dict popitem', w() is None)
d = {O(): 1 for i in range(5)}
w = weakref.ref(next(iter(d)))
d.clear()
gc.collect()
print('dict clear', w() is None)
s = {O() for i in range(5)}
w = weakref.ref(next(iter(s)))
s.clear()
gc.collect()
print('set clear', w() is None)
s = {O() for i in range(5)}
x = next(iter(s))
w = weakref.ref(x)
s.discard(x)
del x
gc.collect()
print('set discard', w() is None)
