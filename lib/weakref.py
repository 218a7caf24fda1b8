"""Weak references (kaa's own implementation).

ref, proxy and the counting functions come from the Go module _weakref;
the weak containers, WeakMethod and finalize are built here on top of
ref callbacks.

kaa's objects die when Go's garbage collector finds them unreachable, not
at the moment their last reference goes away: a weak reference turns dead,
and its callback runs, after gc.collect() (see docs/stdlib.md).
"""

from _weakref import (getweakrefcount, getweakrefs, ref, proxy,
                      CallableProxyType, ProxyType, ReferenceType,
                      _remove_dead_weakref)
from collections import abc as _abc
import itertools as _itertools
import sys as _sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method. Bound methods are made afresh
    on every attribute access, so this holds weak references to the
    object and to the function instead, and rebuilds the method when
    called; it dies when either of them does."""

    __slots__ = ("_func", "_kind", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        outer = []

        def died(_):
            me = outer[0]() if outer else None
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, died)
        self._func = ref(func, died)
        self._kind = type(meth)
        self._alive = True
        outer.append(ref(self))
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func()
        if obj is None or func is None:
            return None
        return self._kind(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func == other._func

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that carries a key, so that a callback knows
    which entry to drop."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _dropper(container, drop):
    """A callback for the references a container holds: it calls
    drop(container, reference) while the container itself lives."""
    container_ref = ref(container)

    def callback(wr):
        c = container_ref()
        if c is not None:
            drop(c, wr)
    return callback


class WeakValueDictionary(_abc.MutableMapping):
    """A mapping that holds its values weakly: an entry disappears once
    its value has been collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._gone = _dropper(self, lambda c, wr: _remove_dead_weakref(c.data, wr.key))
        self.update(other, **kw)

    def _ref(self, key, value):
        return KeyedRef(value, self._gone, key)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(wr() is not None for wr in self.data.values())

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    keys = __iter__

    def items(self):
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def values(self):
        for wr in list(self.data.values()):
            value = wr()
            if value is not None:
                yield value

    def valuerefs(self):
        """The weak references to the values, as a list."""
        return list(self.data.values())

    def itervaluerefs(self):
        """An iterator over the weak references to the values."""
        return iter(self.valuerefs())

    def get(self, key, default=None):
        wr = self.data.get(key)
        value = None if wr is None else wr()
        return default if value is None else value

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = value = default
        return value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            pairs = other.items() if hasattr(other, "items") else other
            for key, value in pairs:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return type(self)(self.items())

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        return type(self)((deepcopy(k, memo), v) for k, v in self.items())

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_abc.MutableMapping):
    """A mapping that holds its keys weakly: an entry disappears once its
    key has been collected."""

    def __init__(self, dict=None):
        self.data = {}
        self._gone = _dropper(self, lambda c, wr: c.data.pop(wr, None))
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._gone)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            return ref(key) in self.data
        except TypeError:
            return False

    def __len__(self):
        return sum(wr() is not None for wr in self.data)

    def __iter__(self):
        for wr in list(self.data):
            key = wr()
            if key is not None:
                yield key

    keys = __iter__

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        """The weak references to the keys, as a list."""
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._gone), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            pairs = dict.items() if hasattr(dict, "items") else dict
            for key, value in pairs:
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        return type(self)(self.items())

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        return type(self)((k, deepcopy(v, memo)) for k, v in self.items())

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(_abc.MutableSet):
    """A set that holds its elements weakly."""

    def __init__(self, data=None):
        self.data = set()
        self._gone = _dropper(self, lambda c, wr: c.data.discard(wr))
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(wr() is not None for wr in self.data)

    def __contains__(self, item):
        try:
            return ref(item) in self.data
        except TypeError:
            return False

    def add(self, item):
        self.data.add(ref(item, self._gone))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __or__ = union

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def difference_update(self, other):
        if other is self:
            self.clear()
        else:
            for item in other:
                self.discard(item)

    def intersection_update(self, other):
        keep = {ref(item) for item in other}
        self.data &= keep

    def symmetric_difference_update(self, other):
        if other is self:
            self.clear()
            return
        for item in set(other):
            if item in self:
                self.discard(item)
            else:
                self.add(item)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __lt__(self, other):
        return self <= other and len(self) < len(other)

    def __gt__(self, other):
        return self >= other and len(self) > len(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == other.data

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __reduce__(self):
        return type(self), (list(self),), getattr(self, '__dict__', None)

    def __repr__(self):
        return repr(self.data)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once, when obj is collected, when the finalizer is called, or at
    exit (unless its atexit attribute was cleared)."""

    __slots__ = ()

    # Every live finalizer, with what it needs: [weakref to obj, func,
    # args, kwargs, atexit flag, creation number].
    _pending = {}
    _numbers = _itertools.count()
    _exit_hooked = [False]

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hooked[0]:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._exit_hooked[0] = True
        finalize._pending[self] = [ref(obj, self), func, args, kwargs, True,
                                   next(finalize._numbers)]

    def __call__(self, _=None):
        """Run the function now, unless it already ran; return its
        result."""
        entry = finalize._pending.pop(self, None)
        if entry is not None:
            return entry[1](*entry[2], **entry[3])

    def detach(self):
        """Cancel the finalizer: return (obj, func, args, kwargs), or
        None if it is no longer alive."""
        found = self.peek()
        if found is not None:
            del finalize._pending[self]
        return found

    def peek(self):
        """Return (obj, func, args, kwargs), or None if no longer alive."""
        entry = finalize._pending.get(self)
        obj = entry[0]() if entry else None
        if obj is None:
            return None
        return obj, entry[1], entry[2], dict(entry[3])

    @property
    def alive(self):
        """True until the function has run (or the finalizer was
        detached)."""
        return self in finalize._pending

    @property
    def atexit(self):
        """Whether the function runs at exit if the object still lives."""
        entry = finalize._pending.get(self)
        return bool(entry and entry[4])

    @atexit.setter
    def atexit(self, value):
        entry = finalize._pending.get(self)
        if entry:
            entry[4] = bool(value)

    def __repr__(self):
        entry = finalize._pending.get(self)
        obj = entry[0]() if entry else None
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return (f"<{type(self).__name__} object at {id(self):#x}; "
                f"for {type(obj).__name__!r} at {id(obj):#x}>")

    @staticmethod
    def _run_at_exit():
        # Newest first, as long as some remain.
        while True:
            due = [(entry[5], f) for f, entry in finalize._pending.items() if entry[4]]
            if not due:
                return
            due.sort()
            try:
                due[-1][1]()
            except Exception:
                _sys.excepthook(*_sys.exc_info())
