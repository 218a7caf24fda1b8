# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier: FIFO
# wake-up order, reprs (without addresses), errors.
import asyncio


def state(obj):
    r = repr(obj)
    return r[r.index('['):]


async def locks():
    lock = asyncio.Lock()
    print(state(lock), lock.locked())

    async def user(n):
        async with lock:
            print('user', n, 'has the lock', state(lock))
            await asyncio.sleep(0)
        print('user', n, 'released')

    await asyncio.gather(*(user(i) for i in range(3)))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await lock.acquire(), state(lock))

    async def waiter():
        try:
            await lock.acquire()
        except asyncio.CancelledError:
            print('waiter cancelled')
            raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(state(lock))
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(state(lock))
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print('TypeError', e)


async def events():
    ev = asyncio.Event()
    print(state(ev), ev.is_set())

    async def w(n):
        print('waiting', n)
        print('woke', n, await ev.wait())

    ts = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    ev.set()
    await asyncio.gather(*ts)
    print(state(ev), await ev.wait())
    ev.clear()
    print(ev.is_set())


async def conditions():
    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print('consumer', n, 'got', items.pop(0))

    ts = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*ts)

    async def all_waiter(n):
        async with cond:
            print('all', n, await cond.wait())

    ts = [asyncio.create_task(all_waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    for f in (cond.notify, cond.wait):
        try:
            r = f()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print('RuntimeError', e)
    lk = asyncio.Lock()
    c2 = asyncio.Condition(lk)
    async with c2:
        print(lk.locked(), c2.locked())


async def semaphores():
    sem = asyncio.Semaphore(2)
    print(state(sem))

    async def job(n):
        async with sem:
            print('job', n, 'in', state(sem))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
        print('job', n, 'out')

    await asyncio.gather(*(job(i) for i in range(4)))
    print(state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    s0.release()
    print(s0.locked(), await s0.acquire())


async def barriers():
    bar = asyncio.Barrier(3)
    print(state(bar), bar.parties, bar.n_waiting, bar.broken)

    async def party(n):
        print('party', n, 'arrives')
        idx = await bar.wait()
        print('party', n, 'passes with index', idx)

    await asyncio.gather(*(party(i) for i in range(3)))
    print(state(bar))
    t = asyncio.create_task(party(9))
    await asyncio.sleep(0)
    print(state(bar))
    await bar.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    print(state(bar), bar.broken)
    try:
        await bar.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    await bar.reset()
    print(state(bar))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)


for f in (locks, events, conditions, semaphores, barriers):
    print('--', f.__name__)
    asyncio.run(f())
