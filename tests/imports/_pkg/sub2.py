from . import sub
from .sub import SUB_VALUE as S
from .inner import deep
print("executing _pkg.sub2", __package__, sub.__name__, S, deep.DEEP)
