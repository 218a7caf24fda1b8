# A module that raises while it runs: the exception reaches the
# importer, and the module does not stay in sys.modules.
import sys
for attempt in range(2):
    try:
        import _raises
    except ValueError as e:
        print(attempt, type(e).__name__, e)
    print("_raises" in sys.modules)
try:
    import _badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
    print(str(e))
print("_badsyntax" in sys.modules)
# A package whose submodule fails stays imported itself.
try:
    import _pkg.inner.beyond
except ImportError as e:
    print(type(e).__name__, e)
print("_pkg" in sys.modules, "_pkg.inner" in sys.modules, "_pkg.inner.beyond" in sys.modules)
