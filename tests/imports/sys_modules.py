# sys.modules: None blocks an import; a module may replace itself.
import sys
sys.modules["_blocked"] = None
try:
    import _blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _blocked import x
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["_blocked"]
try:
    import _blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import _self_replace
print(_self_replace, _self_replace.answer)
print(type(sys.modules["_self_replace"]).__name__)
# A module object put in sys.modules by hand is importable.
import types
m = types.ModuleType("_handmade", "made by hand")
m.x = 5
sys.modules["_handmade"] = m
import _handmade
from _handmade import x
print(_handmade is m, x, _handmade.__doc__)
print(repr(m)[:20])
