# __import__: return values with and without fromlist, levels, and a
# replaced builtins.__import__ seeing import statements.
import builtins
import sys
print(__import__("_pkg.inner").__name__)
print(__import__("_pkg.inner", fromlist=["x"]).__name__)
print(__import__("_pkg.inner", fromlist=None).__name__)
print(__import__("_pkg.inner", globals(), locals(), [], 0).__name__)
print(__import__("sub", {"__package__": "_pkg"}, None, [], 1).__name__)
print(__import__("inner.deep", {"__package__": "_pkg"}, None, [], 1).__name__)
print(__import__("", {"__package__": "_pkg.inner"}, None, ["deep"], 1).__name__)
for args, kw in [((), {}), (("",), {}), (("x",), {"level": -1}), ((1,), {}), (("x", None, None, [], 1), {})]:
    try:
        __import__(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
calls = []
real = builtins.__import__
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level))
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = spy
try:
    import _mod_a
    from _pkg import sub
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
finally:
    builtins.__import__ = real
print([c for c in calls if c[0] in ("_mod_a", "_pkg", "")])
