# Context variables across tasks and callbacks; async generators in
# tasks; leftover tasks cancelled at the end of run().
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')


async def child(n):
    print('child', n, 'sees', var.get())
    var.set(f'child{n}')
    await asyncio.sleep(0)
    print('child', n, 'still sees', var.get())


async def main():
    var.set('main')
    t = asyncio.create_task(child(1))
    var.set('main changed')
    await t
    print('main sees', var.get())
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    t = asyncio.create_task(child(2), context=ctx)
    await t
    print('ctx has', ctx[var])
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def cb(tag):
        print('callback', tag, var.get())
        if tag == 'second':
            done.set_result(None)

    loop.call_soon(cb, 'first')
    loop.call_soon(cb, 'second', context=ctx)
    await done
    t = asyncio.create_task(child(3))
    await t


asyncio.run(main())
print('outside', var.get())


async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print('ticker finally')


async def agens():
    async for v in ticker(2):
        print('tick', v)
    gen = ticker(10)
    print('first', await gen.__anext__())
    await gen.aclose()

asyncio.run(agens())
print('after agens')


async def forever(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled at shutdown')
        raise


async def leaves_task():
    asyncio.create_task(forever('leftover'))
    await asyncio.sleep(0)
    print('main returns')

asyncio.run(leaves_task())
print('done')
