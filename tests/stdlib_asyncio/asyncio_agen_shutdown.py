# asyncio.run closes the asynchronous generators left open
# (loop.shutdown_asyncgens, through sys.set_asyncgen_hooks).
import asyncio


async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, 'finally')


async def main():
    gen = ticker('open')
    print('first', await gen.__anext__())
    print('second', await gen.__anext__())
    print('main returns')

asyncio.run(main())
print('after run')
