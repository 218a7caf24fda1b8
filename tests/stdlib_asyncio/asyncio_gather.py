# gather: results in order, return_exceptions, first exception, outer
# cancellation, duplicates, futures.
import asyncio


async def job(name, delay, fail=False):
    print('start', name)
    await asyncio.sleep(delay)
    if fail:
        print('fail', name)
        raise ValueError(name)
    print('end', name)
    return name * 2


async def main():
    print(await asyncio.gather(job('a', 0.2), job('b', 0.1), job('c', 0)))
    print(await asyncio.gather())
    print(await asyncio.gather(job('d', 0.01, True), job('e', 0),
                               return_exceptions=True))
    try:
        await asyncio.gather(job('f', 0.01, True), job('g', 0.2))
    except ValueError as e:
        print('caught', repr(e))
    await asyncio.sleep(0.3)   # g still finishes

    t = asyncio.create_task(job('h', 0.01))
    c = job('i', 0)
    print(await asyncio.gather(t, c, t, c))

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'fut')
    print(await asyncio.gather(fut, job('j', 0)))

    g = asyncio.gather(job('k', 1), job('l', 1))
    await asyncio.sleep(0)
    print('cancel outer', g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('outer cancelled', repr(e))

    t1 = asyncio.create_task(job('m', 1))
    t2 = asyncio.create_task(job('n', 0.01))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel('child')
    print(await g)
    t1 = asyncio.create_task(job('o', 1))
    g = asyncio.gather(t1, job('p', 0))
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print('child cancel propagates', repr(e))
    g = asyncio.gather(job('q', 0))
    await g
    print('cancel done gather', g.cancel())

    try:
        asyncio.gather(1)
    except TypeError as e:
        print('TypeError', e)


asyncio.run(main())
