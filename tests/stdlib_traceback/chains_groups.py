# traceback: chained exceptions, exception groups, notes, odd messages, SyntaxError reports.
import sys, traceback

def show(e, **kw):
    print("".join(traceback.format_exception(e, **kw)), end="")
    print("-" * 20)

def chain():
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError("bad value") from e
    except ValueError:
        raise RuntimeError("in handler")

try:
    chain()
except RuntimeError as e:
    show(e)
    show(e, chain=False)
    show(e, limit=1)
    show(e, limit=0)
    show(e, limit=-1)
    print(traceback.format_exception(e))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, te.__cause__, te.__context__.exc_type, te.__context__.__cause__.exc_type, te.__suppress_context__)
    print(str(te), te.stack[0].name, len(te.stack), te.exceptions)
    print(list(te.format_exception_only()))
    te2 = traceback.TracebackException.from_exception(e)
    print(te == te2, te == 1)
    te3 = traceback.TracebackException(type(e), e, None, compact=True)
    print(list(te3.format()))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("x") from None
except KeyError as e:
    show(e)
    te = traceback.TracebackException.from_exception(e, compact=True)
    print(te.__context__ is None, te.__suppress_context__)
    te = traceback.TracebackException.from_exception(e)
    print(te.__context__.exc_type)

def group():
    def f(n):
        raise ValueError(n)
    errs = []
    for i in range(3):
        try:
            f(i)
        except ValueError as e:
            errs.append(e)
    errs.append(TypeError("t"))
    raise ExceptionGroup("many", [*errs, ExceptionGroup("inner", [KeyError(1), OSError(2, "no")])])

try:
    group()
except ExceptionGroup as e:
    show(e)
    print(traceback.format_exception(e)[:6])
    te = traceback.TracebackException.from_exception(e, max_group_width=2, max_group_depth=1)
    print("".join(te.format()))
    te = traceback.TracebackException.from_exception(e)
    print(len(te.exceptions), te.exceptions[4].exceptions[0].exc_type)

e = ValueError("with notes")
e.add_note("first note")
e.add_note("two\nlines")
show(e)
e.__notes__ = "not a list"
show(e)
e.__notes__ = 42
show(e)
e.__notes__ = ("tuple",)
show(e)

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError
show(BadStr())
print(traceback.format_exception_only(BadStr, BadStr()))
class Empty(Exception):
    def __str__(self): return ""
show(Empty())
class Mod(Exception):
    pass
Mod.__module__ = "some.module"
show(Mod("m"))
Mod.__module__ = None
show(Mod("m"))

for src in ["x = (1,", "def f(:\n  pass", "  a b", "x = 1 +\n", "\tif True:\n\t\tx = $"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        show(e)
        print(traceback.format_exception_only(e))
s = SyntaxError("custom")
show(s)
s = SyntaxError("m", ("f.py", 3, 5, "abcdefgh\n", 3, 7))
show(s)
s = SyntaxError("m", ("f.py", None, None, None))
show(s)
s = SyntaxError("m", ("f.py", 3, 0, "   indented\n"))
show(s)
s = IndentationError("unexpected indent", ("f.py", 2, 3, "  x\n", 2, -1))
show(s)
