# A finder and loader written in Python, installed in sys.meta_path.
import sys
import importlib.abc
import importlib.util

class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.greeting = "made by " + module.__name__
        module.loader_type = type(module.__loader__).__name__

class Finder(importlib.abc.MetaPathFinder):
    def __init__(self):
        self.asked = []
    def find_spec(self, name, path, target=None):
        self.asked.append(name)
        if name.startswith("virtual"):
            return importlib.util.spec_from_loader(name, Loader(), is_package=(name == "virtual"))
        return None

finder = Finder()
sys.meta_path.insert(0, finder)
import virtual
import virtual.child
print(virtual.greeting, virtual.child.greeting, virtual.loader_type)
print(virtual.__spec__.name, virtual.__path__, virtual.child.__package__)
print(virtual.__file__ if hasattr(virtual, "__file__") else "no __file__")
import _mod_a
print([n for n in finder.asked])
class Legacy:
    def find_spec(self, name, path, target=None):
        if name == "legacy_mod":
            return importlib.util.spec_from_loader(name, OldLoader())
class OldLoader:
    def load_module(self, name):
        m = type(sys)(name)
        m.old = True
        sys.modules[name] = m
        return m
sys.meta_path.insert(0, Legacy())
import legacy_mod
print(legacy_mod.old)
class Broken:
    def find_spec(self, name, path, target=None):
        if name == "broken_mod":
            raise RuntimeError("finder failed")
sys.meta_path.insert(0, Broken())
try:
    import broken_mod
except RuntimeError as e:
    print(type(e).__name__, e)
sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, (Finder, Legacy, Broken))]
try:
    import virtual_other
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
