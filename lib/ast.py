"""Abstract syntax trees of Python source (kaa's ast module).

The node classes come from the _ast module (written in Go): one class per
kind of node, with _fields naming its children and _attributes its
position. This module adds the helpers built on them: parse() and
literal_eval(), dump(), the walkers and visitors, position fixers,
get_docstring() and get_source_segment(), unparse(), the deprecated
Num/Str/Bytes/NameConstant/Ellipsis classes, and the command line
(python -m ast).
"""

import sys
from _ast import *


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse source into a tree of nodes (compile() with PyCF_ONLY_AST).

    type_comments=True keeps "# type:" comments; feature_version, an int
    minor version or a (3, minor) tuple, is accepted for compatibility.
    """
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is None:
        feature_version = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
        feature_version = minor
    return compile(source, filename, mode, flags,
                   _feature_version=feature_version)


def _malformed(node):
    text = "malformed node or string"
    line = getattr(node, 'lineno', None)
    if line:
        text += f' on line {line}'
    raise ValueError(text + f': {node!r}')


def literal_eval(node_or_string):
    """Evaluate a node or a string holding only a Python literal: strings,
    bytes, numbers, tuples, lists, dicts, sets, booleans, None and
    Ellipsis (and sums of a real and an imaginary number)."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def number(n):
        if isinstance(n, Constant) and type(n.value) in (int, float, complex):
            return n.value
        _malformed(n)

    def signed(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            v = number(n.operand)
            return +v if isinstance(n.op, UAdd) else -v
        return number(n)

    def value(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple([value(e) for e in n.elts])
        if isinstance(n, List):
            return [value(e) for e in n.elts]
        if isinstance(n, Set):
            return set([value(e) for e in n.elts])
        if (isinstance(n, Call) and isinstance(n.func, Name)
                and n.func.id == 'set' and n.args == n.keywords == []):
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                _malformed(n)
            return dict(zip(map(value, n.keys), map(value, n.values)))
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left = signed(n.left)
            right = number(n.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(n.op, Add) else left - right
        return signed(n)

    return value(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a formatted dump of the tree of node, as a string.

    Field names are shown unless annotate_fields is false (then only for
    fields after one left out); include_attributes adds the positions;
    indent (a number of spaces or a string) prints one field a line."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(value, level):
        # Returns the text of value and whether it is "simple" (no
        # nested node with fields or list): such nodes stay on one line.
        if indent is None:
            opening, between = '', ', '
        else:
            level += 1
            opening = '\n' + indent * level
            between = ',\n' + indent * level
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            simple = True
            named = annotate_fields
            for name in value._fields:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    named = True
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, s = fmt(v, level)
                simple = simple and s
                parts.append(f'{name}={text}' if named else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    try:
                        v = getattr(value, name)
                    except AttributeError:
                        continue
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    text, s = fmt(v, level)
                    simple = simple and s
                    parts.append(f'{name}={text}')
            cname = value.__class__.__name__
            if simple and len(parts) <= 3:
                return f"{cname}({', '.join(parts)})", not parts
            return f'{cname}({opening}{between.join(parts)})', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            items = between.join([fmt(x, level)[0] for x in value])
            return f'[{opening}{items}]', False
        return repr(value), True

    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the position attributes of old_node to new_node; return it."""
    for name in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if name in old_node._attributes and name in new_node._attributes:
            v = getattr(old_node, name, None)
            if v is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, v)
    return new_node


def fix_missing_locations(node):
    """Give every node of the tree that has none the position of its
    parent (1, 0 at the root); return node."""
    def fix(n, line, col, end_line, end_col):
        attrs = n._attributes
        if 'lineno' in attrs:
            if not hasattr(n, 'lineno'):
                n.lineno = line
            else:
                line = n.lineno
        if 'end_lineno' in attrs:
            if getattr(n, 'end_lineno', None) is None:
                n.end_lineno = end_line
            else:
                end_line = n.end_lineno
        if 'col_offset' in attrs:
            if not hasattr(n, 'col_offset'):
                n.col_offset = col
            else:
                col = n.col_offset
        if 'end_col_offset' in attrs:
            if getattr(n, 'end_col_offset', None) is None:
                n.end_col_offset = end_col
            else:
                end_col = n.end_col_offset
        for child in iter_child_nodes(n):
            fix(child, line, col, end_line, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and of every node below it;
    return node."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if ('end_lineno' in child._attributes
                and (end := getattr(child, 'end_lineno', 0)) is not None):
            child.end_lineno = end + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the nodes directly below node: its fields that are nodes
    and the nodes in its fields that are lists."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """Return the docstring of a function, class or module node, or None.

    With clean (the default) the text is dedented as inspect.cleandoc
    does. TypeError if node cannot have a docstring."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    first = node.body[0].value
    if not (isinstance(first, Constant) and isinstance(first.value, str)):
        return None
    text = first.value
    if clean:
        text = _cleandoc(text)
    return text


def _cleandoc(text):
    """Dedent a docstring as inspect.cleandoc does: tabs expanded, the
    first line stripped, the others losing their common indentation,
    blank lines at both ends dropped."""
    lines = text.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            if margin is None or indent < margin:
                margin = indent
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _lines_keeping_ends(source):
    """Split source at \\r\\n, \\r and \\n only (not at form feeds and the
    other separators of str.splitlines), keeping the line ends."""
    lines = []
    start = i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            if i + 1 < n and source[i + 1] == '\n':
                i += 1
        elif c != '\n':
            i += 1
            continue
        i += 1
        lines.append(source[start:i])
        start = i
    if start < n:
        lines.append(source[start:])
    return lines


def _blank_prefix(text):
    """Keep the tabs and form feeds of text, turning the rest into
    spaces: the indentation that keeps columns aligned."""
    return ''.join(c if c in '\f\t' else ' ' for c in text)


def get_source_segment(source, node, *, padded=False):
    """Return the text of source that node spans, or None if node lacks
    a position. padded=True indents the first line of a multi-line
    segment as it was."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _lines_keeping_ends(source)
    if first == last:
        return lines[first].encode()[start:end].decode()
    pad = ''
    if padded:
        pad = _blank_prefix(lines[first].encode()[:start].decode())
    head = pad + lines[first].encode()[start:].decode()
    tail = lines[last].encode()[:end].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


def walk(node):
    """Yield node and every node below it, breadth first (order not to
    be relied on)."""
    from collections import deque
    queue = deque([node])
    while queue:
        n = queue.popleft()
        queue.extend(iter_child_nodes(n))
        yield n


def unparse(ast_obj):
    """Return Python source text that parses to a tree equal to ast_obj
    (formatting and comments are not kept)."""
    from _ast_unparse import unparse as _unparse
    return _unparse(ast_obj)


class NodeVisitor(object):
    """Walks a tree, calling visit_<ClassName>(node) for each node that
    has such a method and generic_visit(node) (which visits the
    children) for the others."""

    def visit(self, node):
        """Visit a node."""
        method = getattr(self, 'visit_' + node.__class__.__name__,
                         self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        """Visit the children of node."""
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        kind = _deprecated_name_of_type.get(type(value))
        if kind is None:
            for typ, name in _deprecated_name_of_type.items():
                if isinstance(value, typ):
                    kind = name
                    break
        if kind is not None:
            name = 'visit_' + kind
            old = getattr(self, name, None)
            if old is not None:
                import warnings
                warnings.warn(f"{name} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return old(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node that replaces
    the one visited: None removes it, a list (in a list field) splices
    its items in."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


# The deprecated constant classes of Python 3.7 and before. Calling them
# makes a Constant; isinstance tests the constant's value.

def _get_n(self):
    return self.value


def _set_n(self, value):
    self.value = value


Constant.n = property(_get_n, _set_n)
Constant.s = property(_get_n, _set_n)


class _ABC(type):

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _deprecated_value_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            return (isinstance(value, _deprecated_value_types[cls])
                    and not isinstance(value, _deprecated_excluded.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _deprecated_new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _deprecated_value_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _deprecated_new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _deprecated_new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _deprecated_new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _deprecated_new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_deprecated_value_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_deprecated_excluded = {Num: (bool,)}
# bool comes before int: the first isinstance match names the class.
_deprecated_name_of_type = {
    bool: 'NameConstant',
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


# Classes that Python 3.9 stopped producing, kept so that old code that
# names them still imports and runs.

class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _dims_get(self):
    return self.elts


def _dims_set(self, value):
    self.elts = value


Tuple.dims = property(_dims_get, _dims_set)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def _usage_error(message):
    sys.stderr.write(_USAGE)
    sys.stderr.write(f'python -m ast: error: {message}\n')
    sys.exit(2)


_USAGE = """\
usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
"""

_HELP = _USAGE + """
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
"""

_LONG_OPTIONS = ('--help', '--mode', '--no-type-comments',
                 '--include-attributes', '--indent')


def _parse_command_line(args):
    """Parse python -m ast's arguments as CPython's argparse parser does
    (long options may be shortened while unambiguous)."""
    opts = {'mode': 'exec', 'type_comments': True, 'attributes': False,
            'indent': 3, 'infile': '-'}
    positional = []

    def takes_value(i):
        return i < len(args) and not (args[i].startswith('-') and len(args[i]) > 1
                                      and not _is_number(args[i]))

    def set_value(option, value):
        if option == 'mode':
            if value not in ('exec', 'single', 'eval', 'func_type'):
                _usage_error(f"argument -m/--mode: invalid choice: '{value}' "
                             "(choose from 'exec', 'single', 'eval', 'func_type')")
            opts['mode'] = value
        else:
            try:
                opts['indent'] = int(value)
            except ValueError:
                _usage_error(f"argument -i/--indent: invalid int value: '{value}'")

    def take_positional(a):
        # Like argparse's FileType, the file is opened as soon as the
        # argument is seen, so that it fails before later errors.
        positional.append(a)
        if len(positional) == 1 and a != '-':
            try:
                opts['source'] = _read_file(a)
            except OSError as e:
                _usage_error(f"argument infile: can't open '{a}': {e}")
            opts['infile'] = a

    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if a == '--':
            for rest in args[i:]:
                take_positional(rest)
            break
        if a.startswith('--'):
            name, eq, value = a.partition('=')
            matches = [o for o in _LONG_OPTIONS if o == name]
            if not matches:
                matches = [o for o in _LONG_OPTIONS if o.startswith(name)]
            if not matches:
                _usage_error('unrecognized arguments: ' + a)
            if len(matches) > 1:
                _usage_error(f"ambiguous option: {name} could match {', '.join(matches)}")
            option = matches[0]
            if option == '--help':
                sys.stdout.write(_HELP)
                sys.exit(0)
            elif option == '--no-type-comments':
                opts['type_comments'] = False
            elif option == '--include-attributes':
                opts['attributes'] = True
            else:
                if not eq:
                    if not takes_value(i):
                        _usage_error(f'argument {option[1:3]}/{option}: expected one argument')
                    value = args[i]
                    i += 1
                set_value(option[2:], value)
        elif a.startswith('-') and len(a) > 1:
            j = 1
            while j < len(a):
                c = a[j]
                j += 1
                if c == 'h':
                    sys.stdout.write(_HELP)
                    sys.exit(0)
                elif c == 'a':
                    opts['attributes'] = True
                elif c in 'mi':
                    value = a[j:]
                    if not value:
                        if not takes_value(i):
                            long = 'mode' if c == 'm' else 'indent'
                            _usage_error(f'argument -{c}/--{long}: expected one argument')
                        value = args[i]
                        i += 1
                    set_value('mode' if c == 'm' else 'indent', value)
                    break
                else:
                    _usage_error('unrecognized arguments: ' + a)
        else:
            take_positional(a)
    if len(positional) > 1:
        _usage_error('unrecognized arguments: ' + ' '.join(positional[1:]))
    return opts


def _read_file(name):
    with open(name, 'rb') as f:
        return f.read()


def _is_number(text):
    try:
        complex(text)
    except ValueError:
        return False
    return True


def main():
    """python -m ast [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]:
    print the dump of a file's (or standard input's) tree."""
    opts = _parse_command_line(sys.argv[1:])
    name = opts['infile']
    if name == '-':
        source = sys.stdin.buffer.read()
        name = '<stdin>'
    else:
        source = opts['source']
    tree = parse(source, name, opts['mode'], type_comments=opts['type_comments'])
    print(dump(tree, include_attributes=opts['attributes'], indent=opts['indent']))


if __name__ == '__main__':
    main()
