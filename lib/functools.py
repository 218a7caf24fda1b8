"""Tools for working with functions and callables (kaa's own
implementation).

partial, reduce, cmp_to_key and the cache behind lru_cache come from the
Go module _functools; the decorators are written here.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper
from abc import get_cache_token
from collections import namedtuple
from types import GenericAlias

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    assigned, merge the dicts named in updated, and set __wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(wrapper, wrapped, ...)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# total_ordering: each missing comparison is derived from the one the
# class defines, together with __eq__.

def _not(result):
    return result if result is NotImplemented else not result


def _derived_from_lt():
    def __gt__(self, other):
        below = type(self).__lt__(self, other)
        if below is NotImplemented:
            return below
        return not below and self != other

    def __le__(self, other):
        below = type(self).__lt__(self, other)
        if below is NotImplemented:
            return below
        return below or self == other

    def __ge__(self, other):
        return _not(type(self).__lt__(self, other))
    return {'__gt__': __gt__, '__le__': __le__, '__ge__': __ge__}


def _derived_from_le():
    def __ge__(self, other):
        at_most = type(self).__le__(self, other)
        if at_most is NotImplemented:
            return at_most
        return not at_most or self == other

    def __lt__(self, other):
        at_most = type(self).__le__(self, other)
        if at_most is NotImplemented:
            return at_most
        return at_most and self != other

    def __gt__(self, other):
        return _not(type(self).__le__(self, other))
    return {'__ge__': __ge__, '__lt__': __lt__, '__gt__': __gt__}


def _derived_from_gt():
    def __lt__(self, other):
        above = type(self).__gt__(self, other)
        if above is NotImplemented:
            return above
        return not above and self != other

    def __ge__(self, other):
        above = type(self).__gt__(self, other)
        if above is NotImplemented:
            return above
        return above or self == other

    def __le__(self, other):
        return _not(type(self).__gt__(self, other))
    return {'__lt__': __lt__, '__ge__': __ge__, '__le__': __le__}


def _derived_from_ge():
    def __le__(self, other):
        at_least = type(self).__ge__(self, other)
        if at_least is NotImplemented:
            return at_least
        return not at_least or self == other

    def __gt__(self, other):
        at_least = type(self).__ge__(self, other)
        if at_least is NotImplemented:
            return at_least
        return at_least and self != other

    def __lt__(self, other):
        return _not(type(self).__ge__(self, other))
    return {'__le__': __le__, '__gt__': __gt__, '__lt__': __lt__}


_DERIVATIONS = [('__lt__', _derived_from_lt), ('__le__', _derived_from_le),
                ('__gt__', _derived_from_gt), ('__ge__', _derived_from_ge)]


def total_ordering(cls):
    """Class decorator: given __eq__ and one of __lt__, __le__, __gt__ or
    __ge__, define the other ordering methods."""
    defined = {name for name, _ in _DERIVATIONS
               if getattr(cls, name, None) is not getattr(object, name, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, derive in _DERIVATIONS:
        if name in defined:
            for missing, func in derive().items():
                if missing not in defined:
                    func.__qualname__ = f'{cls.__qualname__}.{missing}'
                    func.__name__ = missing
                    setattr(cls, missing, func)
            break
    return cls


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128, typed=False):
    """Decorator that remembers up to maxsize results of the function
    (all of them when maxsize is None), evicting the least recently used.
    With typed, arguments of different types are cached separately. The
    wrapper has cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _make_cached(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _make_cached(user_function, maxsize, typed)
    return decorating_function


def _make_cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(user_function)


class partialmethod:
    """Like partial, for methods: the stored arguments follow self (or the
    class, for class methods) when the method is called."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def _method(self, cls_or_self, /, *args, **keywords):
        return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None and not isinstance(self.func, partial):
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        method = self._method.__get__(obj, cls) if obj is not None else partial(self._method, cls)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the
    instance's __dict__ under the same name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                msg = (f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                       f"does not support item assignment for caching {self.attrname!r} property.")
                raise TypeError(msg) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


def _find_impl(cls, registry):
    """The implementation registered for the nearest class in cls's MRO
    (abstract base classes registered count, after the real bases)."""
    for klass in cls.__mro__:
        if klass in registry:
            return registry[klass]
    best = None
    for klass in registry:
        if klass is not object and issubclass(cls, klass):
            if best is None or issubclass(klass, best):
                best = klass
    if best is not None:
        return registry[best]
    return registry.get(object)


def singledispatch(func):
    """Turn func into a generic function that picks an implementation by
    the type of its first argument; add implementations with
    @func.register(type) or a type-annotated @func.register."""
    registry = {object: func}
    cache = {}
    token = [None]

    def dispatch(cls):
        if token[0] != get_cache_token():
            cache.clear()
            token[0] = get_cache_token()
        try:
            return cache[cls]
        except KeyError:
            impl = cache[cls] = _find_impl(cls, registry)
            return impl

    def _is_valid(cls):
        return isinstance(cls, type) or type(cls).__name__ in ('UnionType', '_UnionGenericAlias')

    def register(cls, func=None):
        if _is_valid(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if not _is_valid(cls):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        for c in getattr(cls, '__args__', None) or (cls,):
            registry[c] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first
    argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
