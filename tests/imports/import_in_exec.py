# Imports inside exec and eval with their own namespaces.
ns = {}
exec("import _mod_a\nfrom _pkg import sub\nx = _mod_a.VALUE + sub.SUB_VALUE", ns)
print(ns["x"], ns["_mod_a"].__name__, sorted(k for k in ns if not k.startswith("__")))
ns = {"__name__": "_pkg.virtual", "__package__": "_pkg"}
exec("from .sub import where\nr = where()", ns)
print(ns["r"])
print(eval("__import__('_mod_a').greet('eval')"))
def imports_locally():
    ns = {}
    exec("import _star", ns)
    return "_star" in ns
print(imports_locally())
class Importer:
    def __init__(self):
        self.names = []
    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        self.names.append(name)
        return __import__(name, globals, locals, fromlist, level)
imp = Importer()
exec("import _mod_a\nimport _pkg.sub", {"__builtins__": {"__import__": imp}})
print(imp.names)
try:
    exec("import _mod_a", {"__builtins__": {}})
except ImportError as e:
    print(type(e).__name__, e)
