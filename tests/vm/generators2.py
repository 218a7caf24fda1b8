# More generator behaviour: close() in finally, return in the middle,
# generator as context for try/finally, gi_frame, recursion through
# generators, send to a running generator, generator expressions binding.

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")

g = with_finally()
print(next(g))
g.close()
print("closed")

def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield from tree(n - 1)
    yield f"node{n}"

print(list(tree(3)))

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)

x = 10
gen = (x + i for i in range(3))
x = 100
print(list(gen))

def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

acc = accumulate()
next(acc)
for v in (5, 10, 20):
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

def throw_after_done():
    yield 1

t = throw_after_done()
list(t)
try:
    t.throw(ValueError("late"))
except ValueError as e:
    print("ValueError:", e)

def gen_with_frame():
    yield 1

gf = gen_with_frame()
print(gf.gi_frame is not None, gf.gi_frame.f_code.co_name)
list(gf)
print(gf.gi_frame)

pairs = list(zip((i * i for i in range(4)), "abcd"))
print(pairs)
print(sum(i for i in range(101)))
evens = filter(lambda n: n % 2 == 0, (i for i in range(10)))
print(list(evens))

def infinite():
    n = 0
    while True:
        yield n
        n += 1

import itertools
print(list(itertools.islice(infinite(), 5)))
