# split, rsplit, splitlines, partition, join and strip of bytes and
# bytearray.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for s in [b"", b"  ", b"a b c", b"  a  b  c  ", b"a,b,,c,", b"a\tb\nc\x0bd\x0ce\rf\x1cg", b"one"]:
    for args in [(), (None, 1), (b",",), (b",", 1), (b" ",), (b" ", 2)]:
        print(repr(s), args, s.split(*args), s.rsplit(*args))
print(bytearray(b"a b").split(), bytearray(b"a,b").rsplit(b",", 1))
show("split str", lambda: b"a b".split(" "))
show("split empty", lambda: b"a b".split(b""))
show("split kw", lambda: b"a b c".split(maxsplit=1))
for s in [b"", b"a\nb\r\nc\rd", b"x\n", b"a\x0bb\x0cc\x1cd\x85"]:
    print(repr(s), s.splitlines(), s.splitlines(True))
for s in [b"a=b=c", b"abc", b""]:
    print(repr(s), s.partition(b"="), s.rpartition(b"="), bytearray(s).partition(b"="))
show("partition empty", lambda: b"abc".partition(b""))
show("partition str", lambda: b"abc".partition("b"))
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"-").join([b"x", b"y"]), b"".join([]))
show("join str", lambda: b",".join(["a"]))
show("join int", lambda: b",".join([b"a", 1]))
show("join non-iterable", lambda: b",".join(5))
for s in [b"  hi  ", b"xxhixx", b"\t\n\x0b\x0chi\r ", b""]:
    print(repr(s), s.strip(), s.lstrip(), s.rstrip(), s.strip(b"x"), s.strip(bytearray(b" x")), s.strip(None))
show("strip str", lambda: b"a".strip("a"))
print(bytearray(b"  x  ").strip(), type(bytearray(b"x").strip()).__name__)
