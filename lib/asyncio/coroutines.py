"""Recognising coroutines and coroutine functions."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import collections.abc
import types

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

# Marker that types.coroutine-era decorators set on functions.
_is_coroutine = object()


def _unwrap(func):
    import functools
    while True:
        if isinstance(func, functools.partial):
            func = func.func
        elif isinstance(func, types.MethodType):
            func = func.__func__
        else:
            return func


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an async def, or a
    function marked as one)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    f = _unwrap(func)
    code = getattr(f, '__code__', None)
    return (isinstance(f, types.FunctionType) and code is not None and
            bool(code.co_flags & _CO_COROUTINE))


_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType,
                    collections.abc.Coroutine)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return isinstance(obj, _COROUTINE_TYPES)


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or \
        getattr(coro, '__name__', None) or type(coro).__name__
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    if code is None:
        return name
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
