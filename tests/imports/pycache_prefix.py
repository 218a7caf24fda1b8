# sys.pycache_prefix moves caches out of __pycache__ folders into a tree
# of their own.
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
prefix = os.path.join(here, "_prefix_out")
sys.pycache_prefix = prefix
import _prefixed
import importlib.util
c = _prefixed.__cached__
print(c.startswith(prefix), os.path.exists(c))
rel = os.path.relpath(c, prefix).replace(sys.implementation.cache_tag, "TAG")
print(rel.endswith(os.path.join(here.lstrip(os.sep), "_prefixed.TAG.pyc")))
print(os.path.exists(os.path.join(here, "__pycache__", "_prefixed." + sys.implementation.cache_tag + ".pyc")))
print(importlib.util.source_from_cache(c) == os.path.join(here, "_prefixed.py"))
print(importlib.util.cache_from_source("/x/y.py").replace(sys.implementation.cache_tag, "TAG") == os.path.join(prefix, "x", "y.TAG.pyc"))
sys.pycache_prefix = None
print(importlib.util.cache_from_source("/x/y.py").replace(sys.implementation.cache_tag, "TAG"))
