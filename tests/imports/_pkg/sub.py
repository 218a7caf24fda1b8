print("executing _pkg.sub", __name__, __package__)
SUB_VALUE = 1
def where():
    return __name__
