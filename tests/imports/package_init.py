# Packages: __init__ runs first, submodules become attributes of the
# package, __path__ and __package__.
import sys
import _pkg
print(_pkg.__name__, _pkg.__package__, _pkg.PKG_VALUE)
print(type(_pkg.__path__).__name__, len(_pkg.__path__), _pkg.__path__[0].endswith("_pkg"))
print(_pkg.__file__)
print(hasattr(_pkg, "sub"))
import _pkg.sub
print(_pkg.sub.__name__, _pkg.sub.where(), _pkg.sub.__package__)
print(sys.modules["_pkg.sub"] is _pkg.sub)
import _pkg.sub as s
print(s is sys.modules["_pkg.sub"])
from _pkg import sub
print(sub.SUB_VALUE)
from _pkg.sub import where
print(where())
# "import a.b" binds "a".
del _pkg
import _pkg.inner
print(_pkg.inner.INNER, "inner" in dir(_pkg))
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
