# warnings: the actions (default, module, once, always, error, ignore), registries and stacklevel.
import warnings

def emit(msg, cat=UserWarning, level=1):
    warnings.warn(msg, cat, stacklevel=level + 1)

def run(action):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    for i in range(3):
        emit("same %s" % action)
    emit("other %s" % action)
    for i in range(2):
        warnings.warn("line %s" % action)

for action in ["default", "module", "once", "always", "ignore"]:
    run(action)

warnings.resetwarnings()
warnings.filterwarnings("error", category=RuntimeWarning)
warnings.filterwarnings("ignore", message="quiet")
warnings.filterwarnings("always", module="__main__", lineno=0, append=True)
try:
    warnings.warn("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("error:", type(e).__name__, e, e.args)
warnings.warn("quiet please")
warnings.warn("Quiet please, case-insensitive")
warnings.warn("loud")
print(len(warnings.filters), [f[0] for f in warnings.filters])
print(sorted(k for k in __warningregistry__ if k != "version"))

class MyWarning(UserWarning):
    pass
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    emit("deep", MyWarning, level=1)
    emit("deeper", MyWarning, level=2)
    warnings.warn(MyWarning("instance", 2))
    warnings.warn("x", category=Warning)
    for w in log:
        print(w.category.__name__, w.message, w.message.args, w.filename == __file__, w.lineno, w.line, w.file, w.source)

for bad in [lambda: warnings.filterwarnings("ignore", message=1),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", category="x"),
            lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.filterwarnings("ignore", module=None),
            lambda: warnings.warn("m", category=ValueError)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
print(warnings.__all__)
print(warnings.defaultaction, warnings.onceregistry == {} or sorted(warnings.onceregistry))
