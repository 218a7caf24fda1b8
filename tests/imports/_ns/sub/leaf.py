from .. import mod
LEAF = "leaf of " + mod.NS_MOD
