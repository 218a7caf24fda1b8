# A SyntaxError raised by compile() inside the program, reported as
# uncaught, shows the offending line and a caret.
source = "x = 1\ny = (2 +\nz = 3\n"
try:
    compile(source, "<snippet>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)

compile("def f(:\n    pass\n", "snippet.py", "exec")
