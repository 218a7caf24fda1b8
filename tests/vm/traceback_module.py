# The traceback module: formatting caught exceptions like the
# interpreter does, extracting entries, limits.
import sys
import traceback

def inner(x):
    return {"a": 1}[x]

def outer():
    return inner("missing")

try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    entries = traceback.extract_tb(sys.exc_info()[2])
    print([(e.name, e.lineno, e.line) for e in entries])
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
    traceback.print_exc(limit=1, file=sys.stdout)
    summary = traceback.StackSummary.from_list([("f.py", 3, "fn", "x = 1")])
    print(summary.format())

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print("".join(lines).replace(__file__, "FILE"))
    print("".join(traceback.format_exception(e, chain=False)).replace(__file__, "FILE"))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, "".join(te.format_exception_only()))

def show_stack():
    return traceback.extract_stack()[-1].name

print(show_stack())
sys.tracebacklimit = 0
try:
    outer()
except KeyError as e:
    print("".join(traceback.format_exception(e)))
