# traceback: position markers, recursion folding, tracebacklimit, locals, stacks.
import sys, traceback

def show(e, **kw):
    print("".join(traceback.format_exception(e, **kw)), end="")
    print("-" * 20)

def rec(n):
    if n == 0:
        raise ValueError("bottom")
    return rec(n - 1)

try:
    rec(10)
except ValueError as e:
    show(e)
    print(traceback.format_tb(e.__traceback__)[-3:])

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    if n == 0:
        raise KeyError(n)
    return mutual_a(n - 1)
try:
    mutual_a(6)
except KeyError as e:
    show(e)

data = {"a": [1, 2, 3]}
def carets():
    x = None
    cases = [
        lambda: data["a"][10],
        lambda: data["b"],
        lambda: x.attr,
        lambda: x.method(),
        lambda: 1 + "a",
        lambda: (1 +
                 "a"),
        lambda: len(5),
        lambda: [1, 2][
            5],
        lambda: 1 / 0 + 2,
        lambda: data["a"]   [   7   ],
        lambda: "é" + 1,
        lambda: {"ключ": 1}["ключ"] + "x",
        lambda: int("x") if True else 0,
    ]
    for case in cases:
        try:
            case()
        except Exception as e:
            show(e)
carets()

def multi():
    return max(
        1,
        "a",
    )
try:
    multi()
except TypeError as e:
    show(e)

print(repr(traceback.format_exc()))
sys.tracebacklimit = 2
try:
    rec(5)
except ValueError as e:
    show(e)
    print(len(traceback.extract_tb(e.__traceback__)))
sys.tracebacklimit = 0
try:
    rec(2)
except ValueError as e:
    show(e)
sys.tracebacklimit = -3
try:
    rec(2)
except ValueError as e:
    show(e)
del sys.tracebacklimit

def locs(a, b=2):
    c = [a, b]
    raise IndexError("locals")
try:
    locs(1)
except IndexError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print("".join(traceback.StackSummary.from_list(te.stack[1:]).format()))
    print(te.stack[1].locals)

fs = traceback.FrameSummary("nofile.py", 3, "fn", line="  x = y[1]  ", colno=6, end_colno=10, end_lineno=3)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary("nofile.py", 3, "fn", lookup_line=False)
print(fs.line, fs._line, list(fs), fs[2], len(fs), fs == ("nofile.py", 3, "fn", ""), fs == traceback.FrameSummary("nofile.py", 3, "fn"))
print(traceback.StackSummary.from_list([("f", 1, "g", "l")] * 6).format())

def stacky():
    return [f.f_code.co_name for f, n in traceback.walk_stack(None)][:2]
print(stacky())
def outer():
    return inner()
def inner():
    return traceback.extract_stack(limit=2), traceback.extract_stack(sys._getframe(1), limit=1)
a, b = outer()
print([x.name for x in a], [x.name for x in b])
print(traceback.format_list(a))
traceback.print_list(a, file=sys.stdout)
traceback.print_exception(ValueError("direct"), file=sys.stdout)
traceback.print_exception(None, file=sys.stdout)
try:
    traceback.print_exception("notexc")
except TypeError as e:
    print(e)
try:
    traceback.print_last()
except ValueError as e:
    print(e)
traceback.print_exc(file=sys.stdout)
traceback.clear_frames(None)
print(traceback.__all__)
