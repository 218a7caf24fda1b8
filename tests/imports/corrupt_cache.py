# A pyc that is garbage, has a truncated header or comes from another
# version is ignored (CPython 3.11 fails on a truncated body, kaa does
# not: see the Go tests):
# the module is compiled from its source and the pyc written again.
import sys, os, importlib.util
import _corrupt_me
cached = _corrupt_me.__cached__
with open(cached, "rb") as f:
    good = f.read()
bad_versions = {
    "garbage": b"this is not a pyc file at all",
    "empty": b"",
    "truncated header": good[:10],
    "wrong magic": b"\x00\x00\r\n" + good[4:],
    "bad flags": good[:4] + b"\x08\x00\x00\x00" + good[8:],
}
for name, data in bad_versions.items():
    with open(cached, "wb") as f:
        f.write(data)
    del sys.modules["_corrupt_me"]
    import _corrupt_me
    with open(cached, "rb") as f:
        now = f.read()
    print(name, "->", _corrupt_me.C, now[:4] == importlib.util.MAGIC_NUMBER, len(now) == len(good))
