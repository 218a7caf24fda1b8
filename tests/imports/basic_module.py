# Importing a plain module: attributes, caching in sys.modules, aliases.
import sys
import _mod_a
import _mod_a as again
from _mod_a import VALUE, greet as hello, Thing

print(_mod_a.VALUE, VALUE, hello("kaa"), Thing.kind)
print(_mod_a is again, sys.modules["_mod_a"] is _mod_a)
print(_mod_a.__name__, _mod_a.__doc__, _mod_a.__package__)
print(type(_mod_a).__name__, "greet" in dir(_mod_a))
print(_mod_a.__file__.endswith("_mod_a.py"), _mod_a.__file__)
# A second import runs nothing: the module is cached.
import _mod_a
print(sys.modules.get("_mod_a").greet("again"))
# Deleting the module from sys.modules makes the next import run it again.
del sys.modules["_mod_a"]
import _mod_a as fresh
print(fresh is again, fresh.VALUE)
# Imports inside functions and classes bind local names.
def f():
    import _mod_a as local
    from _mod_a import VALUE as v
    return local.__name__, v
print(f())
class C:
    import _mod_a
    from _mod_a import Thing as T
print(C._mod_a.__name__, C.T.kind)
print("_mod_a" in sys.modules, "_nope" in sys.modules)
