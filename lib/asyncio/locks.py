"""Synchronisation primitives for tasks: Lock, Event, Condition,
Semaphore, BoundedSemaphore and Barrier (none of them thread-safe).

Waiters queue in FIFO order and are woken through futures, so the order
in which tasks get a primitive is the same as under CPython.
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
           'Barrier')

import collections

from . import exceptions
from . import mixins


def _with_state(obj, extra):
    base = object.__repr__(obj)
    waiters = obj._waiters
    if waiters:
        extra = f'{extra}, waiters:{len(waiters)}'
    return f'<{base[1:-1]} [{extra}]>'


class _AsyncWithAcquire:
    # async with x: acquire on entry, release on exit.

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AsyncWithAcquire, mixins._LoopBoundMixin):
    """A mutual-exclusion lock for tasks; acquire() waits (FIFO) while
    another task holds it."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _with_state(self, 'locked' if self._locked else 'unlocked')

    def locked(self):
        """Return True if the lock is held."""
        return self._locked

    async def acquire(self):
        """Wait until the lock is free, then take it; return True."""
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Free the lock and wake the first waiter."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: set() wakes every waiter."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        return _with_state(self, 'set' if self._value else 'unset')

    def is_set(self):
        """Return True if the flag is set."""
        return self._value

    def set(self):
        """Set the flag and wake all waiters."""
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        """Reset the flag."""
        self._value = False

    async def wait(self):
        """Wait until the flag is set; return True."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_AsyncWithAcquire, mixins._LoopBoundMixin):
    """A condition variable over a Lock (a new one by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        return _with_state(self, 'locked' if self.locked() else 'unlocked')

    async def wait(self):
        """Release the lock, wait for a notify, take the lock again;
        return True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiters (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake every waiter (the lock must be held)."""
        self.notify(len(self._waiters))


class Semaphore(_AsyncWithAcquire, mixins._LoopBoundMixin):
    """A counter that acquire() decrements, waiting (FIFO) while it is
    zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        if self.locked():
            extra = 'locked'
        else:
            extra = f'unlocked, value:{self._value}'
        return _with_state(self, extra)

    def locked(self):
        """Return True if acquire() would wait."""
        return self._value == 0 or any(
            not w.cancelled() for w in self._waiters or ())

    async def acquire(self):
        """Decrement the counter, waiting while it is zero; return
        True."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Increment the counter and wake the next waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() raises ValueError above the initial
    value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        """Increment the counter; ValueError past the initial value."""
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """A barrier (Python 3.11): wait() blocks until parties tasks wait,
    then releases them all."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        base = object.__repr__(self)
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{base[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the barrier; return this task's arrival index
        (0 to parties-1)."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(
            lambda: self._state not in (_DRAINING, _RESETTING))
        if self._state == _BROKEN:
            raise exceptions.BrokenBarrierError('Barrier aborted')

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != _FILLING)
        if self._state in (_BROKEN, _RESETTING):
            raise exceptions.BrokenBarrierError('Abort or reset of barrier')

    def _exit(self):
        if self._count == 0:
            if self._state in (_RESETTING, _DRAINING):
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        """Return the barrier to its empty state; tasks waiting get
        BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state != _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting and future wait() calls raise
        BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """The number of tasks the barrier waits for."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks wait in the filling phase."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == _BROKEN
