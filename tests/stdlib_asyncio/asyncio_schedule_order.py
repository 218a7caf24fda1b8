# Scheduling order: many tasks and callbacks interleaved by a fixed
# pseudo-random script (no timing races): ready-queue FIFO order, timer
# heap order for equal and past deadlines, wake-up order of futures,
# events, locks and queues, cancellation points.
import asyncio

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2**31
    return state[0] % n


log = []
BASE = [0.0]


def note(*args):
    log.append(' '.join(str(a) for a in args))


async def actor(name, ev, lock, q, tasks, steps):
    loop = asyncio.get_running_loop()
    try:
        for i in range(steps):
            op = rnd(8)
            if op == 0:
                await asyncio.sleep(0)
                note(name, 'slept', i)
            elif op == 1:
                loop.call_soon(note, name, 'soon', i)
            elif op == 2:
                # deadlines in the past, several equal: heap order decides
                for k in range(3):
                    loop.call_at(BASE[0] + rnd(3) * 0.001, note, name, 'timer', i, k)
                await asyncio.sleep(0)
            elif op == 3:
                async with lock:
                    note(name, 'locked', i)
                    await asyncio.sleep(0)
            elif op == 4:
                q.put_nowait((name, i))
            elif op == 5:
                if not q.empty():
                    note(name, 'got', await q.get())
            elif op == 6:
                victim = tasks[rnd(len(tasks))]
                if victim is not asyncio.current_task() and not victim.done():
                    note(name, 'cancels', victim.get_name(), victim.cancel())
            else:
                if rnd(2):
                    ev.set()
                    ev.clear()
                    note(name, 'pulsed')
                else:
                    await asyncio.wait_for(ev.wait(), 0) if ev.is_set() else None
                    note(name, 'checked')
        note(name, 'finished')
        return name
    except asyncio.CancelledError:
        note(name, 'was cancelled')
        raise


async def main():
    BASE[0] = asyncio.get_running_loop().time() - 1
    ev = asyncio.Event()
    lock = asyncio.Lock()
    q = asyncio.Queue()
    tasks = []
    for n in range(12):
        tasks.append(asyncio.create_task(
            actor(f't{n}', ev, lock, q, tasks, 5 + rnd(20)), name=f't{n}'))
    res = await asyncio.gather(*tasks, return_exceptions=True)
    note('results', [r if isinstance(r, str) else type(r).__name__ for r in res])
    note('left in queue', q.qsize())


for seed in (1, 2, 3, 99):
    state[0] = seed
    log.clear()
    asyncio.run(main())
    print('seed', seed, len(log))
    for line in log:
        print(' ', line)
