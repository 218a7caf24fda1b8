# Syntax errors inside strings compiled at run time, caught and shown.
sources = ["x = = 1", "def f(:\n    pass", "if True:\npass", "a b", "1 +", "(1, 2", "f(**x, *y)", "x := 1", "del f()", "return 5"]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
