# itertools: subclassing the iterator types, __class_getitem__, laziness.
import itertools

class MyCount(itertools.count):
    def peek(self):
        return "peek"

c = MyCount(3)
print(next(c), next(c), c.peek(), isinstance(c, itertools.count), type(c).__name__)

class MyChain(itertools.chain):
    pass

print(list(MyChain("ab", "c")), type(MyChain.from_iterable(["x"])).__name__)
print(itertools.chain[int], itertools.count.__name__, itertools.count.__module__)

log = []
def gen():
    for i in range(5):
        log.append(i)
        yield i

it = itertools.islice(gen(), 2)
print(log, next(it), log)
print(list(itertools.takewhile(lambda x: x < 2, gen())), log)

print(sorted(n for n in dir(itertools) if not n.startswith("_")))
