# asyncio.Runner, get_event_loop/set_event_loop, ensure_future,
# iscoroutine helpers, all_tasks, generic aliases.
import asyncio
import functools


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    print(runner.run(add(3, 4)))
    loop = runner.get_loop()
    print(loop.is_closed(), asyncio.get_event_loop() is loop)
    try:
        runner.run(1)
    except ValueError as e:
        print('ValueError', e)
print(loop.is_closed())
c = add(0, 0)
try:
    runner.run(c)
except RuntimeError as e:
    print('RuntimeError', e)
c.close()

r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
r.close()
r.close()


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'custom awaitable'


async def helpers():
    loop = asyncio.get_running_loop()
    print(asyncio.get_event_loop() is loop)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(add(5, 6))
    print(type(t).__name__, await t)
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError', e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(f, loop=other)
    except ValueError as e:
        print('ValueError', e)
    other.close()
    c = add(1, 1)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(add),
          asyncio.iscoroutinefunction(add),
          asyncio.iscoroutinefunction(functools.partial(add, 1)),
          asyncio.iscoroutine(1))
    c.close()
    print(asyncio.isfuture(f), asyncio.isfuture(1), asyncio.isfuture(t))
    print(asyncio.current_task() in asyncio.all_tasks())
    extra = asyncio.create_task(asyncio.sleep(0.01), name='extra')
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await extra
    print(len(asyncio.all_tasks()))
    print(asyncio.Future is asyncio.futures.Future, asyncio.Task.__name__)
    print(asyncio.Queue[int], asyncio.Future[int], asyncio.Task[str])
    f2 = asyncio.Future()
    print(f2.get_loop() is loop)


asyncio.run(helpers())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.set_event_loop(1)
except TypeError as e:
    print('TypeError', e)
