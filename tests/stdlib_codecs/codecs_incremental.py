import codecs
import io

text = "h\u00e9llo w\u00f6rld \u20ac \U0001f600 end\nline two\r\nthree\n"

for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'latin-1']:
    errors = 'replace' if enc == 'latin-1' else 'strict'
    data = codecs.encode(text, enc, errors)
    for step in (1, 2, 3, 5):
        dec = codecs.getincrementaldecoder(enc)()
        out = []
        for i in range(0, len(data), step):
            out.append(dec.decode(data[i:i + step]))
        out.append(dec.decode(b"", final=True))
        print(enc, step, "".join(out) == codecs.decode(data, enc), max(len(o) for o in out) <= step + 1)
    encd = codecs.getincrementalencoder(enc)(errors)
    pieces = [encd.encode(text[i:i + 4]) for i in range(0, len(text), 4)] + [encd.encode("", True)]
    print(enc, b"".join(pieces) == data)
    print(enc, "".join(codecs.iterdecode([data[i:i + 3] for i in range(0, len(data), 3)], enc)) == codecs.decode(data, enc))
    print(enc, b"".join(codecs.iterencode(["ab", "c\u00e9", ""], enc, errors)))

dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"a\xe2")), repr(dec.decode(b"\x82")), repr(dec.decode(b"\xac")), dec.getstate())
try:
    dec.decode(b"\xe2", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
dec.reset()
print(repr(dec.decode(b"\xffz", final=False)) if False else dec.decode(b"ok"))
dec = codecs.getincrementaldecoder("utf-16")()
print(repr(dec.decode(b"\xfe")), repr(dec.decode(b"\xff\x00")), repr(dec.decode(b"a")))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.reset(), enc.encode("c"))
enc = codecs.getincrementalencoder("utf-8-sig")()
print(enc.encode("a"), enc.encode("b"))

# Stream readers and writers.
for enc in ['utf-8', 'utf-16', 'utf-8-sig', 'utf-32-be']:
    raw = io.BytesIO()
    w = codecs.getwriter(enc)(raw)
    w.write("first line \u20ac\n")
    w.writelines(["second\n", "third \U0001f600\n"])
    data = raw.getvalue()
    print(enc, data == codecs.encode("first line \u20ac\nsecond\nthird \U0001f600\n", enc))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(repr(r.readline()), repr(r.read(3)), repr(r.readline()), repr(r.readlines()))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(list(r))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(repr(r.read()), repr(r.read()))

path = "/tmp/kaa_codecs_test_%d.txt" % __import__("os").getpid()
try:
    with codecs.open(path, "w", encoding="utf-16") as f:
        f.write("caf\u00e9\nna\u00efve\n")
        print(f.encoding)
    with open(path, "rb") as f:
        print(f.read())
    with codecs.open(path, "r", encoding="utf-16") as f:
        print(f.read())
    with codecs.open(path, "r", encoding="utf-16") as f:
        print(f.readline(), f.readlines())
    with codecs.open(path, "rb") as f:
        print(f.read(2))
finally:
    __import__("os").remove(path)
