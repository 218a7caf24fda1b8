# if __name__ == "__main__": runs only in the main module.
import sys
import _mainguard
print(_mainguard.run(), _mainguard.__name__)
print(__name__, sys.modules["__main__"] is sys.modules[__name__])
print(type(__loader__).__name__, __spec__, __package__)
if __name__ == "__main__":
    print("main block of the program")
import __main__
print(__main__.__name__, hasattr(__main__, "tag"))
