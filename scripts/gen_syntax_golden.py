#!/usr/bin/env python3
"""Regenerate the golden files of the parser tests from CPython 3.11.

  syntax/testdata/ast/NAME.py     -> NAME.ast: `python3 -m ast -a NAME.py`
  syntax/testdata/errors/NAME.py  -> NAME.err: the end of what
                                     `python3 -m ast NAME.py` prints on stderr,
                                     from its last `  File "NAME.py"` line on

A name ending in .eval, .single or .func_type (NAME.eval.py) selects that
parse mode. Run from the repository root: python3 scripts/gen_syntax_golden.py
"""
import os
import subprocess
import sys

ROOT = os.path.join('syntax', 'testdata')


def mode_args(name):
    for mode in ('eval', 'single', 'func_type'):
        if name.endswith('.%s.py' % mode):
            return ['-m', mode]
    return []


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('needs CPython 3.11, this is %s' % sys.version.split()[0])
    d = os.path.join(ROOT, 'ast')
    for name in sorted(os.listdir(d)):
        if not name.endswith('.py'):
            continue
        p = subprocess.run([sys.executable, '-m', 'ast', '-a'] + mode_args(name) + [name],
                           cwd=d, capture_output=True)
        if p.returncode != 0:
            sys.exit('%s: python3 -m ast failed:\n%s' % (name, p.stderr.decode()))
        with open(os.path.join(d, name[:-3] + '.ast'), 'wb') as f:
            f.write(p.stdout)
    d = os.path.join(ROOT, 'errors')
    for name in sorted(os.listdir(d)):
        if not name.endswith('.py'):
            continue
        p = subprocess.run([sys.executable, '-m', 'ast'] + mode_args(name) + [name],
                           cwd=d, capture_output=True)
        if p.returncode == 0:
            sys.exit('%s: python3 accepts it' % name)
        lines = p.stderr.decode('utf-8', 'surrogateescape').splitlines(keepends=True)
        start = 0
        for i, line in enumerate(lines):
            if line.startswith('  File "%s"' % name):
                start = i
        if start == 0 and not lines[0].startswith('  File'):
            start = len(lines) - 1  # no location: the message line only
        with open(os.path.join(d, name[:-3] + '.err'), 'wb') as f:
            f.write(''.join(lines[start:]).encode('utf-8', 'surrogateescape'))


main()
