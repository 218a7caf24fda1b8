# Relative imports where there is no package.
import sys
print(repr(__package__), __spec__, __name__)
for stmt in ["from . import x", "from .x import y", "from .. import z"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(stmt, "->", type(e).__name__, e, e.name, e.path)
# With globals that name a package, the same statements resolve.
g = {"__name__": "_pkg.fake", "__package__": "_pkg"}
exec("from . import sub\nprint(sub.__name__)", g)
g = {"__name__": "_pkg.inner.x", "__package__": "_pkg.inner"}
exec("from .. import PKG_VALUE\nprint(PKG_VALUE)", g)
g = {"__name__": "top"}
try:
    exec("from .. import x", g)
except ImportError as e:
    print(type(e).__name__, e)
g = {"__name__": "a.b", "__package__": 3}
try:
    exec("from . import x", g)
except TypeError as e:
    print(type(e).__name__, e)
g = {"__package__": "_pkg"}
exec("from . import sub\nprint('no __name__ needed with __package__:', sub.SUB_VALUE)", g)
