#!/usr/bin/env python3
"""Differential test of kaa's parser against CPython's: mutate lines of
CPython's standard library at random (drop, duplicate or swap tokens and
characters), parse each mutant with both, and list the differences in the
tree dump or in the SyntaxError (type, message, line, offsets, text).

  python3 scripts/syntax_diff.py [-n COUNT] [--seed S] [--show N] [--mode MODE]

Needs scripts/parsecheck built into a temporary directory (done here with
`go build`). A testing aid: the differences it finds become golden tests.
"""
import argparse
import ast
import json
import os
import random
import subprocess
import sys
import sysconfig
import tempfile
import tokenize
import io


def corpus_lines(rng, count):
    root = sysconfig.get_path('stdlib')
    files = []
    for d, dirs, names in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != 'site-packages')
        files += [os.path.join(d, n) for n in sorted(names) if n.endswith('.py')]
    out = []
    while len(out) < count:
        f = rng.choice(files)
        try:
            lines = open(f, encoding='utf-8').read().splitlines(keepends=True)
        except (UnicodeDecodeError, OSError):
            continue
        if not lines:
            continue
        i = rng.randrange(len(lines))
        k = rng.choice([1, 1, 2, 3, 5, 8, 15])
        out.append(''.join(lines[i:i + k]))
    return out


def mutate(rng, src):
    try:
        toks = [t.string for t in tokenize.generate_tokens(io.StringIO(src).readline)
                if t.string and t.type not in (tokenize.INDENT, tokenize.DEDENT)]
    except Exception:
        toks = []
    choice = rng.randrange(7)
    if choice == 0 and len(src) > 1:
        i = rng.randrange(len(src))
        return src[:i] + src[i + 1:]
    if choice == 1 and len(src) > 1:
        i = rng.randrange(len(src))
        return src[:i] + rng.choice('()[]{}:,.=*+-\'"\\\n @#!fbru') + src[i:]
    if choice == 2 and toks:
        t = rng.choice(toks)
        return src.replace(t, '', 1)
    if choice == 3 and len(toks) > 1:
        a, b = rng.sample(toks, 2)
        i = src.find(a)
        return src[:i] + b + src[i:]
    if choice == 4:
        lines = src.splitlines(keepends=True)
        i = rng.randrange(len(lines))
        l = lines[i]
        lines[i] = l.lstrip(' \t') if l.startswith((' ', '\t')) else rng.choice(['  ', '\t', ' ']) + l
        return ''.join(lines)
    if choice == 5 and toks:
        t = rng.choice(toks)
        i = src.find(t)
        return src[:i] + t + ' ' + t + src[i + len(t):]
    return src


def cpython(src, mode):
    try:
        t = ast.parse(src.encode('utf-8', 'surrogateescape'), '<s>', mode, type_comments=True)
        return {'ok': ast.dump(t, include_attributes=True)}
    except SyntaxError as e:
        return {'err': [type(e).__name__, e.msg, e.lineno or 0, e.offset or 0,
                        e.end_lineno or 0, e.end_offset or 0, e.text or '']}
    except (ValueError, MemoryError, RecursionError) as e:
        return {'skip': str(e)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('-n', type=int, default=2000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--show', type=int, default=20)
    ap.add_argument('--mode', default='exec', choices=['exec', 'eval', 'single', 'func_type'])
    opts = ap.parse_args()
    rng = random.Random(opts.seed)
    srcs = [mutate(rng, s) for s in corpus_lines(rng, opts.n)]
    srcs = [s for s in srcs if '\0' not in s]
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, 'parsecheck')
        subprocess.run(['go', 'build', '-o', exe, './scripts/parsecheck'], check=True)
        data = '\n\0\0\n'.join(srcs).encode('utf-8', 'surrogateescape')
        out = subprocess.run([exe, opts.mode], input=data, capture_output=True, check=True).stdout
    kaa = [json.loads(l) for l in out.decode().splitlines()]
    diffs = 0
    for src, k in zip(srcs, kaa):
        c = cpython(src, opts.mode)
        if 'skip' in c:
            continue
        if 'err' in c and 'err' in k:
            c['err'][6] = c['err'][6].rstrip('\n')
            k['err'][6] = k['err'][6].rstrip('\n')
            if c['err'][5] in (-1, 0):
                c['err'][5] = 0
            if k['err'][5] in (-1, 0):
                k['err'][5] = 0
        if c != k:
            diffs += 1
            if diffs <= opts.show:
                print('SOURCE %r' % src)
                print('  cpython: %s' % json.dumps(c)[:400])
                print('  kaa:     %s' % json.dumps(k)[:400])
    print('%d sources, %d differences' % (len(srcs), diffs))


main()
