"""Disassembler of kaa's bytecode.

dis(x) prints the instructions of a function, method, class, module,
code object or source string in CPython's layout: the source line, the
byte offset (4 bytes an instruction in kaa), ">>" on jump targets, the
opcode's name, its argument and what the argument means, then the
exception table; the code objects nested in a code object follow it.
`kaa -m dis FILE` disassembles a file.
"""

import sys
import collections
import _opcode
from opcode import *
from opcode import __all__ as _opcodes_all

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode", "Positions"] + _opcodes_all
del _opcodes_all


def _code_of(x):
    """The code object behind a function, method, generator, coroutine,
    or x itself."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for attr in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _try_compile(source, name):
    """Compile source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble x: a function, method, generator, class, module, code
    object, or source code string. A class or module has each of its
    functions, methods and classes disassembled in name order. Nested
    code objects are disassembled too, down to depth levels (all when
    depth is None)."""
    if x is None:
        distb(file=file)
        return
    x = _code_of(x)
    if hasattr(x, '__dict__') and not hasattr(x, 'co_code'):
        for name, value in sorted(x.__dict__.items()):
            if isinstance(value, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback's last frame (default: the last
    traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print the disassembly of one code object (not the nested ones)."""
    print(_opcode.disassemble(co), end='', file=file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth -= 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


# The kinds of objects dis finds code in inside a class or module.
_have_code = (type(_code_of), type(_try_compile.__code__), type, classmethod, staticmethod)


Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction", ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
                     'starts_line', 'is_jump_target', 'positions'],
    defaults=[None])


class Instruction(_Instruction):
    """One instruction: its opname and opcode, its argument (arg) with
    the value it stands for (argval) and the text dis shows for it
    (argrepr), its byte offset, the source line it starts (or None),
    whether a jump goes to it, and its source positions."""

    __slots__ = ()

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """Format the instruction as dis shows it."""
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(20))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(5))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterate over the instructions of x (anything dis accepts that has
    one code object). first_line, when given, renumbers the lines so that
    the code starts there."""
    co = _get_code_object(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    for (opname, op, arg, argval, argrepr, offset, starts, target,
         pos) in _opcode.get_instructions(co):
        if starts is not None:
            starts += shift
        yield Instruction(opname, op, arg, argval, argrepr, offset, starts,
                          target, Positions(*pos))


def _get_code_object(x):
    x = _code_of(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def findlabels(code):
    """Return the byte offsets that are jump targets in code."""
    return [i.argval for i in get_instructions(code) if i.opcode in hasjabs]


def findlinestarts(code):
    """Yield (offset, line) for each instruction that starts a source line."""
    last = None
    for start, end, line in code.co_lines():
        if line is not None and line != last:
            last = line
            yield start, line


COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS",
    16: "NESTED", 32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE",
    256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return the names of the CO_* bits of flags, comma-separated."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """Return a description of a code object's attributes."""
    co = _get_code_object(x)
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, items, show in (("Constants", co.co_consts, repr),
                               ("Names", co.co_names, str),
                               ("Variable names", co.co_varnames, str),
                               ("Free variables", co.co_freevars, str),
                               ("Cell variables", co.co_cellvars, str)):
        if items:
            lines.append(title + ":")
            for i, item in enumerate(items):
                lines.append("%4d: %s" % (i, show(item)))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of a code object, as an iterable of Instruction;
    dis() returns their disassembly text, info() the code_info."""

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Construct a Bytecode from the last frame of a traceback."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        """Return code_info of the code object."""
        return code_info(self.codeobj)

    def dis(self):
        """Return the disassembly of the code object, as a string."""
        return _opcode.disassemble(self.codeobj)


def _main(args=None):
    """`kaa -m dis [FILE]`: disassemble a source file (standard input when
    FILE is missing or '-')."""
    args = sys.argv[1:] if args is None else args
    if args and args[0] in ('-h', '--help'):
        print("usage: dis.py [-h] [infile]\n\npositional arguments:\n  infile\n\n"
              "options:\n  -h, --help  show this help message and exit")
        return
    if len(args) > 1:
        sys.stderr.write("usage: dis.py [-h] [infile]\ndis.py: error: unrecognized arguments: %s\n" % ' '.join(args[1:]))
        sys.exit(2)
    name = args[0] if args else '-'
    if name == '-':
        source = sys.stdin.buffer.read() if hasattr(sys.stdin, 'buffer') else sys.stdin.read()
        name = '<stdin>'
    else:
        try:
            with open(name, 'rb') as f:
                source = f.read()
        except OSError as e:
            sys.stderr.write("usage: dis.py [-h] [infile]\ndis.py: error: argument infile: can't open '%s': %s\n" % (name, e))
            sys.exit(2)
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _main()
