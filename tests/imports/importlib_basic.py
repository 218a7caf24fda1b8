# importlib.import_module and importlib.reload.
import importlib
import sys
m = importlib.import_module("_pkg.sub")
print(m.__name__, m is sys.modules["_pkg.sub"])
top = __import__("_pkg.sub")
print(top.__name__)
print(importlib.import_module(".sub", "_pkg").__name__)
print(importlib.import_module("..sub", "_pkg.inner").__name__)
print(importlib.import_module("._pkg.inner", "_pkg").__name__ if False else "-")
for args in [(".sub",), ("",), ("..x", "_pkg"), ("_no_such",), (".sub", "_no_pkg")]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
import _counter, _counter_log
print(_counter.count, _counter_log.runs)
r = importlib.reload(_counter)
print(r is _counter, _counter.count, _counter_log.runs)
importlib.reload(_counter)
print(_counter.count, _counter_log.runs)
for bad in [1, "x", None]:
    try:
        importlib.reload(bad)
    except TypeError as e:
        print(type(e).__name__, e)
import types
orphan = types.ModuleType("_orphan")
try:
    importlib.reload(orphan)
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.modules["_orphan"] = orphan
try:
    importlib.reload(orphan)
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
importlib.invalidate_caches()
print(importlib.__import__("_pkg.sub").__name__)
