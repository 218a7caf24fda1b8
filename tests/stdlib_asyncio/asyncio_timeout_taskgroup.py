# asyncio.timeout / timeout_at and TaskGroup (Python 3.11).
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        print(name, 'raises', fail.__name__)
        raise fail(name)
    print(name, 'done')
    return name


async def timeouts():
    async with asyncio.timeout(1) as cm:
        print('when set', cm.when() is not None, cm.expired())
        await asyncio.sleep(0)
    print('expired?', cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        print(cm.when() is not None)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print('past deadline')
    try:
        async with asyncio.timeout(0):
            print('inside zero timeout')
    except TimeoutError:
        print('not raised without await')
    else:
        print('no error without await')
    cm = asyncio.timeout(1)
    for f in [lambda: cm.reschedule(1)]:
        try:
            f()
        except RuntimeError as e:
            print('RuntimeError', e)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    # nested: the inner timeout fires
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timeout')
            await asyncio.sleep(0)
            print('outer continues')
    except TimeoutError:
        print('outer timeout (wrong)')
    # timeout while an exception is handled inside
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print('finally in body')
    except TimeoutError:
        print('timeout after finally')


async def groups():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.2))
        t2 = tg.create_task(job('b', 0.1), name='bee')
        print('in body', t2.get_name(), repr(tg))
    print('results', t1.result(), t2.result(), repr(tg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('c', 1))
            tg.create_task(job('d', 0.01, ValueError))
            await asyncio.sleep(1)
            print('body not reached')
    except* ValueError as eg:
        print('caught', repr(eg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('e', 0.01, KeyError))
            tg.create_task(job('f', 0.01, TypeError))
    except* KeyError as eg:
        print('keys', repr(eg.exceptions))
    except* TypeError as eg:
        print('types', repr(eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('g', 0.01))
            raise RuntimeError('body fails')
    except ExceptionGroup as eg:
        print('body error', repr(eg), eg.message)

    tg = asyncio.TaskGroup()
    c = job('h', 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' ', 1)[1])
    async with tg:
        pass
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' ', 1)[1])
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' ', 1)[1])

    async def outer():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('i', 1))
            await asyncio.sleep(1)

    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer task cancelled', t.cancelled())

    async with asyncio.timeout(0.5):
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job('j', 0.01, ZeroDivisionError))
        except* ZeroDivisionError as eg:
            print('zero', len(eg.exceptions))
    print(asyncio.current_task().cancelling())


asyncio.run(timeouts())
asyncio.run(groups())
