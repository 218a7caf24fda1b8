"""Context variables (kaa's implementation of CPython 3.11's contextvars).

kaa has a single thread, so the current context is one value held by this
module. A Context maps ContextVar objects to values; its dictionary is never
changed in place (setting a variable installs a new dictionary), so
copy_context() and Context.copy() are cheap snapshots, as CPython's
immutable mappings are.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

from types import GenericAlias


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()
_NO_DEFAULT = object()


def _final(cls):
    name = cls.__qualname__

    def __init_subclass__(sub, **kw):
        raise TypeError(
            "type '_contextvars.%s' is not an acceptable base type" % name)
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


def _addr(obj):
    return '0x%x' % id(obj)


class _State:
    # The interpreter's current context (kaa runs one thread).
    __slots__ = ('current',)

    def __init__(self):
        self.current = None


_state = _State()


def _current():
    ctx = _state.current
    if ctx is None:
        ctx = Context()
        _state.current = ctx
    return ctx


@_final
class Context:
    """A mapping of context variables to their values."""

    __slots__ = ('_data', '_prev', '_entered')

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, *args, **kwargs):
        """Call callable(*args, **kwargs) in this context."""
        if not args:
            raise TypeError('run() missing 1 required positional argument')
        callable, args = args[0], args[1:]
        if self._entered:
            raise RuntimeError(
                'cannot enter context: %r is already entered' % self)
        self._prev = _state.current
        self._entered = True
        _state.current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        """Return a shallow copy of the context."""
        new = Context()
        new._data = self._data
        return new

    def _check(self, key):
        if not isinstance(key, ContextVar):
            raise TypeError(
                'a ContextVar key was expected, got %r' % (key,))

    def __getitem__(self, var):
        self._check(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def get(self, *args):
        """Return the value of key, or default when it has none."""
        if not args:
            raise TypeError('get expected at least 1 argument, got 0')
        if len(args) > 2:
            raise TypeError(
                'get expected at most 2 arguments, got %d' % len(args))
        key = args[0]
        default = args[1] if len(args) > 1 else None
        self._check(key)
        return self._data.get(key, default)

    def __contains__(self, var):
        self._check(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        """The context variables set in this context."""
        return list(self._data.keys())

    def values(self):
        """The values of the variables set in this context."""
        return list(self._data.values())

    def items(self):
        """(variable, value) pairs of this context."""
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __repr__(self):
        return '<_contextvars.Context object at %s>' % _addr(self)


Context.__module__ = '_contextvars'


@_final
class ContextVar:
    """A context variable: its value depends on the current context."""

    __slots__ = ('_name', '_default')

    def __init__(self, *args, **kwargs):
        given = len(args) + len(kwargs)
        if given > 2:
            raise TypeError(
                'ContextVar() takes at most 2 arguments (%d given)' % given)
        if len(args) != 1:
            how = 'exactly' if not args else 'at most'
            raise TypeError(
                'ContextVar() takes %s 1 positional argument (%d given)'
                % (how, len(args)))
        for key in kwargs:
            if key != 'default':
                raise TypeError(
                    '%r is an invalid keyword argument for ContextVar()'
                    % key)
        name = args[0]
        default = kwargs.get('default', _NO_DEFAULT)
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    @property
    def name(self):
        """The variable's name."""
        return self._name

    def __setattr__(self, attr, value):
        if attr == 'name':
            raise AttributeError('readonly attribute')
        raise AttributeError(
            "'_contextvars.ContextVar' object has no attribute %r" % attr)

    def __hash__(self):
        return object.__hash__(self)

    def get(self, *args, **kwargs):
        """Return the variable's value in the current context.

        Without a value there, return the argument, else the variable's
        default, else raise LookupError.
        """
        if kwargs:
            raise TypeError('ContextVar.get() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError(
                'get expected at most 1 argument, got %d' % len(args))
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        """Give the variable a new value in the current context and return
        a Token that reset() accepts to restore the previous one."""
        if len(args) != 1:
            raise TypeError(
                'ContextVar.set() takes exactly one argument (%d given)'
                % len(args))
        value = args[0]
        ctx = _current()
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token._make(ctx, self, old)

    def reset(self, *args):
        """Restore the value the variable had before the set() that
        returned token."""
        if len(args) != 1:
            raise TypeError(
                'ContextVar.reset() takes exactly one argument (%d given)'
                % len(args))
        token = args[0]
        if not isinstance(token, Token):
            raise TypeError(
                'expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % token)
        if token._var is not self:
            raise ValueError(
                '%r was created by a different ContextVar' % token)
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError('%r was created in a different Context' % token)
        token._used = True
        data = dict(ctx._data)
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data

    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        r = '<ContextVar name=%r' % self._name
        if self._default is not _NO_DEFAULT:
            r += ' default=%r' % (self._default,)
        return r + ' at %s>' % _addr(self)


ContextVar.__module__ = '_contextvars'


@_final
class Token:
    """What ContextVar.set() returns, for ContextVar.reset()."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _make(cls, ctx, var, old):
        tok = object.__new__(cls)
        tok._ctx = ctx
        tok._var = var
        tok._old = old
        tok._used = False
        return tok

    @property
    def var(self):
        """The ContextVar that made this token."""
        return self._var

    @property
    def old_value(self):
        """The variable's value before set(), or Token.MISSING."""
        return self._old

    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at %s>' % (used, self._var, _addr(self))


Token.__module__ = '_contextvars'


def copy_context(*args):
    """Return a copy of the current context."""
    if args:
        raise TypeError('_contextvars.copy_context() takes no arguments '
                        '(%d given)' % len(args))
    return _current().copy()
