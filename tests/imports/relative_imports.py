# Relative imports inside packages: from . import x, from .. import y,
# from .mod import name, and three levels up.
import _pkg.sub2
from _pkg.inner import deep
print(deep.DEEP)
print(deep.__package__, deep.__spec__.parent, deep.__name__)
import _pkg.inner
print(_pkg.inner.__package__, _pkg.inner.__spec__.parent)
print(_pkg.__spec__.parent, repr(_pkg.sub.__spec__.parent))
try:
    import _pkg.inner.beyond
except ImportError as e:
    print(type(e).__name__, e, e.name)
