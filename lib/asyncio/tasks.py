"""Tasks (coroutines driven by the event loop) and the functions that
combine awaitables: sleep, gather, shield, wait, wait_for, as_completed."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import contextvars
import functools
import itertools
import sys
import types
import weakref
from types import GenericAlias

from . import coroutines
from . import events
from . import exceptions
from . import futures

_task_name_counter = itertools.count(1).__next__


def current_task(loop=None):
    """Return the task running now in loop (default: the running loop),
    or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return the set of tasks of loop (default: the running loop) that
    are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks)
            if futures._get_loop(t) is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


def _task_repr(task):
    info = futures.Future._repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    info.insert(1, 'name=%r' % task.get_name())
    info.insert(2, f'coro=<{coroutines._format_coroutine(task._coro)}>')
    if task._fut_waiter is not None:
        info.insert(3, f'wait_for={task._fut_waiter!r}')
    return '<{} {}>'.format(task.__class__.__name__, ' '.join(info))


class Task(futures.Future):
    """A coroutine run by the event loop, itself a Future of the
    coroutine's result."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            self._name = f'Task-{_task_name_counter()}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        if context is None:
            self._context = contextvars.copy_context()
        else:
            self._context = context
        self._loop.call_soon(self.task_step, context=self._context)
        _register_task(self)

    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        return _task_repr(self)

    def get_coro(self):
        """Return the task's coroutine."""
        return self._coro

    def get_name(self):
        """Return the task's name."""
        return self._name

    def set_name(self, value):
        """Rename the task."""
        self._name = str(value)

    def set_result(self, result):
        """Not allowed on a task."""
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        """Not allowed on a task."""
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """Return the frames of the task: where it is suspended, or the
        traceback of its exception."""
        frames = []
        frame = getattr(self._coro, 'cr_frame', None)
        if frame is not None:
            return [frame]
        tb = self._exception.__traceback__ if self._exception else None
        while tb is not None:
            if limit is not None and len(frames) >= limit:
                break
            frames.append(tb.tb_frame)
            tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Print the frames get_stack() returns (to sys.stderr by
        default)."""
        import linecache
        if file is None:
            file = sys.stderr
        frames = self.get_stack(limit=limit)
        exc = self._exception
        if not frames:
            print(f'No stack for {self!r}', file=file)
        elif exc is not None:
            print(f'Traceback for {self!r} (most recent call last):',
                  file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
        for f in frames:
            code = f.f_code
            lineno = f.f_lineno
            print(f'  File "{code.co_filename}", line {lineno}, in '
                  f'{code.co_name}', file=file)
            line = linecache.getline(code.co_filename, lineno).strip()
            if line:
                print(f'    {line}', file=file)
        if exc is not None:
            import traceback
            for line in traceback.format_exception_only(type(exc), exc):
                print(line, file=file, end='')

    def cancel(self, msg=None):
        """Ask the task to cancel: CancelledError is thrown into the
        coroutine at its next step. Return False if it is already done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """Return the number of pending cancellation requests."""
        return self._num_cancels_requested

    def uncancel(self):
        """Take back one cancellation request; return how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def task_step(self, exc=None):
        """Run the coroutine one step (internal: the loop calls it)."""
        if self.done():
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
        except exceptions.CancelledError as cancel:
            self._cancelled_exc = cancel
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            futures.Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            _drop_own_frame(error)
            futures.Future.set_exception(self, error)
        else:
            self._handle_yield(result)
        finally:
            _leave_task(self._loop, self)
            self = None

    def _handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                self._step_soon(RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a '
                    f'different loop'))
            elif blocking:
                if result is self:
                    self._step_soon(RuntimeError(
                        f'Task cannot await on itself: {self!r}'))
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.task_wakeup,
                                             context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(
                                msg=self._cancel_message):
                            self._must_cancel = False
            else:
                self._step_soon(RuntimeError(
                    f'yield was used instead of yield from in task '
                    f'{self!r} with {result!r}'))
        elif result is None:
            self._loop.call_soon(self.task_step, context=self._context)
        elif isinstance(result, types.GeneratorType):
            self._step_soon(RuntimeError(
                f'yield was used instead of yield from for generator in '
                f'task {self!r} with {result!r}'))
        else:
            self._step_soon(RuntimeError(f'Task got bad yield: {result!r}'))

    def _step_soon(self, exc):
        self._loop.call_soon(self.task_step, exc, context=self._context)

    def task_wakeup(self, future):
        """Resume the task once the future it waits for is done
        (internal)."""
        # The step runs outside the except clause: kaa's generators lose
        # their own handled exception when it is also the caller's (a
        # bare raise after an await in an except block would fail).
        error = None
        if isinstance(future, futures.Future):
            # As CPython's C task: take the outcome without raising it, so
            # the traceback thrown into the coroutine gains no frames here.
            error = future._outcome_error()
        else:
            try:
                future.result()
            except BaseException as exc:
                error = exc
        self.task_step(error)
        self = None


Task.__module__ = '_asyncio'
_PyTask = Task


_HIDDEN_CODE = frozenset([futures.Future.__await__.__code__,
                          futures.Future.result.__code__])


def _drop_own_frame(exc):
    # CPython steps tasks and awaits futures in C, so its tracebacks
    # show only the coroutines: leave out task_step's own entry and those
    # of Future.__await__ and Future.result.
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame is sys._getframe(1):
        tb = tb.tb_next
    while tb is not None and tb.tb_frame.f_code in _HIDDEN_CODE:
        tb = tb.tb_next
    exc.with_traceback(tb)
    prev = tb
    while prev is not None:
        nxt = prev.tb_next
        while nxt is not None and nxt.tb_frame.f_code in _HIDDEN_CODE:
            nxt = nxt.tb_next
        prev.tb_next = nxt
        prev = nxt


def create_task(coro, *, name=None, context=None):
    """Schedule coro in the running loop as a Task and return it."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks of fs; return (done, pending) sets.

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED; a
    timeout does not raise, it leaves futures in pending.
    """
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(
            f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError(
            'Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for an awaitable with a timeout: on timeout cancel it and
    raise TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and
                (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Yield awaitables giving the results of fs in the order they
    complete (TimeoutError after timeout seconds). A generator: the
    arguments are checked when iteration starts."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(
            f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


@types.coroutine
def __sleep0():
    yield


async def sleep(delay, result=None):
    """Suspend the calling task for delay seconds; return result."""
    if delay <= 0:
        await __sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled,
                        future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """Return a Future for a future, a coroutine (wrapped in a Task) or
    an awaitable."""
    return _ensure_future(coro_or_future, loop=loop)


def _isawaitable(obj):
    return (isinstance(obj, types.CoroutineType) or
            isinstance(obj, types.GeneratorType) and
            bool(obj.gi_code.co_flags & 0x100) or
            hasattr(type(obj), '__await__'))


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(
                coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


class _GatheringFuture(futures.Future):
    # The outer future of gather(): cancelling it cancels the children.

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; return a future of the list of
    their results, in argument order.

    Without return_exceptions the first exception propagates to the
    outer future (the others keep running); with it, exceptions are
    results. Cancelling the outer future cancels the children.
    """
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = exceptions.CancelledError(
                        '' if child._cancel_message is None else
                        child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Protect an awaitable from cancellation: cancelling the returned
    future leaves the inner one running."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Unsupported: kaa has no threads."""
    raise NotImplementedError(
        'run_coroutine_threadsafe: kaa has no threads')


_all_tasks = weakref.WeakSet()
_current_tasks = {}


def _register_task(task):
    """Track task for all_tasks()."""
    _all_tasks.add(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the '
                           f'current task {current!r}.')
    del _current_tasks[loop]


def _unregister_task(task):
    """Stop tracking task."""
    _all_tasks.discard(task)
