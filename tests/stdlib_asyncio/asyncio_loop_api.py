# More loop API: task factories, debug-mode callback checks,
# call_soon_threadsafe, handles' reprs and cancel, TimerHandle.when.
import asyncio


async def coro(x):
    await asyncio.sleep(0)
    return x


def factory(loop, c, **kw):
    print('factory called with', type(c).__name__, sorted(kw))
    return asyncio.Task(c, loop=loop, **kw)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(coro(1), name='made')
    print(t.get_name(), await t)
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(1)
    except TypeError as e:
        print('TypeError', e)

    loop.set_debug(True)
    print(loop.get_debug())
    for cb in (coro, 1):
        try:
            loop.call_soon(cb)
        except TypeError as e:
            print('TypeError', str(e).split(' at 0x')[0])
    c = coro(2)
    try:
        loop.call_later(0, c)
    except TypeError as e:
        print('TypeError', e)
    c.close()
    loop.set_debug(False)

    got = loop.create_future()
    h = loop.call_soon_threadsafe(got.set_result, 'threadsafe')
    print(type(h).__name__, await got)
    th = loop.call_later(100, print)
    print(type(th).__name__, th.when() > loop.time(), th.cancelled())
    th.cancel()
    th.cancel()
    print(th.cancelled())
    a = loop.call_at(5.0, print)
    b = loop.call_at(6.0, print)
    print(a < b, a <= b, b > a, a == a, a != b)
    a.cancel()
    b.cancel()
    r = repr(loop.call_soon(print, 'x' * 50, [1, 2]))
    print(r.split(' at ')[0])


asyncio.run(main())
