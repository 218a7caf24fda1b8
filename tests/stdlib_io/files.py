# io: open() returns io objects; reading and writing files through them.
import io
import os

name = "_io_files_test.tmp"
with open(name, "w") as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f, io.TextIOWrapper))
    f.write("first\nsecond\n")
with open(name, "rb") as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.BufferedReader), f.read())
with open(name, "ab") as f:
    print(isinstance(f, io.BufferedWriter), f.write(b"third\n"))
with open(name, "rb", buffering=0) as f:
    print(isinstance(f, io.RawIOBase), isinstance(f, io.FileIO), f.read())
with open(name, "r+b") as f:
    print(isinstance(f, io.BufferedRandom))
with open(name) as f:
    print(f.readlines())
with open(name, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
os.remove(name)
print(os.path.exists(name))
