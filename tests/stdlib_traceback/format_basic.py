# traceback: format/print of the handled exception, entries, stacks, the two calling conventions.
import sys, traceback

def f(x):
    return g(x) + 1

def g(x):
    return 10 / x

try:
    f(0)
except ZeroDivisionError:
    print(traceback.format_exc())
    traceback.print_exc(file=sys.stdout)
    etype, value, tb = sys.exc_info()
    traceback.print_exception(etype, value, tb, file=sys.stdout)
    traceback.print_exception(value, file=sys.stdout)
    print(traceback.format_exception(value))
    print(traceback.format_exception_only(etype, value))
    print(traceback.format_exception_only(value))
    print(traceback.format_tb(tb))
    traceback.print_tb(tb, file=sys.stdout)
    traceback.print_tb(tb, limit=1, file=sys.stdout)
    traceback.print_tb(tb, limit=-1, file=sys.stdout)
    for fs in traceback.extract_tb(tb):
        print(fs, fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), list(fs))
        print(fs.end_lineno, fs.colno, fs.end_colno)
    print([ (f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    s = traceback.extract_tb(tb)
    print(type(s).__name__, s.format())
    print(traceback.format_list(s))
    print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))

def h():
    return traceback.extract_stack()

st = h()
print(st[-1].name, st[-1].line, len(st))
print(traceback.format_stack()[-1])
traceback.print_stack(file=sys.stdout)
def deep():
    traceback.print_stack(limit=1, file=sys.stdout)
    print(traceback.format_stack(limit=2))
deep()
print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception(None))
print(traceback.format_exception(None, None, None))
print(traceback.format_exception_only(None))
try:
    print(traceback.format_exception(ValueError("x"), None))
except Exception as e:
    print(type(e).__name__, e)
e = KeyError("k")
print(traceback.format_exception(e))
print(traceback.format_exception(type(e), e, None))
