# ContextVar get/set/reset, Token, Context as a mapping, run and copy.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context


def err(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
    else:
        print('ok', repr(r).split(' at 0x')[0])


print(sorted(contextvars.__all__))
print(ContextVar, Context, Token)
print(Token.MISSING)

a = ContextVar('a')
b = ContextVar('b', default=10)
print(a.name, b.name)
print(repr(a).split(' at 0x')[0], repr(b).split(' at 0x')[0])
err(a.get)
print(a.get(5), b.get(), b.get(7))

t = a.set(1)
print(a.get(), t.var is a, t.old_value)
print(repr(t).split(' at 0x')[0])
t2 = a.set(2)
print(a.get(), t2.old_value)
a.reset(t2)
print(a.get())
print(repr(t2).split(' at 0x')[0])
err(a.reset, t2)
err(b.reset, t)
err(a.reset, 'x')
a.reset(t)
err(a.get)

# errors of the constructors
err(ContextVar, 1)
err(ContextVar, 'x', 1)
err(Token)
err(Context, 1)
err(lambda: a.set())
err(setattr, a, 'name', 'z')
for cls in (ContextVar, Context, Token):
    try:
        type('X', (cls,), {})
    except TypeError as e:
        print('TypeError', e)

# Context as a mapping
c = Context()
print(len(c), list(c), c.get(a), c.get(a, 'dflt'))
err(c.__getitem__, a)
err(c.__getitem__, 1)
err(c.get, 'a')
err(lambda: 1 in c)
err(hash, c)


def setter(v):
    a.set(v)
    b.set(v * 2)
    return a.get() + b.get()


print(c.run(setter, 3))
print(len(c), c[a], c[b], a in c, c.get(a))
print(sorted(c.values()), sorted(n.name for n in c.keys()))
print(sorted((k.name, v) for k, v in c.items()))
print(sorted(k.name for k in c))
err(a.get)  # outside the context a is still unset

c2 = c.copy()
print(c2 == c, c2 is c, c == Context())
c2.run(a.set, 99)
print(c[a], c2[a], c2 == c)


def nested():
    c.run(print, 'never')


err(c.run, nested)
err(c.run)
print(c.run(lambda: c2.run(a.get)))

# copy_context snapshots the current context
x = ContextVar('x', default='d')
x.set('outer')
snap = copy_context()
x.set('changed')
print(snap[x], x.get(), snap.run(x.get))


def inner():
    x.set('inside')
    return x.get()


print(snap.run(inner), x.get(), snap[x])

# tokens from another context
tok = x.set('v')
err(snap.run, x.reset, tok)
x.reset(tok)
print(x.get())


def keyword_run(p, *, q):
    return p + q


print(Context().run(keyword_run, 1, q=2))


def raiser():
    a.set('in raiser')
    raise ValueError('boom')


c3 = Context()
err(c3.run, raiser)
print(c3[a], c3.run(a.get))
