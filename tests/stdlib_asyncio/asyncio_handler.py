# Exception handlers: the default handler's output (standard error) and
# "Task exception was never retrieved"; custom handlers see the context.
import asyncio


def bad_callback(x):
    raise ZeroDivisionError(x)


async def fails():
    raise ValueError('nobody looks at me')


def make_error():
    try:
        {}['key']
    except KeyError as e:
        return e


def handler(loop, ctx):
    print('handler got', sorted(ctx))
    print('  message:', ctx['message'])
    print('  exception:', repr(ctx.get('exception')))
    if 'handle' in ctx:
        print('  handle:', ctx['handle'])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    print('after bad callback')
    loop.set_exception_handler(None)
    loop.call_exception_handler({'message': 'plain message'})
    loop.call_exception_handler({'message': 'with extra', 'extra': [1, 2]})
    loop.call_exception_handler({})
    loop.call_exception_handler({'message': 'with exception',
                                 'exception': make_error()})
    print('main done')


asyncio.run(main())


async def main2():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print('task done', t.done())

asyncio.run(main2())


async def main3():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(fails(), name='failing')
    await asyncio.sleep(0)
    print('task done', t.done())

asyncio.run(main3())
print('end')
