"""How asyncio shows callbacks in reprs and error messages."""

import functools
import types


def _short_repr(obj):
    try:
        import reprlib
    except ImportError:
        return repr(obj)
    return reprlib.repr(obj)


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_short_repr(a) for a in args)
    if kwargs:
        items.extend(f'{k}={_short_repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or \
        getattr(func, '__name__', None)
    text = name if name else repr(func)
    text += _format_args_and_kwargs(args, kwargs)
    return text + suffix


def _get_function_source(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text
