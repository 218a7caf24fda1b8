# Argument errors of the contextvars API.
import contextvars as cv
v = cv.ContextVar('v')
for f in [lambda: v.get(default=1), lambda: v.get(1, 2), lambda: v.set(1, 2), lambda: v.reset(), lambda: cv.ContextVar(name='n').name,
          lambda: cv.ContextVar('n', default=None).get(), lambda: cv.Context().get(), lambda: cv.copy_context(1),
          lambda: list(cv.Context().items()), lambda: isinstance(cv.Context(), __import__('collections.abc').abc.Mapping),
          lambda: v.name.upper(), lambda: type(v).__name__, lambda: type(v).__qualname__]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: cv.ContextVar('x', foo=1), lambda: cv.ContextVar('x', 'y', 'z'),
          lambda: cv.ContextVar(), lambda: cv.Context().get(1, 2, 3)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
