# from package import *: the submodules named in __all__ are imported.
import sys
from _pkg_all import *
print(CONST, alpha.A, beta.B)
print("_pkg_all.gamma" in sys.modules)
try:
    gamma
except NameError as e:
    print(type(e).__name__, e)
import _pkg_all
print(sorted(k for k in vars(_pkg_all) if not k.startswith("__")))
# The fromlist of __import__ imports submodules too.
m = __import__("_pkg_all", fromlist=["gamma"])
print(m.gamma.G, "_pkg_all.gamma" in sys.modules)
m = __import__("_pkg_all", fromlist=["does_not_exist"])
print(m.__name__)
try:
    __import__("_pkg_all", fromlist=[1])
except TypeError as e:
    print(type(e).__name__, e)
