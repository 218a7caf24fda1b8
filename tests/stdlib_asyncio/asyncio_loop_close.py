# Closing a loop that still has a pending task reports it on standard
# error ("Task was destroyed but it is pending!"); loop and policy names.
import asyncio


async def forever():
    await asyncio.sleep(10)


loop = asyncio.new_event_loop()
print(type(loop).__name__, isinstance(loop, asyncio.SelectorEventLoop),
      isinstance(loop, asyncio.BaseEventLoop),
      isinstance(loop, asyncio.AbstractEventLoop))
print(type(asyncio.get_event_loop_policy()).__name__,
      isinstance(asyncio.get_event_loop_policy(), asyncio.DefaultEventLoopPolicy))
t = loop.create_task(forever(), name='pending one')
loop.run_until_complete(asyncio.sleep(0.001))
print(t.done())
loop.close()
print('closed')
