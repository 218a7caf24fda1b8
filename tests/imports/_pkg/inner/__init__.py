print("executing _pkg.inner", __package__)
from .. import PKG_VALUE
INNER = PKG_VALUE + ".inner"
