#!/usr/bin/env python3
"""Compare the speed of kaa's parser with CPython's ast.parse over CPython's
standard library (every .py file outside site-packages), both parsing the
same sources from memory, in the same run; then kaa's peak memory parsing
every file in turn against parsing the largest file alone.

  python3 scripts/parse_speed.py [--runs N]

kaa's side is scripts/parsebench, built into a temporary directory. Times
are the best of --runs runs; CPU time is user + system time of the parsing
alone (files are read beforehand). Memory is the maximum resident set size
that /usr/bin/time -v reports for `parsebench -stream` (each file read just
before it is parsed).
"""
import argparse
import ast
import os
import re
import subprocess
import sys
import sysconfig
import tempfile
import time


def corpus():
    root = sysconfig.get_path('stdlib')
    files = []
    for d, dirs, names in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != 'site-packages')
        files += [os.path.join(d, n) for n in sorted(names) if n.endswith('.py')]
    return files


def cpython_time(files, srcs):
    c0, t0 = time.process_time(), time.perf_counter()
    for name, src in zip(files, srcs):
        try:
            ast.parse(src, name, type_comments=True)
        except SyntaxError:
            pass
    return time.perf_counter() - t0, time.process_time() - c0


def kaa_time(exe, listfile):
    out = subprocess.run([exe], stdin=open(listfile), capture_output=True, check=True).stdout.decode()
    m = re.search(r'wall=([\d.]+) cpu=([\d.]+)', out)
    return float(m.group(1)), float(m.group(2))


def max_rss(cmd, stdin=None):
    p = subprocess.run(['/usr/bin/time', '-v'] + cmd, stdin=stdin, capture_output=True)
    m = re.search(r'Maximum resident set size \(kbytes\): (\d+)', p.stderr.decode())
    return int(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=3)
    opts = ap.parse_args()
    files = corpus()
    srcs = [open(f, 'rb').read() for f in files]
    total = sum(len(s) for s in srcs)
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, 'parsebench')
        subprocess.run(['go', 'build', '-o', exe, './scripts/parsebench'], check=True)
        listfile = os.path.join(tmp, 'files.txt')
        with open(listfile, 'w') as f:
            f.write('\n'.join(files) + '\n')
        py, kaa = [], []
        for _ in range(opts.runs):
            py.append(cpython_time(files, srcs))
            kaa.append(kaa_time(exe, listfile))
        pyw, pyc = min(w for w, _ in py), min(c for _, c in py)
        kw, kc = min(w for w, _ in kaa), min(c for _, c in kaa)
        print('%d files, %.1f MB, best of %d runs' % (len(files), total / 1e6, opts.runs))
        print('  CPython ast.parse: wall %6.2f s   cpu %6.2f s' % (pyw, pyc))
        print('  kaa parser:        wall %6.2f s   cpu %6.2f s' % (kw, kc))
        print('  kaa is %.1fx faster (wall), %.1fx (cpu)' % (pyw / kw, pyc / kc))
        largest = max(files, key=os.path.getsize)
        all_rss = max_rss([exe, '-stream'], stdin=open(listfile))
        big_rss = max_rss([exe, '-stream', largest])
        print('peak RSS, every file in turn: %d KB' % all_rss)
        print('peak RSS, largest file (%s, %d bytes) alone: %d KB  -> ratio %.2f'
              % (os.path.relpath(largest, sysconfig.get_path('stdlib')), os.path.getsize(largest),
                 big_rss, all_rss / big_rss))
        heaviest, heavy_rss = None, 0
        for f in sorted(files, key=os.path.getsize)[-12:]:
            r = max_rss([exe, '-stream', f])
            if r > heavy_rss:
                heaviest, heavy_rss = f, r
        print('peak RSS, most memory-hungry of the 12 largest files (%s) alone: %d KB  -> ratio %.2f'
              % (os.path.relpath(heaviest, sysconfig.get_path('stdlib')), heavy_rss, all_rss / heavy_rss))


if __name__ == '__main__':
    sys.exit(main())
