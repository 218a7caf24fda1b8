# pure paths: parsing, parts, names, joining, comparisons (POSIX and Windows)
from pathlib import PurePath, PurePosixPath, PureWindowsPath


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for s in ['', '.', 'a', 'a/b', '/a/b/', '//a/b', '///a', 'a/./b/../c', '/', 'a//b', './a', '~/x',
          'archive.tar.gz', '.bashrc', 'x.', '..', '/..', 'dir/.hidden.txt']:
    p = PurePosixPath(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), p.parent, p.is_absolute())

for s in ['c:\\a\\b', 'C:/a/b', 'c:a', '\\\\server\\share\\x\\y', '//server/share', '\\a', 'a/b\\c',
          'C:\\', 'NUL', 'con.txt', 'C:/dir/file.Tar.GZ', '\\\\?\\C:\\x', '\\\\?\\UNC\\srv\\sh\\f', '']:
    w = PureWindowsPath(s)
    print(repr(s), str(w), repr(w), w.parts, repr(w.drive), repr(w.root), w.is_absolute(), w.is_reserved(), w.as_posix())

p = PurePosixPath('/usr', 'lib', PurePosixPath('python3'), 'x.py')
print(p, p / 'y', 'pre' / PurePosixPath('q'), p / '/abs', p.joinpath('a', 'b'))
print(PurePosixPath('a', '/b', 'c'), PureWindowsPath('c:/a', 'd:b'), PureWindowsPath('c:/a', '/b'), PureWindowsPath('c:/a', 'C:b'))
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
print(attempt(lambda: p.parents[10]), list(PurePosixPath('a/b').parents))
print(p.with_name('other.txt'), p.with_suffix('.pyc'), p.with_suffix(''), p.with_stem('new'))
print(PurePosixPath('a/b.tar.gz').with_suffix('.bz2'), PurePosixPath('noext').with_suffix('.txt'))
for bad in [lambda: PurePosixPath('/').with_name('x'), lambda: p.with_name('a/b'), lambda: p.with_name(''),
            lambda: p.with_suffix('txt'), lambda: p.with_suffix('.'), lambda: p.with_suffix('./x'),
            lambda: PurePosixPath('').with_suffix('.x'), lambda: PureWindowsPath('c:/x').with_name('d:y')]:
    print(attempt(bad))

print(p.relative_to('/usr'), p.relative_to('/usr/lib/python3/x.py'), p.relative_to('/', 'usr'))
print(attempt(p.relative_to, '/etc'), attempt(p.relative_to, 'usr'), attempt(p.relative_to))
print(p.is_relative_to('/usr'), p.is_relative_to('/etc'), PurePosixPath('a/b').relative_to('a'))
print(PureWindowsPath('C:/Users/X').relative_to('c:/users'), attempt(PureWindowsPath('C:/a').relative_to, 'D:/'))

print(PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('A') == PurePosixPath('a'), PurePosixPath('a') == 'a')
print(PureWindowsPath('A') == PureWindowsPath('a'), PurePosixPath('a') == PureWindowsPath('a'))
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a'), PurePosixPath('/z')]))
print(PurePosixPath('a') < PurePosixPath('b'), attempt(lambda: PurePosixPath('a') < PureWindowsPath('b')))
print(hash(PurePosixPath('a/b')) == hash(PurePosixPath('a//b')), hash(PureWindowsPath('A')) == hash(PureWindowsPath('a')))
print(len({PurePosixPath('x'), PurePosixPath('x/'), PurePosixPath('./x')}))

for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'), ('/a/b.py', '/*.py'),
                  ('/a/b.py', '/a/*.py'), ('a/b.py', '**/*.py'), ('B.PY', '*.py'), ('x', 'x/y')]:
    print(path, pat, PurePosixPath(path).match(pat), PureWindowsPath(path).match(pat))
print(attempt(PurePosixPath('a').match, ''))

print(PurePosixPath('/a b/c').as_uri(), PureWindowsPath('c:/a b/c').as_uri(), PureWindowsPath('//srv/sh/f').as_uri())
print(attempt(PurePosixPath('rel').as_uri), bytes(PurePosixPath('/x/ü')), str(PurePosixPath('/x/ü')))
print(attempt(PurePosixPath, 1), attempt(PurePosixPath, b'bytes'))
print(type(PurePath('x')).__name__, isinstance(PurePosixPath('x'), PurePath))
import os
print(os.fspath(PurePosixPath('a/b')), os.path.join(PurePosixPath('a'), 'b'))
print(PurePosixPath('/a/b').__reduce__())
