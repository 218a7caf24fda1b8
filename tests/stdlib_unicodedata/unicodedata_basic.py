import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print(unicodedata.unidata_version)
samples = "Aa1 \t\n\u00e9\u00bd\u2167\u0301\u05d0\u0627\u0663\u0e51\u4e00\uac00\u1100\u3000\uff21\u2028\ufb01\u00aa" \
          "\u2460\u00b2\u0f33\U0001f600\U00010107\U0001d7ce\u0378\ud800\ue000\U000e0001\u200d\u02c6(]\u00ab"
for c in samples:
    print("%04X" % ord(c), unicodedata.category(c), unicodedata.bidirectional(c), unicodedata.combining(c),
          unicodedata.east_asian_width(c), unicodedata.mirrored(c), repr(unicodedata.decomposition(c)),
          unicodedata.name(c, "-"), unicodedata.numeric(c, None), unicodedata.decimal(c, None), unicodedata.digit(c, None))

for name in ["LATIN SMALL LETTER E WITH ACUTE", "latin small letter e with acute", "EURO SIGN", "SNOWMAN",
             "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GA", "LATIN CAPITAL LETTER GHA", "NO SUCH NAME",
             "GRINNING FACE", "BYTE ORDER MARK"]:
    show(unicodedata.lookup, name)
show(unicodedata.lookup, b"EURO SIGN")
show(unicodedata.lookup, 5)
show(unicodedata.name, "\u0378")
show(unicodedata.name, "ab")
show(unicodedata.name, 65)
show(unicodedata.name, "")
show(unicodedata.category, "ab")
show(unicodedata.category)
show(unicodedata.numeric, "x")
show(unicodedata.decimal, "\u00bd")
show(unicodedata.digit, "\u00bd")
show(unicodedata.digit, "\u00b2")
show(unicodedata.numeric, "\u00bd", "default")

tests = ["caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\ufb01", "\u2460", "A\u030a", "\u212b", "\u0041\u0301\u0323",
         "\u0041\u0323\u0301", "\uac00\u11a8", "\u1100\u1161\u11a8", "\u1100\u1161", "\ud55c\uad6d\uc5b4",
         "\u0390", "\u1f80", "e\u0302\u0323", "\u00c5\u0327", "o\u031b\u0323\u0300", "\u0b47\u0b3e", "\u0e40\u0e40",
         "\u0301abc", "x\u0301\u0301", "\u3131\u314f", "\u00bd\u2075", "\uff76\uff9e", "\u1fb7\u0345",
         "\U0001d15e\U0001d165", "\u0f73\u0f71\u0f72", "a\u0308\u0301\u0328", "\u0345\u0300\u0301", "\u2126",
         "\u0958\u0959", "\u00a0\u2003\u3000", "\u017f\u0307", "\u1e63\u0307", "\u0071\u0307\u0323",
         "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f", "\u0592\u05b7\u05bc\u05a5\u05b0\u05c0\u05c4\u05ad"]
for s in tests:
    row = [ascii(unicodedata.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    norm = [unicodedata.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), " ".join(row), norm)
show(unicodedata.normalize, "NFX", "a")
show(unicodedata.normalize, "NFC", b"a")
show(unicodedata.normalize, 1, "a")
show(unicodedata.is_normalized, "nfc", "a")
show(unicodedata.normalize, "NFC")
print(unicodedata.normalize("NFC", "") == "", unicodedata.is_normalized("NFD", "plain ascii"))
