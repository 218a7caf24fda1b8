"""Extract, format and print Python stack traces (kaa's implementation of
CPython's traceback module). Reports are formatted by the interpreter
itself, so they are identical to what an uncaught exception prints."""

import sys
import linecache

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

_sentinel = object()


def _value_and_tb(exc, value, tb):
    # The 3.10+ calling conventions: (exc) or (type, value, tb).
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        return exc, exc.__traceback__
    return value, tb


def _file(file):
    return sys.stderr if file is None else file


def _limit(limit):
    # Like CPython's module: no limit given means sys.tracebacklimit, and
    # a positive limit keeps the first entries.
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Return the lines of a traceback report, as a list of strings."""
    value, tb = _value_and_tb(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    if tb is not value.__traceback__:
        saved = value.__traceback__
        value.__traceback__ = tb
        try:
            return sys._kaa_format_exception(value, _limit(limit), chain)
        finally:
            value.__traceback__ = saved
    return sys._kaa_format_exception(value, _limit(limit), chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print a traceback report to file (sys.stderr by default)."""
    f = _file(file)
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=f, end="")


def format_exception_only(exc, /, value=_sentinel):
    """Return the last lines of a report: the exception type and message."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    return sys._kaa_format_exception_only(value)


def format_exc(limit=None, chain=True):
    """Return the report of the exception being handled, as a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report of the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """Return one string per entry of a traceback."""
    return sys._kaa_format_tb(tb, _limit(limit))


def print_tb(tb, limit=None, file=None):
    """Print the entries of a traceback."""
    f = _file(file)
    for entry in format_tb(tb, limit):
        print(entry, file=f, end="")


def walk_tb(tb):
    """Yield (frame, line number) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, line number) from frame f outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def clear_frames(tb):
    """Clear the locals of the frames of a traceback (a no-op in kaa)."""


class FrameSummary:
    """One entry of a stack: file name, line number, function name and
    source line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        entries = list(frame_gen)
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        result = klass()
        for f, lineno in entries:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    n = count - 3
                    result.append(f"  [Previous line repeated {n} more time{'s' if n > 1 else ''}]\n")
                last, count = key, 1
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            n = count - 3
            result.append(f"  [Previous line repeated {n} more time{'s' if n > 1 else ''}]\n")
        return result


def extract_tb(tb, limit=None):
    """Return a StackSummary of a traceback's entries."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the current stack (oldest first)."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """Format a list of entries as format_tb does."""
    return StackSummary.from_list(extracted_list).format()


def format_stack(f=None, limit=None):
    """Return the formatted current stack."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the current stack."""
    if f is None:
        f = sys._getframe().f_back
    f_out = _file(file)
    for entry in format_stack(f, limit=limit):
        print(entry, file=f_out, end="")


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        self.exc_type = exc_type
        self._value = exc_value
        self._limit = limit
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._str = str(exc_value) if exc_value is not None else ""
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.end_lineno = str(exc_value.end_lineno) if exc_value.end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        cause = exc_value.__cause__ if exc_value is not None else None
        context = exc_value.__context__ if exc_value is not None else None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        seen = _seen if _seen is not None else set()
        seen.add(id(exc_value))
        self.__cause__ = (TracebackException(type(cause), cause, cause.__traceback__, limit=limit, _seen=seen)
                          if cause is not None and id(cause) not in seen else None)
        self.__context__ = (TracebackException(type(context), context, context.__traceback__, limit=limit, _seen=seen)
                            if context is not None and id(context) not in seen else None)
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=seen)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__ if hasattr(self, "__dict__") else self is other
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._value is None:
            yield from format_exception_only(self.exc_type, None)
            return
        yield from sys._kaa_format_exception_only(self._value)

    def format(self, *, chain=True):
        if self._value is None:
            yield from format_exception_only(self.exc_type, None)
            return
        yield from sys._kaa_format_exception(self._value, self._limit, chain)

    def print(self, *, file=None, chain=True):
        f = _file(file)
        for line in self.format(chain=chain):
            print(line, file=f, end="")
