# sys.path order decides: a folder put first shadows the library.
import sys, os
here = os.path.dirname(__file__)
print(sys.path[0] == here)
sys.path.insert(0, os.path.join(here, "_shadow"))
saved = sys.modules.pop("keyword", None)
import keyword
print(keyword.kwlist, keyword.iskeyword("if"), keyword.__file__.endswith("keyword.py"))
del sys.modules["keyword"]
sys.path.pop(0)
import keyword
print(keyword.iskeyword("if"), "shadowed" in keyword.kwlist)
