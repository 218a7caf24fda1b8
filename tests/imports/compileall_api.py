# compileall.compile_dir / compile_file and their messages.
import sys, os, compileall
here = os.path.dirname(os.path.abspath(__file__))
tree = os.path.join(here, "_gen_tree")
def remove_tree():
    if os.path.exists(tree):
        for dirpath, dirnames, filenames in os.walk(tree, topdown=False):
            for f in filenames:
                os.remove(os.path.join(dirpath, f))
            os.rmdir(dirpath)
remove_tree()
os.makedirs(os.path.join(tree, "sub", "subsub"), exist_ok=True)
files = {"a.py": "A = 1\n", "b.py": "def (:\n", "c.txt": "not python\n",
         "sub/d.py": "D = 4\n", "sub/subsub/e.py": "E = 5\n", "skip_me.py": "S = 1\n"}
for name, text in files.items():
    with open(os.path.join(tree, name), "w") as f:
        f.write(text)
class Rx:
    def search(self, path):
        return "skip" in path or path.endswith("b.py")
print(compileall.compile_dir(tree, quiet=0))
print(compileall.compile_dir(tree, quiet=1))
print(compileall.compile_dir(tree, quiet=1, force=True, maxlevels=0))
print(compileall.compile_dir(tree, quiet=2, force=True))
print(compileall.compile_dir(tree, force=True, rx=Rx(), maxlevels=1))
print(compileall.compile_file(os.path.join(tree, "a.py"), force=True))
print(compileall.compile_file(os.path.join(tree, "a.py"), force=True, legacy=True), os.path.exists(os.path.join(tree, "a.pyc")))
print(compileall.compile_file(os.path.join(tree, "c.txt")))
print(sorted(os.listdir(os.path.join(tree, "sub", "__pycache__")))[0].replace(sys.implementation.cache_tag, "TAG"))
print(os.path.exists(os.path.join(tree, "__pycache__", "b." + sys.implementation.cache_tag + ".pyc")))
try:
    compileall.compile_dir(tree, workers=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    compileall.compile_dir(tree, ddir="x", stripdir="y")
except ValueError as e:
    print(type(e).__name__, e)
print(compileall.compile_dir(tree, quiet=1, force=True, workers=2))
remove_tree()
