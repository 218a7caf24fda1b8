# A .pyc beside where the .py would be imports without its source; a
# pyc alone in __pycache__ does not.
import sys, os, py_compile
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "_gen_legacy.py")
with open(src, "w") as f:
    f.write("WHERE = 'from a legacy pyc'\n")
legacy = os.path.join(here, "_gen_legacy.pyc")
print(py_compile.compile(src, cfile=legacy, doraise=True) == legacy)
cached = py_compile.compile(src, doraise=True)
print(os.path.basename(os.path.dirname(cached)))
os.remove(src)
import _gen_legacy
print(_gen_legacy.WHERE, _gen_legacy.__file__.endswith(".pyc"), _gen_legacy.__cached__ == _gen_legacy.__file__)
print(type(_gen_legacy.__loader__).__name__, _gen_legacy.__loader__.get_source("_gen_legacy"))
os.remove(legacy)
sys.modules.pop("_gen_legacy", None)
try:
    import _gen_legacy
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
with open(legacy, "wb") as f:
    f.write(b"\x00\x00\r\nnot a pyc at all")
sys.modules.pop("_gen_legacy", None)
try:
    import _gen_legacy
except ImportError as e:
    print(type(e).__name__, str(e).split(":")[0], e.name)
os.remove(legacy)
os.remove(cached)
