# Future API, Task cancellation (messages, cancelling/uncancel, catching
# CancelledError), InvalidStateError, callbacks order.
import asyncio


def show(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, type(e).__name__, repr(e).split(' at 0x')[0])


async def futures_api():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled(), f.get_loop() is loop)
    show('result', f.result)
    show('exception', f.exception)
    order = []
    f.add_done_callback(lambda fut: order.append(('cb1', fut.result())))
    f.add_done_callback(lambda fut: order.append(('cb2', fut.result())))
    cb3 = lambda fut: order.append('cb3')
    f.add_done_callback(cb3)
    f.add_done_callback(cb3)
    print('removed', f.remove_done_callback(cb3))
    f.set_result(7)
    show('set again', lambda: f.set_result(8))
    show('set exc', lambda: f.set_exception(ValueError()))
    print(order)
    await asyncio.sleep(0)
    print(order, f.result(), f.exception())
    f.add_done_callback(lambda fut: order.append('late'))
    await asyncio.sleep(0)
    print(order)
    print(await f)

    g = loop.create_future()
    g.set_exception(ValueError('bad'))
    show('exc', g.exception)
    show('result', g.result)
    try:
        await g
    except ValueError as e:
        print('awaited', repr(e))
    h = loop.create_future()
    show('stopiter', lambda: h.set_exception(StopIteration))
    h.set_exception(KeyError)
    show('class', h.exception)

    c = loop.create_future()
    print(c.cancel('why'), c.cancel(), c.cancelled(), c.done())
    show('cres', c.result)
    show('cexc', c.exception)
    print(repr(c))
    show('set cancelled', lambda: c.set_result(1))


async def sleeper(name, t):
    try:
        await asyncio.sleep(t)
        print(name, 'woke')
        return name
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', e.args)
        raise
    finally:
        print(name, 'finally')


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn ignores the cancel')
    await asyncio.sleep(0)
    return 'still here'


async def cancels():
    t = asyncio.create_task(sleeper('s1', 1))
    await asyncio.sleep(0)
    print(t.cancel('stop now'), t.cancelling(), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main sees', e.args, t.cancelled())
    print(t.cancel(), t.uncancel(), t.uncancel(), t.cancelling())

    t = asyncio.create_task(sleeper('s2', 1))
    print('cancel before start', t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main sees', e.args)

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    t = asyncio.create_task(sleeper('s3', 0.01))
    print(await t, t.cancel(), t.cancelled())

    async def self_cancel():
        asyncio.current_task().cancel('self')
        await asyncio.sleep(0)
        print('not reached')

    t = asyncio.create_task(self_cancel())
    show('self', lambda: t.result())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    show('self', lambda: t.result())

    async def awaits_itself():
        await asyncio.current_task()

    t = asyncio.create_task(awaits_itself())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError', str(e).split(':')[0])

    async def bad_yield():
        class Odd:
            def __await__(self):
                yield 5
        await Odd()

    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print('RuntimeError', e)

    t = asyncio.create_task(sleeper('s4', 1))
    show('task set_result', lambda: t.set_result(1))
    show('task set_exception', lambda: t.set_exception(ValueError()))
    t.cancel()
    await asyncio.sleep(0)
    try:
        asyncio.Task(1)
    except TypeError as e:
        print('TypeError', e)


asyncio.run(futures_api())
asyncio.run(cancels())
print(issubclass(asyncio.CancelledError, BaseException),
      asyncio.TimeoutError is TimeoutError,
      issubclass(asyncio.InvalidStateError, Exception))
