# Async generators left open (after break, asend, athrow) are closed by
# asyncio.run through the firstiter hook and loop.shutdown_asyncgens.
import asyncio
async def gen(name):
    try:
        for i in range(5):
            yield i
    finally:
        print(name, 'closed')
async def main():
    async for v in gen('a'):
        print('a', v)
        if v == 1:
            break
    g = gen('b')
    await g.asend(None)
    g2 = gen('c')
    try:
        await g2.athrow(ValueError)
    except ValueError:
        print('c threw')
    print('main ends')
asyncio.run(main())
print('after')
