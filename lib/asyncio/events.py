"""Handles, the event loop's abstract interface, and finding the
current loop."""

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop', '_set_running_loop',
           'DefaultEventLoopPolicy')

import contextvars

from . import format_helpers


class Handle:
    """A callback scheduled by call_soon(), with its arguments and the
    context it runs in."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr',
                 '_context', '_source_traceback', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(
                self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def cancel(self):
        """Cancel the call; a cancelled handle does nothing when due."""
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        """Return True if the handle was cancelled."""
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = format_helpers._format_callback_source(
                self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })
        self = None


class TimerHandle(Handle):
    """A callback due at a time of the loop's clock (call_later,
    call_at)."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        """Cancel the call and tell the loop it is gone."""
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """The time of the loop's clock the callback is due at."""
        return self._when


class AbstractEventLoop:
    """The interface of event loops (kaa provides one implementation,
    without I/O)."""

    def run_forever(self):
        """Run until stop() is called."""
        raise NotImplementedError

    def run_until_complete(self, future):
        """Run until the future is done and return its result."""
        raise NotImplementedError

    def stop(self):
        """Stop the loop after the current iteration."""
        raise NotImplementedError

    def is_running(self):
        """Return whether the loop is running."""
        raise NotImplementedError

    def is_closed(self):
        """Return whether the loop was closed."""
        raise NotImplementedError

    def close(self):
        """Close the loop."""
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """How get_event_loop() finds and makes loops."""

    def get_event_loop(self):
        """Return the loop of the current context."""
        raise NotImplementedError

    def set_event_loop(self, loop):
        """Set the loop of the current context."""
        raise NotImplementedError

    def new_event_loop(self):
        """Make a new loop."""
        raise NotImplementedError


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """kaa's policy: one thread, one current loop, made on demand."""

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        """Return the current loop, making one when none was ever set."""
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread '
                               "'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        """Make loop (an event loop or None) the current one."""
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop "
                            f"or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        """Make a new event loop."""
        from . import base_events
        return base_events.SelectorEventLoop()


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy


class _State:
    # The loop running now and the policy (kaa runs one thread).
    __slots__ = ('running', 'policy')

    def __init__(self):
        self.running = None
        self.policy = None


_state = _State()


def _get_running_loop():
    """Return the running loop or None."""
    return _state.running


def _set_running_loop(loop):
    _state.running = loop


def get_running_loop():
    """Return the running event loop; raise RuntimeError when there is
    none."""
    loop = _state.running
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop_policy():
    """Return the current event loop policy."""
    if _state.policy is None:
        _state.policy = _UnixDefaultEventLoopPolicy()
    return _state.policy


def set_event_loop_policy(policy):
    """Set the event loop policy (None restores the default)."""
    if policy is not None and not isinstance(policy,
                                             AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of "
                        f"AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _state.policy = policy


def get_event_loop():
    """Return the running loop, else the policy's current loop."""
    loop = _state.running
    if loop is not None:
        return loop
    return _get_event_loop_from_policy()


def _get_event_loop(stacklevel=4):
    loop = _state.running
    if loop is not None:
        return loop
    return _get_event_loop_from_policy()


def _get_event_loop_from_policy():
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Make loop the current event loop."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Return a new event loop."""
    return get_event_loop_policy().new_event_loop()
