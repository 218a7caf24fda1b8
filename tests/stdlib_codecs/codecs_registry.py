import codecs


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ['utf8', 'UTF-8', 'utf_8', 'U8', 'latin1', 'latin-1', 'iso-8859-1', 'L1', 'ascii', 'us-ascii',
             'utf-16', 'utf_16_le', 'utf-16be', 'utf-32', 'utf-32-le', 'UTF-32BE', 'utf-8-sig', 'hex', 'base64',
             'base_64', 'zlib', 'rot13', 'rot_13', 'quopri', 'nope', 'utf 8']:
    try:
        info = codecs.lookup(name)
        print(name, info.name, repr(info).split(" at ")[0], info._is_text_encoding, len(info), info[0] is info.encode)
    except LookupError as e:
        print(name, "LookupError", e)
show(codecs.lookup, 5)

text = "h\u00e9llo w\u00f6rld \u20ac \U0001f600"
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    b = codecs.encode(text, enc)
    print(enc, b, codecs.decode(b, enc) == text, codecs.lookup(enc).encode(text), codecs.lookup(enc).decode(b))
for enc in ['ascii', 'latin-1']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        show(codecs.encode, text, enc, errors)
    show(codecs.decode, b"caf\xe9 \xff", enc)
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    show(codecs.decode, b"ab\xff\xfecd", "utf-8", errors)

show(codecs.encode, b"x", "utf-8")
show(codecs.decode, "abc", "utf-8")
show(codecs.decode, b"zz", "hex")
show(codecs.encode, "x", "hex")
show(codecs.encode, b"abc", "rot13")
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode(b"\x00\xffab", "hex"), codecs.decode(b"00ff6162", "hex"), codecs.decode("00FF", "hex"))
print(codecs.encode(b"data to encode" * 6, "base64"), codecs.decode(b"ZGF0YQ==\n", "base64"))
print(codecs.decode(codecs.encode(b"zlib data" * 50, "zlib"), "zlib"))
print(codecs.encode(b"a=b \xff\tc\n", "quopri"), codecs.decode(b"a=3Db=20=FF", "quopri"))
show(codecs.encode, "x", "nope")
print(codecs.encode("abc"), codecs.decode(b"abc"), codecs.encode(obj="x", encoding="ascii"))

# Module-level codec functions.
print(codecs.utf_8_decode(b"a\xe2\x82"), codecs.utf_8_decode(b"a\xe2\x82\xac"), codecs.utf_8_encode("\u20ac"))
show(codecs.utf_8_decode, b"a\xe2\x82", "strict", True)
print(codecs.utf_8_decode(b"a\xe2", "replace", True))
show(codecs.utf_8_decode, b"\xff")
show(codecs.utf_8_decode, b"\xed\xa0")
show(codecs.utf_8_decode, b"ab\xf0\x9f\x98")
print(codecs.utf_16_decode(b"\xff\xfea\x00b"), codecs.utf_16_encode("ab"), codecs.utf_16_le_decode(b"a\x00=\xd8"))
print(codecs.utf_32_decode(b"\x00\x00\xfe\xff\x00\x00\x00a\x00"), codecs.utf_32_be_encode("a"))
print(codecs.latin_1_encode("abc"), codecs.latin_1_decode(b"\xe9"), codecs.ascii_decode(b"ab"), codecs.ascii_encode("x"))
show(codecs.utf_8_encode, b"x")
show(codecs.ascii_encode, "\u00e9")

# BOMs.
print(codecs.BOM, codecs.BOM_UTF8, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF16, codecs.BOM_UTF16_LE,
      codecs.BOM_UTF16_BE, codecs.BOM_UTF32, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM32_LE,
      codecs.BOM64_BE)

# Registering codecs and error handlers.
seen = []


def search(name):
    seen.append(name)
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")
    return None


codecs.register(search)
print(codecs.encode("abc", "My-Codec"), codecs.decode(b"ABC", "my codec"), codecs.lookup("MY_CODEC").name)
show(codecs.lookup, "Other Codec.x")
print(seen)
codecs.unregister(search)
show(codecs.lookup, "my_codec")
show(codecs.register, 5)


def handler(exc):
    print("handler:", type(exc).__name__, exc.start, exc.end)
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d>" % ord(exc.object[exc.start]), exc.start + 1)
    return ("[%02x]" % exc.object[exc.start], exc.start + 1)


codecs.register_error("mine", handler)
print(codecs.lookup_error("mine") is handler)
print(codecs.encode("a\u00e9b\u20acc", "ascii", "mine"), codecs.decode(b"a\xffb\xfe", "utf-8", "mine"))
print(codecs.encode("a\u00e9b", "latin-1", "mine"), codecs.lookup("ascii").encode("\u00e9x", "mine"))
show(codecs.lookup_error, "nope")
show(codecs.register_error, "x", 5)
for name in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
    h = codecs.lookup_error(name)
    print(name, h.__name__)
    show(h, UnicodeEncodeError("ascii", "a\u00e9\u20acb", 1, 3, "bad"))
    show(h, UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "bad"))
show(codecs.strict_errors, 5)
show(codecs.ignore_errors, ValueError("x"))
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 10, 2: 10, 3: 30}))
