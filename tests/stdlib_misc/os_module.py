# os and os.path: paths, environment, files and directories.
import os
import os.path
import errno

print(os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, repr(os.linesep), os.devnull)
print(os.path is os.path, os.path.__name__)
j = os.path.join
print(j("a", "b", "c"), j("/a", "/b", "c"), j("a/", "b"), j("", "x"), j("a", ""), j(b"a", b"b"))
for p in ["/a/b/c.txt", "a/b/", "c", "/", "//x", "a.b/c", ".hidden", "a/.b.c", "x.tar.gz", "", "..", "a//b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p),
          os.path.isabs(p), os.path.normpath(p) if p else "")
print(os.path.normpath("/a/./b/../../c"), os.path.normpath("a/../../b"), os.path.normpath("//a//b"), os.path.normpath("///a"))
print(os.path.relpath("/a/b/c", "/a/x"), os.path.relpath("/a", "/a"), os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]),
      os.path.commonpath(["/usr/lib", "/usr/local/x"]), os.path.splitdrive("/x/y"))
try:
    j("a", b"b")
except TypeError as e:
    print(e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print(e)

os.environ["KAA_TEST_VAR"] = "value"
print(os.environ["KAA_TEST_VAR"], os.getenv("KAA_TEST_VAR"), os.environ.get("KAA_NOPE"), os.getenv("KAA_NOPE", "dflt"),
      "KAA_TEST_VAR" in os.environ, type(os.environ).__name__)
os.environ["KAA_HOME_TEST"] = "/home/test"
print(os.path.expandvars("$KAA_HOME_TEST/x ${KAA_HOME_TEST}y $NOPE_KAA_X"))
del os.environ["KAA_TEST_VAR"]
print(os.getenv("KAA_TEST_VAR"), "KAA_TEST_VAR" in os.environ)
try:
    os.environ["KAA_NOPE"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ[1] = "x"
except TypeError as e:
    print("TypeError", e)

base = "_os_module_test_dir"
os.mkdir(base)
os.makedirs(j(base, "sub", "deeper"))
os.makedirs(j(base, "sub"), exist_ok=True)
with open(j(base, "file.txt"), "w") as f:
    f.write("12345")
print(sorted(os.listdir(base)), os.path.isdir(base), os.path.isfile(j(base, "file.txt")), os.path.exists(j(base, "no")))
print(os.path.getsize(j(base, "file.txt")), os.stat(j(base, "file.txt")).st_size, os.stat(base).st_mode & 0o170000 == 0o040000)
st = os.stat(j(base, "file.txt"))
print(type(st).__name__, len(st), st[6], isinstance(st.st_mtime, float), st.st_mtime_ns // 10**9 == st[8])
os.rename(j(base, "file.txt"), j(base, "renamed.txt"))
print(sorted(os.listdir(base)))
print(sorted((os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)))
print(sorted(e.name for e in os.scandir(base)), [e.is_dir() for e in sorted(os.scandir(base), key=lambda e: e.name)])
for call in [lambda: os.mkdir(base), lambda: os.remove(j(base, "missing")), lambda: os.rmdir(base),
             lambda: os.listdir(j(base, "missing")), lambda: os.stat("no/such/file"), lambda: os.remove(base)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == base or e.filename)
os.remove(j(base, "renamed.txt"))
os.removedirs(j(base, "sub", "deeper"))
print(os.path.exists(base))
print(os.fspath("p"), os.fspath(b"p"), os.strerror(errno.ENOENT), os.strerror(errno.EACCES), len(os.urandom(8)),
      isinstance(os.getpid(), int), os.cpu_count() >= 1, os.getcwd() == os.path.abspath("."))
class P:
    def __fspath__(self):
        return "from_fspath"
print(os.fspath(P()), os.path.join(P(), "x"))
try:
    os.fspath(1)
except TypeError as e:
    print(e)
