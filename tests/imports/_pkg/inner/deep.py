from .. import sub as parent_sub
from ..sub import where
from . import INNER
from .. import PKG_VALUE as top_value
DEEP = (where(), INNER, top_value, parent_sub.SUB_VALUE)
print("executing _pkg.inner.deep", __package__, __spec__.parent)
