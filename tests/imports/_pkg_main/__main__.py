print("running _pkg_main.__main__ as", __name__, __package__)
