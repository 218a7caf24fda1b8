# importlib.util: cache paths, hashes, specs.
import importlib.util
import sys
def tag(s):
    return s.replace(sys.implementation.cache_tag, "TAG") if isinstance(s, str) else s
print(tag(importlib.util.cache_from_source("/a/b/mod.py")))
print(tag(importlib.util.cache_from_source("/a/b/mod.py", optimization=2)))
print(tag(importlib.util.cache_from_source("mod.py", optimization="")))
print(importlib.util.source_from_cache("/a/b/__pycache__/mod." + sys.implementation.cache_tag + ".pyc"))
for bad in ["/a/mod.pyc", "/a/__pycache__/mod.pyc", "/a/__pycache__/m.x.opt.pyc"]:
    try:
        importlib.util.source_from_cache(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    importlib.util.cache_from_source("x.py", optimization="a b")
except ValueError as e:
    print(type(e).__name__, e)
h = importlib.util.source_hash(b"print(1)\n")
print(type(h).__name__, len(h), h == importlib.util.source_hash(b"print(1)\n"), h == importlib.util.source_hash(b"print(2)\n"))
print(len(importlib.util.MAGIC_NUMBER), importlib.util.MAGIC_NUMBER[2:])
print(importlib.util.resolve_name(".sub", "_pkg"), importlib.util.resolve_name("x.y", None))
try:
    importlib.util.resolve_name(".x", None)
except ImportError as e:
    print(type(e).__name__, e)
spec = importlib.util.find_spec("_mod_a")
print(spec.name, spec.origin, type(spec.loader).__name__, "_mod_a" in sys.modules)
print(importlib.util.find_spec("_no_such_module"))
print(importlib.util.find_spec("_pkg.sub").name, "_pkg" in sys.modules)
m = importlib.util.module_from_spec(spec)
print(m.__name__, hasattr(m, "VALUE"), m.__spec__ is spec, m.__file__)
spec.loader.exec_module(m)
print(m.VALUE, "_mod_a" in sys.modules)
import os
s2 = importlib.util.spec_from_file_location("renamed", os.path.join(os.path.dirname(__file__), "_mod_a.py"))
print(s2.name, s2.origin.endswith("_mod_a.py"), s2.has_location, type(s2.loader).__name__)
m2 = importlib.util.module_from_spec(s2)
s2.loader.exec_module(m2)
print(m2.__name__, m2.VALUE, m2.greet("spec"))
print(importlib.util.spec_from_loader("x", None))
print(importlib.util.decode_source(b"a = 1\r\nb = 2\r\n"))
