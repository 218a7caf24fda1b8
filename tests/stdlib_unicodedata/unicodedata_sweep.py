import unicodedata

# Every 97th code point's properties, and the normal forms of strings
# built from starters and combining marks in every order.
counts = {}
for cp in range(0, 0x110000, 97):
    c = chr(cp)
    key = (unicodedata.category(c), unicodedata.bidirectional(c), unicodedata.east_asian_width(c))
    counts[key] = counts.get(key, 0) + 1
    d = unicodedata.decomposition(c)
    if d or unicodedata.combining(c) or unicodedata.mirrored(c) or unicodedata.numeric(c, None) is not None:
        print("%04X" % cp, d, unicodedata.combining(c), unicodedata.mirrored(c), unicodedata.numeric(c, None),
              unicodedata.name(c, None))
for key in sorted(counts):
    print(key, counts[key])

bases = "aeoAuKs\u0391\u03c9\u0418\u05d0\u0627\u0915\u1100\uac00\u3042"
marks = "\u0300\u0301\u0302\u0308\u0323\u0327\u0328\u0345\u0307\u05b8\u0651\u093c\u3099\u1161\u11a8"
out = []
for b in bases:
    for i, m1 in enumerate(marks):
        for m2 in marks[i::3]:
            s = b + m1 + m2
            out.append("|".join(ascii(unicodedata.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")))
print(len(out))
for line in out:
    print(line)
