# Task.get_stack and print_stack: suspended, finished and failed tasks.
import asyncio, sys
async def f():
    await asyncio.sleep(0.01)
async def g():
    raise ValueError(3)
async def main():
    t = asyncio.create_task(f(), name='F')
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)
    print(len(t.get_stack()))
    await t
    t.print_stack(file=sys.stdout)
    t2 = asyncio.create_task(g(), name='G')
    await asyncio.sleep(0)
    t2.print_stack(file=sys.stdout)
    print([fr.f_code.co_name for fr in t2.get_stack()])
asyncio.run(main())
print('TaskGroup' in asyncio.__all__, 'timeout' in asyncio.__all__, '_set_running_loop' in asyncio.__all__)
