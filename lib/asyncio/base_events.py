"""kaa's event loop: ready callbacks, timers and nothing else.

kaa has no selector: when no callback is ready the loop sleeps (with the
time module, so an embedder's clock applies) until the earliest timer is
due. A loop with nothing ready and no timer could never wake up again, so
it raises RuntimeError instead of blocking forever.
"""

__all__ = ('BaseEventLoop', 'SelectorEventLoop')

import collections
import sys
import time

from . import _heap
from . import coroutines
from . import events
from . import futures
from . import tasks

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


def _format_exception(exc):
    import traceback
    return ''.join(traceback.format_exception(
        type(exc), exc, exc.__traceback__)).rstrip('\n')


class BaseEventLoop(events.AbstractEventLoop):
    """An event loop running callbacks and timers in one thread."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        # Open async generators, oldest first (kaa cannot finalize them
        # when they die, so shutdown closes them in creation order).
        self._asyncgens = {}
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._unretrieved = []
        self._running = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        """Return a new Future bound to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine as a Task and return it."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        """Set the factory create_task() uses (None for Task)."""
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        """Return the task factory, or None."""
        return self._task_factory

    def _note_unretrieved(self, fut):
        self._unretrieved.append(fut)

    def _report_unretrieved(self):
        pending, self._unretrieved = self._unretrieved, []
        for fut in pending:
            if not fut._Future__log_traceback:
                continue
            fut._Future__log_traceback = False
            exc = fut._exception
            self.call_exception_handler({
                'message': (f'{fut.__class__.__name__} exception was '
                            f'never retrieved'),
                'exception': exc,
                'future': fut,
            })

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f'asynchronous generator {agen!r} was scheduled after '
                f'loop.shutdown_asyncgens() call',
                ResourceWarning, source=self)
        self._asyncgens[agen] = None

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.pop(agen, None)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close every asynchronous generator still open."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing],
                                     return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Nothing to do: kaa's loop has no executor."""
        self._executor_shutdown_called = True

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        old_hooks = sys.get_asyncgen_hooks()
        try:
            self._running = True
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until future (a Future or coroutine) is done; return its
        result or raise its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        if isinstance(future, futures.Future):
            error = future._outcome_error()
            if error is not None:
                raise error
            return future._result
        return future.result()

    def stop(self):
        """Stop the loop once the callbacks ready now have run."""
        self._stopping = True

    def close(self):
        """Close the loop: drop pending callbacks. The loop must not be
        running."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        self._report_pending_tasks()
        self._report_unretrieved()

    def _report_pending_tasks(self):
        # CPython reports a pending task when it is destroyed; kaa has no
        # destructors, so a closing loop reports its pending tasks.
        for task in list(tasks._all_tasks):
            if (futures._get_loop(task) is self and not task.done() and
                    task._log_destroy_pending):
                task._log_destroy_pending = False
                self.call_exception_handler({
                    'task': task,
                    'message': 'Task was destroyed but it is pending!',
                })

    def is_closed(self):
        """Return True if the loop was closed."""
        return self._closed

    def is_running(self):
        """Return True if the loop is running."""
        return self._running

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) after delay seconds; return a
        TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args,
                             context=context)
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) when the loop's clock reaches when."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        _heap.push(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) at the next iteration of the loop."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() (kaa has one thread)."""
        return self.call_soon(callback, *args, context=context)

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by '
                            f'{method}(), got {callback!r}')

    def run_in_executor(self, executor, func, *args):
        """Unsupported: kaa has no threads."""
        raise NotImplementedError(
            'run_in_executor: kaa has no threads, so asyncio cannot run '
            'functions in an executor')

    def set_default_executor(self, executor):
        """Unsupported: kaa has no threads."""
        raise NotImplementedError(
            'set_default_executor: kaa has no threads')

    def get_exception_handler(self):
        """Return the exception handler, or None for the default."""
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler(loop, context) as the exception handler (None
        restores the default)."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the context to standard error, as CPython's logger
        does."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        if exception is not None:
            text += '\n' + _format_exception(exception)
        sys.stderr.write(text + '\n')

    def call_exception_handler(self, context):
        """Pass context (a dict with 'message', maybe 'exception',
        'future', 'task', 'handle'...) to the exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                sys.stderr.write('Exception in default exception handler\n'
                                 + _format_exception(exc) + '\n')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    sys.stderr.write(
                        'Exception in default exception handler while '
                        'handling an unexpected error in custom exception '
                        'handler\n' + _format_exception(exc2) + '\n')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            _heap.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = _heap.pop(scheduled)
                handle._scheduled = False

        if not self._ready and not self._stopping:
            if not scheduled:
                raise RuntimeError(
                    'asyncio event loop blocked forever: no callback is '
                    'ready and no timer is scheduled (kaa has no I/O that '
                    'could wake it)')
            timeout = min(max(0, scheduled[0]._when - self.time()),
                          MAXIMUM_SELECT_TIMEOUT)
            if timeout > 0:
                time.sleep(timeout)

        end_time = self.time() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = _heap.pop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None

    def get_debug(self):
        """Return the debug flag."""
        return self._debug

    def set_debug(self, enabled):
        """Set the debug flag (checks callbacks passed to call_soon)."""
        self._debug = bool(enabled)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The event loop new_event_loop() makes (named as CPython's on Unix;
    kaa's has no selector)."""


SelectorEventLoop = _UnixSelectorEventLoop
