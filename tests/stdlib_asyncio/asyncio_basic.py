# asyncio.run, tasks interleaving, sleep with result, names, reprs.
import asyncio


async def worker(name, delays):
    for i, d in enumerate(delays):
        print(f'{name} step {i}')
        await asyncio.sleep(d)
    return name.upper()


async def zero(n):
    for i in range(3):
        print('zero', n, i)
        await asyncio.sleep(0)
    return n


async def main():
    print('main start', asyncio.current_task().get_name())
    t1 = asyncio.create_task(worker('a', [0.05, 0.1]))
    t2 = asyncio.create_task(worker('b', [0.15, 0.01]), name='bee')
    print(t1.get_name(), t2.get_name(), t1.done())
    print(await t1, await t2, t1.done(), t1.result())
    z = [asyncio.create_task(zero(i)) for i in range(3)]
    for t in z:
        print('got', await t)
    print(await asyncio.sleep(0, 'result0'), await asyncio.sleep(0.01, result=[1]))
    t = asyncio.create_task(zero(9))
    t.set_name(42)
    print(repr(t.get_name()))
    await t
    r = repr(t)
    print(r[:r.index('coro=')])
    print(asyncio.iscoroutine(t.get_coro()), asyncio.iscoroutinefunction(zero),
          asyncio.iscoroutinefunction(print), asyncio.isfuture(t))
    return 'main done'


print(asyncio.run(main()))


async def raiser():
    await asyncio.sleep(0)
    raise KeyError('k')

try:
    asyncio.run(raiser())
except KeyError as e:
    print('KeyError', e)

for bad in [1, main, lambda: 1]:
    try:
        asyncio.run(bad)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


async def nested():
    c = main()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()
    c = asyncio.sleep(0)
    try:
        asyncio.get_running_loop().run_until_complete(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()

asyncio.run(nested())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
print(asyncio.current_task.__name__)
