# sys.path: the script's folder first; folders added at run time are
# searched by later imports; entries that are not str are skipped.
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here)
try:
    import extra_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path.append(os.path.join(here, "_extra_dir"))
import extra_mod
print(extra_mod.E, extra_mod.__file__.endswith(os.path.join("_extra_dir", "extra_mod.py")))
sys.path.insert(0, 42)
sys.path.insert(0, os.path.join(here, "_does_not_exist"))
del sys.modules["extra_mod"]
import extra_mod
print(extra_mod.E)
sys.path[:] = [p for p in sys.path if p != os.path.join(here, "_extra_dir") and p != 42]
del sys.modules["extra_mod"]
try:
    import extra_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
