# sys.dont_write_bytecode stops imports from writing pycs (the module
# still imports).
import sys, os
sys.dont_write_bytecode = True
import _nowrite
print(_nowrite.X)
print(os.path.exists(_nowrite.__cached__), _nowrite.__cached__ is not None)
sys.dont_write_bytecode = False
del sys.modules["_nowrite"]
import _nowrite
print(os.path.exists(_nowrite.__cached__))
os.remove(_nowrite.__cached__)
print(os.path.exists(_nowrite.__cached__))
