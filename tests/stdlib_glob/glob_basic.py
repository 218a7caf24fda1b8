# glob, iglob, recursive '**', hidden files, escape, root_dir
import glob
import os
import tempfile

base = tempfile.mkdtemp()
files = ['a.txt', 'b.txt', 'c.py', '.hidden', '.hid.txt', 'sub/d.txt', 'sub/e.py',
         'sub/deeper/f.txt', 'sub/.hdir/g.txt', '[x].txt', 'q?.txt', 'other/h.md']
for f in files:
    path = os.path.join(base, f)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as fh:
        fh.write(f)
os.makedirs(os.path.join(base, 'emptydir'))


def show(paths):
    return sorted(os.path.relpath(p, base) if os.path.isabs(p) else p for p in paths)


def run(pattern, **kw):
    print(pattern, kw, show(glob.glob(os.path.join(base, pattern), **kw)))


for pat in ['*', '*.txt', '?.py', '.*', '*/*.txt', 'sub/*', 'sub/*/', '*/', '[ab].txt', '[!a]*.txt',
            'nothing*', 'sub', 'sub/', 'a.txt', 'missing.txt', '**', '**/*.txt', 'sub/**', 'sub/**/', '*/*/*.txt',
            '[[]x].txt', 'q[?].txt']:
    run(pat)
for pat in ['**', '**/*.txt', 'sub/**/*.txt', '**/', '**/*.py']:
    run(pat, recursive=True)
for pat in ['*', '**/*.txt', 'sub/*']:
    run(pat, recursive=True, include_hidden=True)

# relative patterns under root_dir (no chdir: programs share the process)
print(sorted(glob.glob('*.txt', root_dir=base)), sorted(glob.glob('**/*.py', root_dir=base, recursive=True)), sorted(glob.glob('**', root_dir=base, recursive=True))[:5])
print(sorted(glob.iglob('sub/*', root_dir=base)), type(glob.iglob('*')).__name__ in ('generator', 'chain'))
print(sorted(glob.glob('*.txt', root_dir=base)), sorted(glob.glob('**/', root_dir=base, recursive=True)))
print(sorted(glob.glob(b'*.py', root_dir=os.fsencode(base))))
print(glob.escape('a*b?c[d].txt'), glob.escape(b'x[1]*'), glob.escape('plain'))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'))
print(glob.glob(''), glob.glob('', recursive=True))

import shutil
shutil.rmtree(base)
print(os.path.exists(base))
