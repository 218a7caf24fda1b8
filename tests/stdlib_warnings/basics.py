import warnings, sys
print(warnings.filters[:2])  # warnings: warn, filters, catch_warnings, showwarning, formatwarning
def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)
f()
warnings.warn("plain")
warnings.warn("plain")
for i in range(2):
    warnings.warn("loop", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn(FutureWarning("inst"))
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno, w[1].category)
    print(str(w[0]).replace(__file__, "F"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("raised", e)
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.warn("hidden", RuntimeWarning)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  the line  "), end="")
print(warnings.formatwarning("msg", UserWarning, __file__, 3).replace(__file__, "F"), end="")
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)
old = warnings.showwarning
def mine(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = mine
warnings.warn("via custom")
warnings.showwarning = old
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
warnings.warn_explicit("explicit mod", UserWarning, "somefile.py", 12, module="m", registry={})
warnings.simplefilter("once")
warnings.warn("once!"); warnings.warn("once!")
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("too deep", stacklevel=10)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
cw = warnings.catch_warnings()
try:
    cw.__exit__()
except RuntimeError as e:
    print(e)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored by action")
print(sys.warnoptions)
