# functools: partial (calls, flattening, attributes, repr), reduce,
# cmp_to_key.
from functools import partial, reduce, cmp_to_key
import operator

def f(a, b=2, *args, **kw):
    return a, b, args, kw

p = partial(f, 1, b=3)
print(p(), p(x=6), p(b=9), p.func is f, p.args, p.keywords)
q = partial(partial(f, 1), 7, y=8)
print(q.func is f, q.args, q.keywords, q())
print(partial(int, base=2)("101"), partial(max, key=len)("a", "bbb", "cc"), list(map(partial(pow, 2), range(5))))
print(repr(partial(len)), repr(partial(int, "10", base=16)))
for call in ["partial(1)", "partial()", "partial(f)(b=1)", "p(1, 2, b=3)"]:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "!!", e)
p.attr = 5
print(p.attr, p.__dict__, type(p).__name__, type(p).__module__)
class MyPartial(partial):
    pass
print(MyPartial(f, 0)(), type(MyPartial(f)).__name__)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 1), reduce(lambda a, b: a + b, [], 0),
      reduce(max, [3, 9, 2]), reduce(operator.add, ["a", "b"], "z"))
for call in ["reduce(operator.add, [])", "reduce(operator.add, 1)", "reduce()", "reduce(1, [1, 2])"]:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "!!", e)

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)), sorted(words, key=cmp_to_key(lambda a, b: (a < b) - (a > b))))
K = cmp_to_key(by_length_then_alpha)
k1, k2 = K("ab"), K("abc")
print(k1 < k2, k1 > k2, k1 == K("zz"), k1 <= k2, k1.obj, type(k1).__name__)
for call in ["hash(k1)", "k1 < 'x'"]:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "!!", e)
print(min(words, key=K), max(words, key=K))
