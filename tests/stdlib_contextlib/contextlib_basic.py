# contextlib: contextmanager, suppress, redirect_*, closing, nullcontext, ExitStack, async variants.
import contextlib, sys, io

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("v")
try:
    with swallow():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)

@contextlib.contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)

@contextlib.contextmanager
def stop_wrap():
    yield
try:
    with stop_wrap():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration kept", e)

@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2
print(decorated(21))
print(decorated(1))

with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("after suppress")
try:
    with contextlib.suppress(KeyError):
        [][0]
except IndexError:
    print("not suppressed")

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as b:
    print("captured")
print(repr(buf.getvalue()), b is buf)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    sys.stderr.write("to err")
print(repr(err.getvalue()))

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closed", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)

with contextlib.nullcontext(5) as v:
    print("null", v)

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("stacked"))
    stack.push(lambda *a: print("push saw", a[0]))
    print("in stack")

def cleanup_order():
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        stack.callback(lambda: {}["missing"])
        raise ValueError("first")
try:
    cleanup_order()
except Exception as e:
    print(type(e).__name__, repr(e.__context__), repr(e.__context__.__context__))

with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError("suppressed by stack")
print("survived")

stack = contextlib.ExitStack()
stack.callback(print, "popped later")
s2 = stack.pop_all()
stack.close()
print("first closed")
s2.close()

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print(e)

print(isinstance(tag("x"), contextlib.AbstractContextManager), issubclass(io.StringIO, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
class CM(contextlib.ContextDecorator):
    def __enter__(self): print("enter CM"); return self
    def __exit__(self, *a): print("exit CM"); return False
@CM()
def f(): print("in f")
f()

@contextlib.asynccontextmanager
async def actx(n):
    print("aenter", n)
    yield n + 1
    print("aexit", n)
async def main():
    async with actx(1) as v:
        print("got", v)
    async with contextlib.AsyncExitStack() as st:
        w = await st.enter_async_context(actx(10))
        st.push_async_callback(noop, "cb")
        print("w", w)
    async with contextlib.nullcontext(3) as x:
        print("anull", x)
async def noop(m):
    print("async callback", m)
c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
print(contextlib.__all__)
