#!/usr/bin/env python3
"""Dump what CPython 3.11 makes of Python source files, for kaa's compiler tests.

Usage: cpython_compile.py [-O N] [--mode exec|eval|single] [--flags N]
                          [--syntax-warnings-as-errors] [--no-ast] [--no-code] [--dis] FILE...

--flags passes N as compile()'s flags argument (future features, and
0x2000 for ast.PyCF_ALLOW_TOP_LEVEL_AWAIT).

For each FILE, one JSON object per line:

  {"file": F, "parse_error": ERROR}           if ast.parse() rejects it
  {"file": F, "ast": NODE, "error": ERROR}    if compile() rejects it
  {"file": F, "ast": NODE, "code": CODE}      otherwise

ERROR holds the exception's "type", "msg", "lineno", "offset",
"end_lineno" and "end_offset".

NODE is the tree of ast.parse as {"_": class name, field: value, ...}, with
the positions as "lineno", "col_offset", "end_lineno", "end_col_offset";
enumeration values (Load, Add...) are class names, and constant values are
tagged (see enc_const) so that no value is lost in JSON (lone surrogates,
bytes, floats exactly).

CODE is the code object compile() returns, normalised to kaa's instruction
set: CACHE, PRECALL and EXTENDED_ARG entries dropped, the direction
variants of the conditional jumps merged (POP_JUMP_FORWARD_IF_FALSE is
POP_JUMP_IF_FALSE), jump targets and exception table offsets turned into
indexes of the remaining instructions.

With --dis, "dis" holds the text CPython's dis module writes for the code
object, through dis's own formatter (Instruction._disassemble), but with
kaa's conventions: the same normalised instructions, offsets of 4 bytes an
instruction, jump arguments that are instruction indexes, and code objects
shown without their address.

The compiler tests of package compile (compile/cpython_test.go) run this
script and compare kaa's output with it; nothing here is stored.
"""

import ast
import base64
import dis
import json
import sys
import warnings


def b64(b):
    return base64.b64encode(b).decode("ascii")


def enc_const(v):
    if v is None:
        return ["None"]
    if v is Ellipsis:
        return ["Ellipsis"]
    if isinstance(v, bool):
        return ["bool", v]
    if isinstance(v, int):
        return ["int", str(v)]
    if isinstance(v, float):
        return ["float", v.hex()]
    if isinstance(v, complex):
        return ["complex", v.real.hex(), v.imag.hex()]
    if isinstance(v, str):
        return ["str", b64(v.encode("utf-8", "surrogatepass"))]
    if isinstance(v, bytes):
        return ["bytes", b64(v)]
    if isinstance(v, tuple):
        return ["tuple", [enc_const(x) for x in v]]
    if isinstance(v, frozenset):
        return ["frozenset", [enc_const(x) for x in v]]
    if hasattr(v, "co_code"):
        return ["code", v.co_name]
    raise TypeError(type(v))


def enc_node(n):
    if isinstance(n, list):
        return [enc_node(x) for x in n]
    if n is None or isinstance(n, (str, int)):
        return n
    if isinstance(n, (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)):
        return type(n).__name__
    out = {"_": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value":
            out[f] = enc_const(v)
        else:
            out[f] = enc_node(v)
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(n, a):
            out[a] = getattr(n, a)
    return out


def norm_op(name):
    for d in ("FORWARD_", "BACKWARD_"):
        if name.startswith("POP_JUMP_" + d):
            return "POP_JUMP_" + name[len("POP_JUMP_" + d):]
    return name


DROP = {"CACHE", "PRECALL", "EXTENDED_ARG"}


def norm_code(co):
    instrs = list(dis.get_instructions(co))
    kept = [i for i in instrs if i.opname not in DROP]
    offsets = [i.offset for i in kept]

    def index_at(off):
        for n, o in enumerate(offsets):
            if o >= off:
                return n
        return len(offsets)

    out = []
    for i in kept:
        op = norm_op(i.opname)
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            arg = index_at(i.argval)
        elif i.opname in ("LOAD_CONST", "KW_NAMES"):
            arg = enc_const(co.co_consts[i.arg])
        elif i.opname == "LOAD_GLOBAL":
            arg = [i.arg & 1, i.argval]
        elif i.opcode in dis.hasname or i.opcode in dis.haslocal or i.opcode in dis.hasfree:
            arg = i.argval
        elif i.arg is None:
            arg = None
        else:
            arg = i.arg
        p = i.positions
        pos = [-1 if x is None else x for x in (p.lineno, p.end_lineno, p.col_offset, p.end_col_offset)]
        out.append([op, arg, pos])
    table = []
    for e in dis._parse_exception_table(co):
        table.append([index_at(e.start), index_at(e.end), index_at(e.target), e.depth, e.lasti])
    return {
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "flags": co.co_flags,
        "stacksize": co.co_stacksize,
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "names": list(co.co_names),
        "consts": [enc_const(c) for c in co.co_consts],
        "instrs": out,
        "exctable": table,
        "children": [norm_code(c) for c in co.co_consts if hasattr(c, "co_code")],
    }


def enc_error(e):
    return {
        "type": type(e).__name__,
        "msg": getattr(e, "msg", str(e)),
        "lineno": getattr(e, "lineno", None),
        "offset": getattr(e, "offset", None),
        "end_lineno": getattr(e, "end_lineno", None),
        "end_offset": getattr(e, "end_offset", None),
    }


def kaa_code_repr(co):
    return '<code object %s, file "%s", line %d>' % (co.co_name, co.co_filename, co.co_firstlineno)


def kaa_dis(co, out):
    kept = []
    carry = None
    for i in dis.get_instructions(co):
        if i.opname in DROP:
            if i.starts_line is not None and carry is None:
                carry = i.starts_line
            continue
        if carry is not None and i.starts_line is None:
            i = i._replace(starts_line=carry)
        carry = None
        kept.append(i)
    offsets = [i.offset for i in kept]

    def index_at(off):
        for n, o in enumerate(offsets):
            if o >= off:
                return n
        return len(offsets)

    labels = set()
    table = []
    for e in dis._parse_exception_table(co):
        entry = (index_at(e.start), index_at(e.end), index_at(e.target), e.depth, e.lasti)
        table.append(entry)
        labels.add(entry[2])
    new = []
    for idx, i in enumerate(kept):
        arg, argval, argrepr = i.arg, i.argval, i.argrepr
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            t = index_at(i.argval)
            arg, argval, argrepr = t, 4 * t, "to %d" % (4 * t)
            labels.add(t)
        elif i.opname == "LOAD_CONST" and hasattr(i.argval, "co_code"):
            argrepr = kaa_code_repr(i.argval)
        elif i.opname == "LOAD_CONST" and isinstance(i.argval, frozenset) and any(
                isinstance(x, (str, bytes)) for x in i.argval):
            # The order of str and bytes items changes with every process's
            # hash seed: list them sorted by repr.
            argrepr = "frozenset({%s})" % ", ".join(sorted(repr(x) for x in i.argval))
        new.append(i._replace(opname=norm_op(i.opname), offset=4 * idx, arg=arg,
                              argval=argval, argrepr=argrepr))
    starts = [i.starts_line for i in new if i.starts_line is not None]
    lineno_width = 0
    if starts:
        lineno_width = len(str(max(starts))) if max(starts) >= 1000 else 3
    maxoffset = 4 * (len(new) - 1)
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for k, i in enumerate(new):
        i = i._replace(is_jump_target=k in labels)
        if lineno_width and i.starts_line is not None and i.offset > 0:
            out.append("")
        out.append(i._disassemble(lineno_width, False, offset_width))
    if table:
        out.append("ExceptionTable:")
        for start, end, target, depth, lasti in table:
            out.append("  %d to %d -> %d [%d]%s" % (4 * start, 4 * (end - 1), 4 * target, depth,
                                                     " lasti" if lasti else ""))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            out.append("")
            out.append("Disassembly of %s:" % kaa_code_repr(c))
            kaa_dis(c, out)


def main():
    args = sys.argv[1:]
    optimize = 0
    mode = "exec"
    flags = 0
    warnings_as_errors = False
    want_ast = want_code = True
    want_dis = False
    files = []
    while args:
        a = args.pop(0)
        if a == "-O":
            optimize = int(args.pop(0))
        elif a == "--mode":
            mode = args.pop(0)
        elif a == "--flags":
            flags = int(args.pop(0), 0)
        elif a == "--syntax-warnings-as-errors":
            warnings_as_errors = True
        elif a == "--no-ast":
            want_ast = False
        elif a == "--no-code":
            want_code = False
        elif a == "--dis":
            want_dis = True
        else:
            files.append(a)
    warnings.simplefilter("ignore")
    if warnings_as_errors:
        warnings.simplefilter("error", SyntaxWarning)
    for f in files:
        with open(f, "rb") as fh:
            src = fh.read()
        rec = {"file": f}
        try:
            tree = compile(src, f, mode, flags=ast.PyCF_ONLY_AST | (flags & ast.PyCF_ALLOW_TOP_LEVEL_AWAIT),
                           dont_inherit=True)
        except (SyntaxError, ValueError) as e:
            rec["parse_error"] = enc_error(e)
            print(json.dumps(rec))
            continue
        except RecursionError as e:
            rec["parse_error"] = {"type": "RecursionError", "msg": str(e)}
            print(json.dumps(rec))
            continue
        if want_ast:
            rec["ast"] = enc_node(tree)
        try:
            co = compile(src, f, mode, flags=flags, dont_inherit=True, optimize=optimize)
            if want_code:
                rec["code"] = norm_code(co)
            if want_dis:
                out = []
                kaa_dis(co, out)
                rec["dis"] = "\n".join(out) + "\n"
        except (SyntaxError, ValueError) as e:
            rec["error"] = enc_error(e)
        except RecursionError as e:
            rec["error"] = {"type": "RecursionError", "msg": str(e)}
        print(json.dumps(rec))


if __name__ == "__main__":
    main()
