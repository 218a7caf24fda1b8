"""Compile a Python source file to a .pyc file.

kaa's py_compile: the compiling is done by the Go module _pycompile; this
module keeps CPython's interface (compile, PyCompileError,
PycInvalidationMode and the command line `kaa -m py_compile FILE...`).
"""

import sys
import _pycompile
import importlib.util

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """A source file could not be compiled.

    exc_type_name is the name of the compile error's class, exc_value the
    error, file the source's name and msg the text to show: the error as
    a traceback shows it for a SyntaxError, "Sorry: Type: message" for
    anything else.
    """

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            text = _pycompile.format_exception_only(exc_value)
            errmsg = text.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class _ModeType(type):
    """The metaclass of PycInvalidationMode: iteration over its members
    and lookup by name, as an Enum class offers."""

    def __iter__(cls):
        return iter(cls._members)

    def __getitem__(cls, name):
        for m in cls._members:
            if m.name == name:
                return m
        raise KeyError(name)

    def __call__(cls, value):
        for m in cls._members:
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid PycInvalidationMode")

    def __len__(cls):
        return len(cls._members)


class PycInvalidationMode(metaclass=_ModeType):
    """How a .pyc file says whether it is still up to date: by the
    source's modification time and size (TIMESTAMP), or by a hash of
    the source that imports check (CHECKED_HASH) or trust
    (UNCHECKED_HASH)."""

    _members = []

    def __repr__(self):
        return f"<PycInvalidationMode.{self.name}: {self.value}>"

    def __str__(self):
        return f"PycInvalidationMode.{self.name}"

    def __reduce__(self):
        return (PycInvalidationMode, (self.value,))


def _member(name, value):
    m = object.__new__(PycInvalidationMode)
    m.name = name
    m._name_ = name
    m.value = value
    m._value_ = value
    PycInvalidationMode._members.append(m)
    setattr(PycInvalidationMode, name, m)


_member('TIMESTAMP', 1)
_member('CHECKED_HASH', 2)
_member('UNCHECKED_HASH', 3)
del _member


def _get_default_invalidation_mode():
    return PycInvalidationMode(_pycompile.default_invalidation_mode())


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Compile the source file `file` to a .pyc file and return its path.

    cfile is the .pyc to write (by default where imports look for it,
    importlib.util.cache_from_source(file)); dfile is the file name
    recorded in the code (default: file). A compile error raises
    PyCompileError when doraise is true, and is written to sys.stderr
    otherwise (unless quiet is 2); None is returned then. optimize is the
    optimization level (-1: the interpreter's), invalidation_mode a
    PycInvalidationMode (default: TIMESTAMP, or CHECKED_HASH when the
    SOURCE_DATE_EPOCH environment variable is set).
    """
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        if optimize >= 0:
            optimization = optimize if optimize >= 1 else ''
            cfile = importlib.util.cache_from_source(file, optimization=optimization)
        else:
            cfile = importlib.util.cache_from_source(file)
    written, err = _pycompile.compile_one(file, cfile, dfile, optimize,
                                          invalidation_mode.value)
    if err is not None:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return None
    return written


_USAGE = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n"


def main():
    """The command line: compile each file named; stop at the first
    error (exit status 1)."""
    args = sys.argv[1:]
    quiet = False
    names = []
    for i, a in enumerate(args):
        if a in ('-h', '--help'):
            sys.stdout.write(_USAGE + "\nA simple command-line interface for py_compile module.\n\n"
                             "positional arguments:\n  filenames    Files to compile\n\n"
                             "options:\n  -h, --help   show this help message and exit\n"
                             "  -q, --quiet  Suppress error output\n")
            sys.exit(0)
        elif a in ('-q', '--quiet'):
            quiet = True
        elif a == '--':
            names.extend(args[i + 1:])
            break
        elif a.startswith('-') and a != '-':
            sys.stderr.write(_USAGE + f"py_compile.py: error: unrecognized arguments: {a}\n")
            sys.exit(2)
        else:
            names.append(a)
    if not names:
        sys.stderr.write(_USAGE + "py_compile.py: error: the following arguments are required: filenames\n")
        sys.exit(2)
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin.readlines()]
    for filename in names:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if not quiet:
                sys.stderr.write(error.msg)
            sys.exit(1)
        except OSError as error:
            if not quiet:
                sys.stderr.write(str(error))
            sys.exit(1)


if __name__ == "__main__":
    main()
