# "from x import name" of a module that is still running is an
# ImportError naming the circular import.
import sys
try:
    import _circ_x
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name, e.path)
print("_circ_x" in sys.modules, "_circ_y" in sys.modules)
# Attribute access on a partially initialised module.
try:
    import _circ_p
except AttributeError as e:
    print(type(e).__name__, e)
    print(e.name)
print("_circ_p" in sys.modules, "_circ_q" in sys.modules)
