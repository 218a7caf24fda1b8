"""ast.unparse: source text from a tree (kaa's implementation, loaded by
ast.unparse on first use).

The output is CPython 3.11's: the same spacing, parentheses only where
the precedence of operators needs them, the same choice of quotes, and
f-strings whose expression parts avoid backslashes.
"""

import sys
from ast import *

# Operator precedence, lowest first. BOR shares EXPR's level, so the
# level above either is BXOR.
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR = range(1, 10)
BOR = EXPR
BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM = range(10, 19)

_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_ALL_QUOTES = (*_SINGLE_QUOTES, *_TRIPLE_QUOTES)
# A float literal too large for a double: how infinities are written.
_INF = "1e" + repr(sys.float_info.max_10_exp + 1)

_UNARY = {"Invert": ("~", FACTOR), "Not": ("not", NOT), "UAdd": ("+", FACTOR), "USub": ("-", FACTOR)}
_BINARY = {
    "Add": ("+", ARITH), "Sub": ("-", ARITH), "Mult": ("*", TERM), "MatMult": ("@", TERM),
    "Div": ("/", TERM), "Mod": ("%", TERM), "LShift": ("<<", SHIFT), "RShift": (">>", SHIFT),
    "BitOr": ("|", BOR), "BitXor": ("^", BXOR), "BitAnd": ("&", BAND), "FloorDiv": ("//", TERM),
    "Pow": ("**", POWER),
}
_COMPARE = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
            "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOL = {"And": ("and", AND), "Or": ("or", OR)}


def _escape(c):
    """The unicode_escape codec's spelling of one character."""
    if c == "\\":
        return "\\\\"
    special = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(c)
    if special:
        return special
    n = ord(c)
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


def _quote_text(text, quotes=_ALL_QUOTES, escape_whitespace=False):
    """Escape text for a string literal and return it with the quotes it
    can be written between, best first."""
    out = []
    for c in text:
        if (c == "\\" or not c.isprintable()) and (escape_whitespace or c not in "\n\t"):
            out.append(_escape(c))
        else:
            out.append(c)
    body = "".join(out)
    usable = list(quotes)
    if "\n" in body:
        usable = [q for q in usable if q in _TRIPLE_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        # No quote works: fall back on repr of the text, keeping to the
        # requested quotes where repr's quote is one of them.
        r = repr(text)
        quote = next((q for q in quotes if r[0] in q), r[0])
        return r[1:-1], [quote]
    if body:
        # Prefer a quote that differs from the last character; with a
        # triple quote equal to it, escape that character.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + "\\" + body[-1]
    return body, usable


class Unparser(NodeVisitor):
    """Writes the source of a tree into a list of strings."""

    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._type_ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # Output helpers.

    def write(self, *text):
        self._source.extend(text)

    def fill(self, text=""):
        if self._source:
            self.write("\n")
        self.write("    " * self._indent + text)

    def newline_if_started(self):
        if self._source:
            self.write("\n")

    def join(self, sep, fn, items):
        first = True
        for item in items:
            if not first:
                self.write(sep)
            first = False
            fn(item)

    def items(self, fn, items):
        """Items of a tuple: a lone item gets its comma."""
        if len(items) == 1:
            fn(items[0])
            self.write(",")
        else:
            self.join(", ", fn, items)

    def body(self, stmts, extra=None):
        self.write(":")
        if extra:
            self.write(extra)
        self._indent += 1
        self.traverse(stmts)
        self._indent -= 1

    def capture(self, fn, *args):
        """Run fn with the output going to a new list; return the list."""
        saved = self._source
        self._source = []
        try:
            fn(*args)
            return self._source
        finally:
            self._source = saved

    def precedence(self, node):
        return self._precedences.get(node, TEST)

    def set_precedence(self, level, *nodes):
        for n in nodes:
            self._precedences[n] = level

    def parens_if(self, condition, fn):
        if condition:
            self.write("(")
        fn()
        if condition:
            self.write(")")

    def parens_above(self, level, node, fn):
        self.parens_if(self.precedence(node) > level, fn)

    def type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f" # type: {comment}"

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return "".join(self._source)

    # Modules and statements.

    def docstring_node(self, node):
        if (not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module))
                or not node.body):
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def docstring_and_body(self, node):
        doc = self.docstring_node(node)
        if doc:
            self.fill()
            if doc.kind == "u":
                self.write("u")
            self.write_str_avoiding_backslashes(doc.value, quotes=_TRIPLE_QUOTES)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    def visit_Module(self, node):
        self._type_ignores = {t.lineno: f"ignore{t.tag}" for t in node.type_ignores}
        self.docstring_and_body(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        self.write("(")
        self.join(", ", self.traverse, node.argtypes)
        self.write(")")
        self.write(" -> ")
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        def inner():
            self.set_precedence(ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(" := ")
            self.traverse(node.value)
        self.parens_above(NAMED_EXPR, node, inner)

    def visit_Import(self, node):
        self.fill("import ")
        self.join(", ", self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.join(", ", self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINARY[node.op.__class__.__name__][0] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        self.parens_if(not node.simple and isinstance(node.target, Name),
                       lambda: self.traverse(node.target))
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.join(", ", self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.join(", ", self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.join(", ", self.write, node.names)

    def visit_Await(self, node):
        def inner():
            self.write("await")
            if node.value:
                self.write(" ")
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)
        self.parens_above(AWAIT, node, inner)

    def visit_Yield(self, node):
        def inner():
            self.write("yield")
            if node.value:
                self.write(" ")
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)
        self.parens_above(YIELD, node, inner)

    def visit_YieldFrom(self, node):
        def inner():
            self.write("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(ATOM, node.value)
            self.traverse(node.value)
        self.parens_above(YIELD, node, inner)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def try_statement(self, node, star):
        outer = self._in_try_star
        self._in_try_star = star
        try:
            self.fill("try")
            self.body(node.body)
            for handler in node.handlers:
                self.traverse(handler)
            if node.orelse:
                self.fill("else")
                self.body(node.orelse)
            if node.finalbody:
                self.fill("finally")
                self.body(node.finalbody)
        finally:
            self._in_try_star = outer

    def visit_Try(self, node):
        self.try_statement(node, False)

    def visit_TryStar(self, node):
        self.try_statement(node, True)

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self._in_try_star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        self.body(node.body)

    def decorators(self, node):
        self.newline_if_started()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.fill("class " + node.name)
        parts = node.bases + node.keywords
        if parts:
            self.write("(")
            self.join(", ", self.traverse, parts)
            self.write(")")
        self.write(":")
        self._indent += 1
        self.docstring_and_body(node)
        self._indent -= 1

    def function(self, node, keyword):
        self.decorators(node)
        self.fill(keyword + " " + node.name)
        self.write("(")
        self.traverse(node.args)
        self.write(")")
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        self.write(":")
        comment = self.type_comment(node)
        if comment:
            self.write(comment)
        self._indent += 1
        self.docstring_and_body(node)
        self._indent -= 1

    def visit_FunctionDef(self, node):
        self.function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self.function(node, "async def")

    def for_statement(self, keyword, node):
        self.fill(keyword)
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        self.body(node.body, self.type_comment(node))
        if node.orelse:
            self.fill("else")
            self.body(node.orelse)

    def visit_For(self, node):
        self.for_statement("for ", node)

    def visit_AsyncFor(self, node):
        self.for_statement("async for ", node)

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        self.body(node.body)
        # An else holding only an if is written as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            self.body(node.body)
        if node.orelse:
            self.fill("else")
            self.body(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        self.body(node.body)
        if node.orelse:
            self.fill("else")
            self.body(node.orelse)

    def visit_With(self, node):
        self.fill("with ")
        self.join(", ", self.traverse, node.items)
        self.body(node.body, self.type_comment(node))

    def visit_AsyncWith(self, node):
        self.fill("async with ")
        self.join(", ", self.traverse, node.items)
        self.body(node.body, self.type_comment(node))

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        self.write(":")
        self._indent += 1
        for case in node.cases:
            self.traverse(case)
        self._indent -= 1

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        self.body(node.body)

    # Strings.

    def write_str_avoiding_backslashes(self, text, quotes=_ALL_QUOTES):
        body, usable = _quote_text(text, quotes)
        q = usable[0]
        self.write(f"{q}{body}{q}")

    def visit_JoinedStr(self, node):
        self.write("f")
        if self._avoid_backslashes:
            inner = self.capture(self.fstring_part, node)
            self.write_str_avoiding_backslashes("".join(inner))
            return
        # Escape whitespace in the literal parts (f"{x}\n"), never in
        # the expressions.
        quotes = list(_ALL_QUOTES)
        pieces = []
        for value in node.values:
            text = "".join(self.capture(self.fstring_part, value))
            text, quotes = _quote_text(text, quotes, escape_whitespace=isinstance(value, Constant))
            pieces.append(text)
        q = quotes[0]
        self.write(f"{q}{''.join(pieces)}{q}")

    def fstring_part(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_part(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(TEST + 1, node.value)
        text = inner.visit(node.value)
        self.write("{")
        if "\\" in text:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        if text.startswith("{"):
            self.write(" ")
        self.write(text)
        if node.conversion != -1:
            self.write(f"!{chr(node.conversion)}")
        if node.format_spec:
            self.write(":")
            self.fstring_part(node.format_spec)
        self.write("}")

    # Expressions.

    def visit_Name(self, node):
        self.write(node.id)

    def write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace("inf", _INF).replace("nan", f"({_INF}-{_INF})"))
        elif self._avoid_backslashes and isinstance(value, str):
            self.write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write("(")
            self.items(self.write_constant, value)
            self.write(")")
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self.write_constant(value)

    def visit_List(self, node):
        self.write("[")
        self.join(", ", self.traverse, node.elts)
        self.write("]")

    def comprehension(self, opening, closing, node, *heads):
        self.write(opening)
        for i, head in enumerate(heads):
            if i:
                self.write(": ")
            self.traverse(head)
        for gen in node.generators:
            self.traverse(gen)
        self.write(closing)

    def visit_ListComp(self, node):
        self.comprehension("[", "]", node, node.elt)

    def visit_GeneratorExp(self, node):
        self.comprehension("(", ")", node, node.elt)

    def visit_SetComp(self, node):
        self.comprehension("{", "}", node, node.elt)

    def visit_DictComp(self, node):
        self.comprehension("{", "}", node, node.key, node.value)

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_precedence(TEST + 1, node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(" if ")
            self.traverse(cond)

    def visit_IfExp(self, node):
        def inner():
            self.set_precedence(TEST + 1, node.body, node.test)
            self.traverse(node.body)
            self.write(" if ")
            self.traverse(node.test)
            self.write(" else ")
            self.set_precedence(TEST, node.orelse)
            self.traverse(node.orelse)
        self.parens_above(TEST, node, inner)

    def visit_Set(self, node):
        if node.elts:
            self.write("{")
            self.join(", ", self.traverse, node.elts)
            self.write("}")
        else:
            # {} is a dict, and the name set may be rebound.
            self.write("{*()}")

    def visit_Dict(self, node):
        def item(pair):
            k, v = pair
            if k is None:
                self.write("**")
                self.set_precedence(EXPR, v)
                self.traverse(v)
            else:
                self.traverse(k)
                self.write(": ")
                self.traverse(v)
        self.write("{")
        self.join(", ", item, zip(node.keys, node.values))
        self.write("}")

    def visit_Tuple(self, node):
        self.parens_if(not node.elts or self.precedence(node) > TUPLE,
                       lambda: self.items(self.traverse, node.elts))

    def visit_UnaryOp(self, node):
        op, level = _UNARY[node.op.__class__.__name__]

        def inner():
            self.write(op)
            if level != FACTOR:
                self.write(" ")
            self.set_precedence(level, node.operand)
            self.traverse(node.operand)
        self.parens_above(level, node, inner)

    def visit_BinOp(self, node):
        op, level = _BINARY[node.op.__class__.__name__]

        def inner():
            if op == "**":
                left, right = level + 1, level
            else:
                left, right = level, level + 1
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f" {op} ")
            self.set_precedence(right, node.right)
            self.traverse(node.right)
        self.parens_above(level, node, inner)

    def visit_Compare(self, node):
        def inner():
            self.set_precedence(CMP + 1, node.left, *node.comparators)
            self.traverse(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(" " + _COMPARE[op.__class__.__name__] + " ")
                self.traverse(right)
        self.parens_above(CMP, node, inner)

    def visit_BoolOp(self, node):
        op, level = _BOOL[node.op.__class__.__name__]
        current = [level]

        def operand(value):
            current[0] += 1
            self.set_precedence(current[0], value)
            self.traverse(value)
        self.parens_above(level, node, lambda: self.join(f" {op} ", operand, node.values))

    def visit_Attribute(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        # 1.real would read as a float: write 1 .real.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(ATOM, node.func)
        self.traverse(node.func)
        self.write("(")
        self.join(", ", self.traverse, node.args + node.keywords)
        self.write(")")

    def visit_Subscript(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        self.write("[")
        s = node.slice
        if isinstance(s, Tuple) and s.elts:
            self.items(self.traverse, s.elts)
        else:
            self.traverse(s)
        self.write("]")

    def visit_Starred(self, node):
        self.write("*")
        self.set_precedence(EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write("...")

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        nonempty = [False]

        def sep():
            if nonempty[0]:
                self.write(", ")
            nonempty[0] = True

        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            sep()
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
            if i == len(node.posonlyargs):
                self.write(", /")
        if node.vararg or node.kwonlyargs:
            sep()
            self.write("*")
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(": ")
                    self.traverse(node.vararg.annotation)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            self.write(", ")
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
        if node.kwarg:
            sep()
            self.write("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(": ")
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg)
            self.write("=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        def inner():
            self.write("lambda")
            params = self.capture(self.traverse, node.args)
            if params:
                self.write(" ", *params)
            self.write(": ")
            self.set_precedence(TEST, node.body)
            self.traverse(node.body)
        self.parens_above(TEST, node, inner)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    # Patterns.

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.write_constant(node.value)

    def visit_MatchSequence(self, node):
        self.write("[")
        self.join(", ", self.traverse, node.patterns)
        self.write("]")

    def visit_MatchStar(self, node):
        self.write(f"*{'_' if node.name is None else node.name}")

    def visit_MatchMapping(self, node):
        def pair(kp):
            self.traverse(kp[0])
            self.write(": ")
            self.traverse(kp[1])
        self.write("{")
        self.join(", ", pair, zip(node.keys, node.patterns, strict=True))
        if node.rest is not None:
            if node.keys:
                self.write(", ")
            self.write(f"**{node.rest}")
        self.write("}")

    def visit_MatchClass(self, node):
        self.set_precedence(ATOM, node.cls)
        self.traverse(node.cls)
        self.write("(")
        self.join(", ", self.traverse, node.patterns)
        if node.kwd_attrs:
            def keyword(pair):
                self.write(f"{pair[0]}=")
                self.traverse(pair[1])
            if node.patterns:
                self.write(", ")
            self.join(", ", keyword, zip(node.kwd_attrs, node.kwd_patterns, strict=True))
        self.write(")")

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            def inner():
                self.set_precedence(BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(f" as {node.name}")
            self.parens_above(TEST, node, inner)

    def visit_MatchOr(self, node):
        def inner():
            self.set_precedence(BOR + 1, *node.patterns)
            self.join(" | ", self.traverse, node.patterns)
        self.parens_above(BOR, node, inner)


def unparse(node):
    return Unparser().visit(node)
