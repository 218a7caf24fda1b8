# io.StringIO: the newline argument (None, "", "\n", "\r", "\r\n") on
# writing, reading lines and the newlines attribute.
import io

chunks = ["a\r", "\nb\r\nc\nd\re", "", "\r\n\r\n", "f\r"]
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    for c in chunks:
        s.write(c)
    print(repr(nl), repr(s.getvalue()), repr(s.newlines), s.tell())
    s.seek(0)
    print("  lines:", [s.readline() for _ in range(10)])
    s.seek(0)
    print("  limited:", [s.readline(2) for _ in range(4)])
    s2 = io.StringIO("x\r\ny\nz\r", newline=nl)
    print("  initial:", repr(s2.getvalue()), s2.tell(), repr(s2.newlines), s2.readlines())
    s3 = io.StringIO(newline=nl)
    print("  newlines before:", repr(s3.newlines), end="")
    s3.write("only\n")
    print(" after LF:", repr(s3.newlines), end="")
    s3.write("cr\r")
    print(" after CR:", repr(s3.newlines))

s = io.StringIO("one\ntwo", newline=None)
print(list(s))
