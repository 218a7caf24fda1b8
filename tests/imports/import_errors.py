# ModuleNotFoundError and ImportError with CPython's messages.
import sys
cases = [
    "import _no_such_module",
    "import _no_such_pkg.sub",
    "import _pkg.no_such_sub",
    "import _mod_a.sub",
    "from _mod_a import missing",
    "from _pkg import missing_name",
    "from sys import no_such_thing",
    "import _pkg.sub.deeper",
]
for stmt in cases:
    try:
        exec(stmt)
    except ImportError as e:
        print(stmt)
        print("   ", type(e).__name__, "|", e, "|", e.name, "|", e.path, "|", e.msg == str(e))
print(issubclass(ModuleNotFoundError, ImportError))
e = ImportError("msg", name="n", path="p")
print(e, e.name, e.path, e.msg, e.args)
try:
    ImportError("x", bad=1)
except TypeError as e:
    print(type(e).__name__, e)
