import threading

lock = threading.Lock()


def one(path):
    with open(path) as f:
        return f.read()


def two(a, b):
    with a as x, b as (y, z):
        print(x, y, z)
    with a:
        pass


def loop(items):
    for item in items:
        with lock:
            if item:
                continue
            if item is None:
                break
            return item


async def aw(m, n):
    async with m as x:
        async with n:
            await x
    async for i in m:
        print(i)
    else:
        print("exhausted")
