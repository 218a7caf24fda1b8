# py_compile: compile a file to its pyc; errors as PyCompileError.
import sys, os, py_compile, importlib.util
here = os.path.dirname(os.path.abspath(__file__))
def tag(s):
    return os.path.relpath(s, here).replace(sys.implementation.cache_tag, "TAG")
good = os.path.join(here, "_gen_good.py")
bad = os.path.join(here, "_gen_bad.py")
with open(good, "w") as f:
    f.write("def f():\n    return 'compiled'\n")
with open(bad, "w") as f:
    f.write("def f(:\n    pass\n")
print(tag(py_compile.compile(good)))
print(tag(py_compile.compile(good, optimize=2)))
print(tag(py_compile.compile(good, cfile=os.path.join(here, "_gen_out.pyc"))))
c = py_compile.compile(good, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
with open(c, "rb") as f:
    data = f.read(16)
print(int.from_bytes(data[4:8], "little"), data[8:16] == importlib.util.source_hash(open(good, "rb").read()))
c = py_compile.compile(good, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
with open(c, "rb") as f:
    print(int.from_bytes(f.read(8)[4:], "little"))
try:
    py_compile.compile(bad, doraise=True)
except py_compile.PyCompileError as e:
    print(e.exc_type_name, e.file.endswith("_gen_bad.py"), type(e.exc_value).__name__)
    print(e.msg.replace(here + os.sep, ""))
print(py_compile.compile(bad, quiet=2))
print(py_compile.compile(bad, dfile="shown.py", quiet=2))
try:
    py_compile.compile(bad, dfile="shown.py", doraise=True)
except py_compile.PyCompileError as e:
    print(e)
try:
    py_compile.compile(os.path.join(here, "_gen_missing.py"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
print(list(py_compile.PycInvalidationMode))
print(py_compile.PycInvalidationMode["TIMESTAMP"], py_compile.PycInvalidationMode(2))
print(py_compile.PycInvalidationMode.TIMESTAMP.value, py_compile.PycInvalidationMode.UNCHECKED_HASH.name)
e = py_compile.PyCompileError(ValueError, ValueError("v"), "f.py")
print(e.msg, e.exc_type_name, e.args[1:3])
for p in [good, bad, os.path.join(here, "_gen_out.pyc")]:
    os.remove(p)
