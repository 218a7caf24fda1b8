# splitlines recognises every line boundary CPython does.
texts = ["", "a", "a\n", "\n", "\n\n", "a\nb", "a\r\nb", "a\rb", "a\r\rb", "a\n\rb",
         "a\x0bb\x0cc", "a\x1cb\x1dc\x1ed", "a\x85b", "a\u2028b\u2029c", "a\x1fb",
         "line1\nline2\r\nline3\rline4", "trailing\r\n", "\r\n\r\n", "é\nü\r\n\U0001F600"]
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True), t.splitlines(0))

for bad in [lambda: "a".splitlines(1.5), lambda: "a".splitlines("x"), lambda: "a".splitlines(x=1),
            lambda: "a".splitlines(True, 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
