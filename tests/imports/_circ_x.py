import _circ_y
def fx():
    return 1
