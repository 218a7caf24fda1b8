# sys: hooks, tracing functions, call_tracing, module name lists, thread_info, info struct sequences.
import sys

print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
try:
    sys.call_tracing(print, [1])
except TypeError as e:
    print(e)
print(sys.gettrace(), sys.getprofile())
def tracer(frame, event, arg):
    return tracer
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(type(sys.stdlib_module_names).__name__, "os" in sys.stdlib_module_names, "json" in sys.stdlib_module_names, "kaa" in sys.stdlib_module_names)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(sys.builtin_module_names == tuple(sorted(sys.builtin_module_names)))
print(sys.thread_info.name, len(sys.thread_info), type(sys.thread_info).__name__)
h = sys.get_asyncgen_hooks()
print(h, h.firstiter, h.finalizer, type(h).__name__)
sys.set_asyncgen_hooks(firstiter=print)
print(sys.get_asyncgen_hooks().firstiter is print)
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
try:
    sys.set_asyncgen_hooks(finalizer=1)
except TypeError as e:
    print(e)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(5)
print(sys.get_coroutine_origin_tracking_depth())
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(e)
sys.set_coroutine_origin_tracking_depth(0)
print(sys.abiflags == "", callable(sys.breakpointhook), sys.__breakpointhook__ is sys.breakpointhook)
print(sys.unraisablehook is sys.__unraisablehook__, sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)

try:
    sys.unraisablehook(object())
except TypeError as e:
    print(e)

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.version_info[:2], sys.version_info >= (3, 11), sys.version.startswith("3.11.7"), hex(sys.hexversion))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus, sys.hash_info.inf)
print(sys.maxsize, sys.byteorder, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.intern("abc") is sys.intern("ab" + "c"), sys.getrecursionlimit(), sys.flags.optimize, sys.flags.verbose)
print(sys.getsizeof(1) > 0, sys.getsizeof([], 5) > 0, sys.getrefcount(object()) >= 1)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def f():
    return sys._getframe(1).f_code.co_name
print(f())
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
