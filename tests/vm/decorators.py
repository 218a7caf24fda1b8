# Decorators on functions and classes, functools-style wrappers, stacked
# decorators, decorator factories.

def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        return fn(*args, **kw)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b=1):
    return a + b

print(add(2), add(2, b=5), add.__name__, add.__wrapped__(1, 1))

@repeat(3)
@trace
def hello(name):
    return "hi " + name

print(hello("x"))

def register(cls):
    cls.registered = True
    return cls

@register
class Thing:
    pass

print(Thing.registered)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache))

class Account:
    def __init__(self):
        self._balance = 0
    @property
    def balance(self):
        return self._balance
    @staticmethod
    def currency():
        return "EUR"
    @classmethod
    def empty(cls):
        return cls()

a = Account.empty()
print(a.balance, Account.currency(), a.currency(), type(Account.__dict__["currency"]).__name__)

def deco_with_args(*dargs, **dkw):
    def deco(fn):
        fn.meta = (dargs, dkw)
        return fn
    return deco

@deco_with_args(1, key="v")
def marked():
    pass

print(marked.meta)
