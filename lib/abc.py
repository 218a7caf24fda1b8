"""Abstract base classes (PEP 3119), kaa's own implementation.

A class whose metaclass is ABCMeta can declare abstract methods and can
adopt unrelated classes as "virtual subclasses" with register(), which
isinstance() and issubclass() then honour.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: a class that has it cannot be
    instantiated until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A class method that is also abstract (deprecated spelling)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A static method that is also abstract (deprecated spelling)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated spelling)."""

    __isabstractmethod__ = True


# Bumped by every register() anywhere, so that the negative caches of all
# ABCs know they may be stale.
_registrations = [0]


def get_cache_token():
    """Return a token that changes whenever an ABC gains a virtual
    subclass."""
    return _registrations[0]


class _ABCState:
    """What an ABC remembers: its registered virtual subclasses and the
    answers it already computed."""

    __slots__ = ('registry', 'yes', 'no', 'no_token')

    def __init__(self):
        self.registry = set()
        self.yes = set()
        self.no = set()
        self.no_token = _registrations[0]


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _collect_abstracts(cls, namespace, bases):
    names = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            names.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _collect_abstracts(cls, namespace, bases)
        cls._abc_impl = _ABCState()
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC and return it."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _registrations[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        state = cls._abc_impl
        klass = instance.__class__
        if klass in state.yes:
            return True
        kind = type(instance)
        if kind is klass:
            if state.no_token == _registrations[0] and klass in state.no:
                return False
            return cls.__subclasscheck__(klass)
        return any(cls.__subclasscheck__(c) for c in (klass, kind))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.yes:
            return True
        if state.no_token != _registrations[0]:
            state.no = set()
            state.no_token = _registrations[0]
        elif subclass in state.no:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if answer:
                state.yes.add(subclass)
            else:
                state.no.add(subclass)
            return answer
        if cls in subclass.__mro__ or _registered_or_inherited(cls, subclass):
            state.yes.add(subclass)
            return True
        state.no.add(subclass)
        return False

    def _abc_registry_clear(cls):
        """Forget the virtual subclasses (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached answers (for tests)."""
        cls._abc_impl.yes.clear()
        cls._abc_impl.no.clear()

    def _dump_registry(cls, file=None):
        """Print the registry and caches (for debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        state = cls._abc_impl
        print(f"_abc_registry: {state.registry!r}", file=file)
        print(f"_abc_cache: {state.yes!r}", file=file)
        print(f"_abc_negative_cache: {state.no!r}", file=file)
        print(f"_abc_negative_cache_version: {state.no_token!r}", file=file)


def _registered_or_inherited(cls, subclass):
    # A subclass of one of cls's virtual subclasses, or of one of its real
    # subclasses (which may themselves have virtual subclasses).
    for virtual in cls._abc_impl.registry:
        if issubclass(subclass, virtual):
            return True
    for real in cls.__subclasses__():
        if issubclass(subclass, real):
            return True
    return False


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or
    removed (for class decorators)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    for name, value in type.__dict__['__dict__'].__get__(cls).items():
        if _is_abstract(value):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class of classes whose metaclass is ABCMeta."""

    __slots__ = ()
