# with statements: several managers, exceptions in __enter__/__exit__,
# suppression, return and break inside, the values __exit__ receives.

class M:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress = name, suppress
        self.fail_enter, self.fail_exit = fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        if self.fail_exit:
            raise KeyError("exit failed: " + self.name)
        return self.suppress

with M("a") as a, M("b") as b:
    print("body", a, b)

with M("outer", suppress=True):
    with M("inner"):
        raise ValueError("boom")
print("after suppress")

try:
    with M("x"), M("y", fail_enter=True):
        print("not reached")
except RuntimeError as e:
    print("caught", e)

try:
    with M("z", fail_exit=True):
        raise ValueError("original")
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))

def ret():
    with M("r"):
        return "returned value"

print(ret())

for i in range(3):
    with M(f"loop{i}"):
        if i == 1:
            break
print("broke at", i)

class NotAManager:
    pass

try:
    with NotAManager():
        pass
except TypeError as e:
    print("TypeError:", e)

class OnlyEnter:
    def __enter__(self):
        return self

try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 1

with Truthy():
    raise IndexError("suppressed by a truthy value")
print("done")
