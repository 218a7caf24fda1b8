# Importing modules and packages that live beside the program.
import _helper_mod
from _helper_mod import greet, VALUE as V
import _helper_pkg.sub as sub
from _helper_pkg import sub as sub2, top_func
from _helper_pkg.sub import deep

print(greet("kaa"), V, _helper_mod.__name__)
print(sub.where(), sub is sub2, top_func(), deep())
import _helper_pkg
print(_helper_pkg.__name__, _helper_pkg.sub.__name__, sorted(k for k in dir(_helper_pkg) if not k.startswith("__")))
import sys
print("_helper_mod" in sys.modules, "_helper_pkg.sub" in sys.modules)

try:
    import _no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    from _helper_mod import missing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])

from _helper_mod import *
print(public_name)
try:
    _private
except NameError as e:
    print("NameError:", e)
print(_helper_mod.counter)
import _helper_mod as again
print(again.counter)
