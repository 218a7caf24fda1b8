# globals(), locals(), vars() and dir() without arguments, in module,
# class and function scopes

module_var = 1
print(sorted(k for k in globals() if not k.startswith('__')))
print(locals() is globals(), vars() is globals(), '__name__' in dir(), globals()['__name__'])


class Body:
    x = 1
    y = x + 1
    names = sorted(locals())
    print('class body:', names, sorted(vars()), 'x' in dir())


print(Body.names)


def func(a, *args, b=2, **kw):
    c = 3
    print(sorted(locals()), locals()['args'], locals()['kw'], sorted(dir()))
    d = 4
    print(sorted(locals()))
    del c
    print(sorted(locals()))
    return vars()


print(sorted(func(1, 2, x=5)))


def outer():
    cell = 'cell'
    unused = 0

    def inner():
        print('inner locals:', locals())
        return cell
    print('outer locals:', sorted(locals()))
    return inner()


print(outer())


def modify_locals():
    x = 1
    locals()['x'] = 99
    return x


print(modify_locals())
g = globals()
g['made_here'] = 'yes'
print(made_here, 'made_here' in globals())


def comprehension_scope():
    data = [1, 2]
    return [sorted(locals()) for _ in data][0]


print(comprehension_scope())
print(vars(Body)['y'], 'names' in vars(Body), type(vars(Body)).__name__)
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
lam = lambda q: sorted(locals())
print(lam(1))
