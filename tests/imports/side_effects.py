# The order in which modules and packages run.
import sys
log = []
import _pkg.inner.deep
print("first import done")
import _pkg.inner.deep
print("second import runs nothing")
print([k for k in sys.modules if k.startswith("_pkg")])
