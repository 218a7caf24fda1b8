# An IndentationError in the program itself.
def f():
    x = 1
      return x
