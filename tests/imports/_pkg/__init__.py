print("executing _pkg/__init__", __name__, __package__)
PKG_VALUE = "pkg"
