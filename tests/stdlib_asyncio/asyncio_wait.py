# wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout),
# wait_for, shield, as_completed.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def waits():
    mk = lambda n, d, f=False: asyncio.create_task(job(n, d, f), name=n)
    ts = [mk('a', 0.01), mk('b', 0.3), mk('c', 0.2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('first', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('all', names(done), names(pending))
    ts = [mk('d', 0.01, True), mk('e', 0.5), mk('f', 0)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('exc', names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.01)
    print('timeout', names(done), names(pending))
    for t in pending:
        t.cancel()
    ts[0].exception()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for args, kw in [((), {}), (([],), {}), ((ts,), {'return_when': 'x'}),
                     ((ts[0],), {})]:
        try:
            await asyncio.wait(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    c = job('z', 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print('TypeError', e)
    c.close()


async def wait_fors():
    print(await asyncio.wait_for(job('w1', 0.01), timeout=1))
    print(await asyncio.wait_for(job('w2', 0), timeout=None))
    try:
        await asyncio.wait_for(job('w3', 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, repr(e.__cause__))
    try:
        await asyncio.wait_for(job('w4', 1), timeout=0)
    except TimeoutError as e:
        print('timeout 0', repr(e))
    try:
        await asyncio.wait_for(job('w5', 0, True), timeout=1)
    except ValueError as e:
        print('error', repr(e))

    async def slow_cleanup():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('cleanup starts')
            await asyncio.sleep(0.01)
            print('cleanup ends')
            raise

    try:
        await asyncio.wait_for(slow_cleanup(), 0.01)
    except TimeoutError:
        print('timed out after cleanup')


async def shields():
    inner = asyncio.create_task(job('inner', 0.2))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', inner.done())
    print('inner result', await inner)
    done = asyncio.create_task(job('done', 0))
    await done
    print(asyncio.shield(done) is done)

    async def protected():
        return await asyncio.shield(job('p', 0.01))

    t = asyncio.create_task(protected())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('caller cancelled')
    await asyncio.sleep(0.02)


async def completed():
    ts = [asyncio.create_task(job(n, d))
          for n, d in [('x', 0.3), ('y', 0.1), ('z', 0.2)]]
    for f in asyncio.as_completed(ts):
        print('as_completed', await f)
    ts = [asyncio.create_task(job(n, d))
          for n, d in [('slow', 10), ('fast', 0.01)]]
    try:
        for f in asyncio.as_completed(ts, timeout=0.2):
            print('got', await f)
    except asyncio.TimeoutError:
        print('as_completed timed out')
    for t in ts:
        t.cancel()
    try:
        next(asyncio.as_completed(ts[0]))
    except TypeError as e:
        print('TypeError', e)


asyncio.run(waits())
asyncio.run(wait_fors())
asyncio.run(shields())
asyncio.run(completed())
