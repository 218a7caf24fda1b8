kwlist = ["shadowed"]
def iskeyword(s):
    return False
