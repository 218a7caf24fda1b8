# Coroutines driven by hand: async def, await, async for, async with,
# async generators, and the coroutine methods.

class Future:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ("waiting", self.value)
        return got

async def add(a, b):
    x = await Future(a)
    y = await Future(b)
    return x + y

def run(coro):
    log = []
    try:
        req = coro.send(None)
        while True:
            log.append(req)
            req = coro.send(req[1] * 10)
    except StopIteration as e:
        return e.value, log

print(run(add(1, 2)))

async def nested():
    r = await add(3, 4)
    return r * 2

print(run(nested()))

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def consume():
    out = []
    async for v in Ticker(3):
        out.append(v)
    return out

print(run(consume()))

class Lock:
    async def __aenter__(self):
        print("acquire")
        return self
    async def __aexit__(self, *exc):
        print("release", exc[0].__name__ if exc[0] else None)
        return False

async def locked():
    async with Lock() as l:
        print("inside", type(l).__name__)
    try:
        async with Lock():
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    return "done"

print(run(locked()))

async def agen(n):
    for i in range(n):
        yield i * i

async def use_agen():
    return [v async for v in agen(4)]

print(run(use_agen()))

c = add(1, 1)
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def raiser():
    raise KeyError("k")

try:
    raiser().send(None)
except KeyError as e:
    print("KeyError", e)

async def awaits_int():
    await 5

try:
    awaits_int().send(None)
except TypeError as e:
    print("TypeError:", e)

class Legacy:
    def __await__(self):
        v = yield ("legacy", 7)
        return v

async def uses_legacy():
    return await Legacy()

print(run(uses_legacy()))
