# When the source changes, the pyc is stale: the import compiles the new
# source and rewrites the pyc (the header records the source's size).
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "_gen_stale.py")
def write(text):
    with open(path, "w") as f:
        f.write(text)
def header():
    with open(_gen_stale.__cached__, "rb") as f:
        hdr = f.read(16)
    return int.from_bytes(hdr[4:8], "little"), int.from_bytes(hdr[12:16], "little")
write("V = 1\n")
import _gen_stale
print(_gen_stale.V, header())
for text in ["V = 22\n", "V = 'three'\n", "V = [4] * 40\n"]:
    write(text)
    del sys.modules["_gen_stale"]
    import _gen_stale
    print(_gen_stale.V, header(), header()[1] == len(text))
os.remove(_gen_stale.__cached__)
os.remove(path)
