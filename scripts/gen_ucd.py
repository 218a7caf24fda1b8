#!/usr/bin/env python3
"""Regenerate internal/ucd/tables.go and internal/ucd/names.bin from the
running CPython's unicodedata module (CPython 3.11: Unicode 14.0.0).

Run from the repository root: python3 scripts/gen_ucd.py

Properties are taken from what CPython itself decides: str.isidentifier()
for XID_Start / XID_Continue, str.isprintable() for printability and
str.isalnum() for the word characters of regular expressions.
Character names come from unicodedata.name(). Name aliases (which \\N{...}
accepts) are not listed by unicodedata, so candidate aliases are read from
Perl's Unicode 14 name table when it is present and kept only when
unicodedata.lookup() resolves them to the same character.
"""
import collections
import os
import zlib
import struct
import sys
import unicodedata

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

OUT = "internal/ucd"
PERL_NAMES = "/usr/share/perl/5.36.0/unicore/Name.pl"
# Names that CPython computes instead of storing; the Go code does the same.
ALGORITHMIC = ("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")
# Names that end in the code point in hex: stored as a prefix plus a flag.
HEX_SUFFIXED = ("CJK COMPATIBILITY IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-")


def ranges(pred):
    out = []
    start = None
    for c in range(0x110000):
        if pred(c):
            if start is None:
                start = c
        elif start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


def is_xid_start(c):
    ch = chr(c)
    return ch.isidentifier() and ch != "_"


def is_xid_continue(c):
    return ("a" + chr(c)).isidentifier()


def is_printable(c):
    return chr(c).isprintable()


def emit_ranges(name, doc, rs):
    lines = ["// %s\nvar %s = [...]rng{\n" % (doc, name)]
    for lo, hi in rs:
        lines.append("\t{0x%04X, 0x%04X},\n" % (lo, hi))
    lines.append("}\n\n")
    return "".join(lines)


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def names():
    """(code point, name, hexsuffix flag) for stored names, sorted by code point."""
    entries = []
    for c in range(0x110000):
        nm = unicodedata.name(chr(c), None)
        if nm is None or nm.startswith(ALGORITHMIC):
            continue
        if nm.startswith(HEX_SUFFIXED) and nm.endswith("-%04X" % c):
            entries.append((c, nm[: nm.rindex("-") + 1], 1))
        else:
            entries.append((c, nm, 0))
    return entries


def aliases():
    """(code point, alias) pairs that \\N{...} accepts."""
    out = []
    if not os.path.exists(PERL_NAMES):
        print("warning: %s not found; no name aliases" % PERL_NAMES, file=sys.stderr)
        return out
    text = open(PERL_NAMES, encoding="ascii").read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    seen = set()
    for block in body.split("\n\n"):
        parts = block.strip().split("\n")
        if len(parts) != 2 or " " in parts[0]:
            continue
        cp = int(parts[0], 16)
        nm = parts[1]
        if unicodedata.name(chr(cp), None) == nm or (cp, nm) in seen:
            continue
        try:
            ok = eval('"\\N{%s}"' % nm) == chr(cp)
        except SyntaxError:
            ok = False
        if ok:
            seen.add((cp, nm))
            out.append((cp, nm))
    return sorted(out)


def build_names_blob(entries, alias_list):
    """names.bin is this blob compressed with raw DEFLATE. Binary layout (all integers are unsigned LEB128 varints):

    word count W, then W words, each as length + ASCII bytes, most
    frequent first;
    entry count N, then N entries sorted by code point, each:
        code point delta from the previous entry,
        word count K * 2 + hex-suffix flag,
        K word indexes;
    alias count A, then A aliases sorted by code point, each:
        code point (absolute), word count K, K word indexes.
    A name is its words joined by single spaces; with the hex-suffix flag
    the code point in upper-case hex (at least 4 digits) follows the last
    word directly (that word ends in '-').
    """
    def split(nm):
        return nm.split(" ")

    count = collections.Counter()
    for _, nm, _ in entries:
        count.update(split(nm))
    for _, nm in alias_list:
        count.update(split(nm))
    # Most frequent first, so that common words get one-byte indexes.
    words = sorted(count, key=lambda w: (-count[w], w))
    index = {w: i for i, w in enumerate(words)}
    out = bytearray()
    out += varint(len(words))
    for w in words:
        b = w.encode("ascii")
        out += varint(len(b)) + b
    out += varint(len(entries))
    prev = 0
    for cp, nm, flag in entries:
        ws = split(nm)
        out += varint(cp - prev)
        prev = cp
        out += varint(len(ws) * 2 + flag)
        for w in ws:
            out += varint(index[w])
    out += varint(len(alias_list))
    for cp, nm in alias_list:
        ws = split(nm)
        out += varint(cp) + varint(len(ws))
        for w in ws:
            out += varint(index[w])
    return bytes(out)


def main():
    src = ["// Code generated by scripts/gen_ucd.py from CPython 3.11's unicodedata (Unicode %s); DO NOT EDIT.\n\npackage ucd\n\n" % unicodedata.unidata_version]
    src.append("// UnicodeVersion is the version of the Unicode database the tables follow.\nconst UnicodeVersion = %r\n\n".replace("%r", '"%s"') % unicodedata.unidata_version)
    src.append(emit_ranges("xidStart", "xidStart lists the non-ASCII XID_Start ranges (str.isidentifier() of one character).",
                           [r for r in ranges(is_xid_start) if r[0] >= 128]))
    src.append(emit_ranges("xidContinue", "xidContinue lists the non-ASCII XID_Continue ranges (str.isidentifier() after a letter).",
                           [r for r in ranges(is_xid_continue) if r[0] >= 128]))
    src.append(emit_ranges("alnum", "alnum lists the non-ASCII ranges that str.isalnum() accepts (the regular\n// expression class \\w, less '_').",
                           [r for r in ranges(lambda c: chr(c).isalnum()) if r[0] >= 128]))
    src.append(emit_ranges("nonPrintable", "nonPrintable lists the ranges that str.isprintable() rejects.",
                           ranges(lambda c: not is_printable(c))))
    with open(os.path.join(OUT, "tables.go"), "w") as f:
        f.write("".join(src).rstrip("\n") + "\n")
    blob = build_names_blob(names(), aliases())
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = comp.compress(blob) + comp.flush()
    with open(os.path.join(OUT, "names.bin"), "wb") as f:
        f.write(data)
    print("names.bin: %d bytes (%d uncompressed)" % (len(data), len(blob)))


main()
