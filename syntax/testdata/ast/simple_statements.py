global a, b
nonlocal c
del a, (b, c), [d], e.f, g[h]
assert x, "msg"
raise E from e
raise
import a.b.c as d, e
from ...a import (b as c, d,)
from . import *
from .... import x
