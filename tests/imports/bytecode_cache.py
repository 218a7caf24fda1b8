# The pyc an import writes: where it is, its 16-byte header, and the
# marshalled code object after it.
import sys, os, marshal, importlib.util
import _cached_mod
def tag(s):
    return s.replace(sys.implementation.cache_tag, "TAG")
cached = _cached_mod.__cached__
print(tag(cached), os.path.exists(cached))
print(os.path.basename(os.path.dirname(cached)))
with open(cached, "rb") as f:
    data = f.read()
print(data[:4] == importlib.util.MAGIC_NUMBER, data[2:4], int.from_bytes(data[4:8], "little"))
st = os.stat(_cached_mod.__file__)
print(int.from_bytes(data[8:12], "little") == int(st.st_mtime) & 0xFFFFFFFF)
print(int.from_bytes(data[12:16], "little") == st.st_size)
code = marshal.loads(data[16:])
print(type(code).__name__, code.co_name, code.co_filename == _cached_mod.__file__)
ns = {}
exec(code, ns)
print(ns["double"](21), ns["NAME"])
print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode, sys.pycache_prefix)
print(sys.implementation.cache_tag is not None)
