# from module import *: __all__ decides; without it, names not starting
# with an underscore.
from _star import *
print(public, _semi_private)
try:
    unlisted
except NameError as e:
    print(type(e).__name__, e)
from _star_noall import *
print(visible, func())
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
try:
    from _star_bad import *
except TypeError as e:
    print(type(e).__name__, e)
try:
    from _star_missing import *
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    ns = {}
    exec("from _star import *", ns)
    return sorted(k for k in ns if k != "__builtins__")
print(f())
