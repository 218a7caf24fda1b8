# The event loop: call_soon/call_later/call_at ordering, run_forever/stop,
# run_until_complete, close, exception handler.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop)
out = []
loop.call_soon(out.append, 'soon1')
loop.call_later(0.2, out.append, 'later20')
loop.call_later(0.1, out.append, 'later10')
now = loop.time()
loop.call_at(now + 0.15, out.append, 'at15')
h = loop.call_later(0.005, out.append, 'cancelled')
h.cancel()
print(h.cancelled(), repr(h).split(' when')[0])
loop.call_soon(out.append, 'soon2')
loop.call_later(0.3, loop.stop)
loop.run_forever()
print(out)


def chain(n):
    out.append(n)
    if n < 3:
        loop.call_soon(chain, n + 1)


out.clear()
loop.call_soon(chain, 0)
loop.call_soon(out.append, 'x')
loop.call_soon(loop.stop)
loop.call_soon(out.append, 'after stop')
loop.run_forever()
print(out)
loop.run_forever.__name__
out.clear()
loop.call_soon(loop.stop)
loop.run_forever()
print(out)


async def coro(x):
    await asyncio.sleep(0.001)
    return x * 2

print(loop.run_until_complete(coro(21)))
fut = loop.create_future()
loop.call_later(0.001, fut.set_result, 'from callback')
print(loop.run_until_complete(fut))
t = loop.create_task(coro(5))
print(loop.run_until_complete(t), t.done())

# exception handlers
def boom():
    raise ValueError('in callback')


def handler(lp, ctx):
    print('handler:', lp is loop, sorted(ctx), ctx['message'].split(' at ')[0], repr(ctx['exception']))


print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(boom)
loop.call_soon(loop.stop)
loop.run_forever()
loop.call_exception_handler({'message': 'custom', 'exception': KeyError(1)})
try:
    loop.set_exception_handler(1)
except TypeError as e:
    print('TypeError', e)
loop.set_exception_handler(None)

try:
    loop.call_later(None, print)
except TypeError as e:
    print('TypeError', e)
try:
    loop.call_at(None, print)
except TypeError as e:
    print('TypeError', e)

loop.close()
loop.close()
print(loop.is_closed())
for f in [lambda: loop.call_soon(print), lambda: loop.run_forever(),
          lambda: loop.call_later(1, print)]:
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError', e)
c = coro(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    loop.create_task(c)
except RuntimeError as e:
    print('RuntimeError', e)
c.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError', e)

loop2 = asyncio.new_event_loop()
print(repr(loop2).split()[1:])


async def stopper():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(0.01)

try:
    loop2.run_until_complete(stopper())
except RuntimeError as e:
    print('RuntimeError', e)
loop2.close()
