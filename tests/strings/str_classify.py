# The is* predicates of str over many kinds of characters.
samples = [
    "", "abc", "ABC", "Abc", "aBC", "abc123", "123", "١٢٣", "²³", "½", "Ⅻ", "一二三",
    " ", "\t\n\r\x0b\x0c", "\x1c\x1d\x1e\x1f", "\x85\xa0", "\u2028\u3000", "a b",
    "Hello World", "Hello world", "HELLO WORLD", "ǅungla", "Ǆ", "ǅ", "ǆ",
    "hello_world", "_x1", "1abc", "class", "né", "ẞ", "ß", "\u0300", "a\u0300",
    "\x00", "\x7f", "é\u200b", "tab\t", "ᾼ", "ᾳ", "ʰ", "ª", "🐍", "x🐍",
    "\ud800", "abc\u00adx", "They're", "A1", "1A", "a1A",
]
preds = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace",
         "isprintable", "isascii", "isidentifier", "islower", "isupper", "istitle"]
for s in samples:
    flags = "".join("1" if getattr(s, p)() else "0" for p in preds)
    print(ascii(s), flags)

for p in preds:
    try:
        getattr("a", p)(1)
    except TypeError as e:
        print(p, "TypeError", e)
