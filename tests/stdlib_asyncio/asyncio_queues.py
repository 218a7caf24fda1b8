# Queue, PriorityQueue, LifoQueue: producers and consumers, maxsize,
# task_done/join, QueueEmpty/QueueFull, str().
import asyncio


async def basics():
    q = asyncio.Queue()
    print(str(q), q.empty(), q.full(), q.qsize(), q.maxsize)
    for i in range(3):
        q.put_nowait(i)
    print(str(q))
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    b = asyncio.Queue(maxsize=1)
    b.put_nowait('x')
    print(b.full())
    try:
        b.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    pq = asyncio.PriorityQueue()
    for v in [5, 1, 4, 1, 3, 9, 2]:
        pq.put_nowait(v)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    pq.put_nowait((2, 'b'))
    pq.put_nowait((1, 'a'))
    print(await pq.get(), await pq.get())
    lq = asyncio.LifoQueue()
    for v in 'abc':
        await lq.put(v)
    print(str(lq), [await lq.get() for _ in range(3)])
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)


async def producer_consumer():
    q = asyncio.Queue(maxsize=2)

    async def producer(name, n):
        for i in range(n):
            await q.put(f'{name}{i}')
            print('put', f'{name}{i}', q.qsize())
        print('producer', name, 'done')

    async def consumer(name):
        while True:
            item = await q.get()
            print(name, 'got', item)
            await asyncio.sleep(0)
            q.task_done()

    consumers = [asyncio.create_task(consumer(f'c{i}')) for i in range(2)]
    await asyncio.gather(producer('p', 4), producer('q', 3))
    await q.join()
    print('joined', str(q))
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])


async def cancelled_getter():
    q = asyncio.Queue()
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    t.cancel()
    await asyncio.sleep(0)
    print(str(q), t.cancelled())
    t2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait('v')
    print(await t2)
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print('get timed out', str(q))


asyncio.run(basics())
asyncio.run(producer_consumer())
asyncio.run(cancelled_getter())
