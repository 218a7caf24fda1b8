# map, filter, zip, enumerate, reversed and iter(callable, sentinel) are
# lazy: they call functions and advance iterators only when asked, in
# CPython's order

log = []


def src(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        yield i


def f(*args):
    log.append(f'f{args}')
    return sum(args)


m = map(f, src('a', 3), src('b', 2))
print(log)
print(next(m), log)
print(list(m), log)
log.clear()

z = zip(src('x', 2), src('y', 5))
print(list(z), log)
log.clear()
z = zip(src('x', 3), src('y', 1))
print(list(z), log)
log.clear()

flt = filter(lambda v: log.append(f'test{v}') or v % 2, src('s', 4))
print(log, next(flt), log, list(flt), log)
log.clear()

e = enumerate(src('e', 2), 10)
print(log, list(e), log)
log.clear()

it = iter(lambda: log.append('call') or len(log), 3)
print(list(it), log)
log.clear()


class Seq:
    def __len__(self):
        log.append('len')
        return 2

    def __getitem__(self, i):
        log.append(f'get{i}')
        if i >= 2:
            raise IndexError
        return i


r = reversed(Seq())
print(log, next(r), next(r), next(r, None), log)
log.clear()
print(any(src('any', 5)), log)
log.clear()
print(all(x < 1 for x in src('all', 5)), log)
log.clear()
print(min(src('m', 3)), max(src('M', 2), default=None), sum(src('S', 3), 100), log)
log.clear()
mixed = list(zip(map(f, src('p', 2)), filter(None, src('q', 4))))
print(mixed, log)
