# Case conversion of str: ASCII, Latin-1, Greek final sigma, special
# casings that change the length, titlecase digraphs.
samples = [
    "", "hello", "HELLO", "Hello World", "hello world foo", "mIxEd CaSe 123",
    "straße", "STRASSE", "ǅungla ǆ Ǆ", "İstanbul ı", "ﬁne ŉ ﬃ", "ἀΐ ᾳ ᾼ",
    "ΣΑΣ ΣΑΣ. ΌΣΟΣ", "σς Σ", "ΑΣ\u0301 b", "Σ", "aΣ", "aΣb", "aΣ.", "Σa",
    "they're bill's friends from the UK", "a1b2c3", "ß", "ŉ", "ǰ", "ﬀ",
    "\u0130", "\u1e9e", "Ⅻ ⅻ", "ⓐⓑ ⒶⒷ", "𐐨𐐀", "ǈ ǋ ǲ", "123", " ",
]
for s in samples:
    print(repr(s))
    print("  lower", repr(s.lower()))
    print("  upper", repr(s.upper()))
    print("  casefold", repr(s.casefold()))
    print("  swapcase", repr(s.swapcase()))
    print("  title", repr(s.title()))
    print("  capitalize", repr(s.capitalize()))
    print("  lengths", len(s), len(s.upper()), len(s.lower()), len(s.casefold()))

class S(str):
    pass

x = S("Hello")
for name in ["lower", "upper", "title", "swapcase", "casefold", "capitalize"]:
    r = getattr(x, name)()
    print(name, repr(r), type(r).__name__)

for bad in [lambda: "a".upper(1), lambda: "a".lower(x=1), lambda: str.upper(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
