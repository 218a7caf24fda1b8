# concrete paths: reading, writing, directories, globbing, renaming
import os
import tempfile
from pathlib import Path, PosixPath, WindowsPath

base = Path(tempfile.mkdtemp()).resolve()


def rel(p):
    return p.relative_to(base).as_posix()


print(type(base).__name__, base.is_absolute(), base.is_dir(), base.exists())
f = base / 'hello.txt'
print(f.exists(), f.is_file())
print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes())
print(f.exists(), f.is_file(), f.is_dir(), f.stat().st_size, f.is_symlink())
b = base / 'data.bin'
print(b.write_bytes(b'\x00\x01\x02'), b.read_bytes(), b.write_bytes(bytearray(b'ab')))
try:
    f.write_text(b'bytes')
except TypeError as e:
    print('TypeError', e)
with f.open() as fh:
    print(fh.readline(), end='')
with (base / 'app.txt').open('a') as fh:
    fh.write('appended')
print((base / 'app.txt').read_text())

d = base / 'x' / 'y' / 'z'
try:
    d.mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
d.mkdir(parents=True)
d.mkdir(parents=True, exist_ok=True)
try:
    d.mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    f.mkdir(exist_ok=True)
except FileExistsError as e:
    print('FileExistsError', e.errno)
(d / 'deep.py').touch()
(base / 'x' / 'mid.py').write_text('pass\n')
(base / '.hidden.py').touch()
t = base / 'touched'
t.touch()
try:
    t.touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e.errno)

print(sorted(rel(p) for p in base.iterdir()))
print(sorted(rel(p) for p in base.glob('*.txt')))
print(sorted(rel(p) for p in base.glob('**/*.py')))
print(sorted(rel(p) for p in base.rglob('*.py')))
print(sorted(rel(p) for p in base.glob('x/*')), sorted(rel(p) for p in base.glob('*/')))
print(sorted(rel(p) for p in base.glob('**')), sorted(rel(p) for p in base.glob('x/y')))
print(sorted(rel(p) for p in base.glob('nothing*')), sorted(rel(p) for p in base.rglob('z')))
for bad in ['', '/abs', 'a**b']:
    try:
        print(list(base.glob(bad)))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

n = f.rename(base / 'renamed.txt')
print(type(n).__name__, rel(n), f.exists(), n.exists())
r = n.replace(base / 'app.txt')
print(rel(r), r.read_text())
(base / 'gone').touch()
(base / 'gone').unlink()
(base / 'gone').unlink(missing_ok=True)
try:
    (base / 'gone').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, Path(e.filename).name)
try:
    (base / 'x').rmdir()
except OSError as e:
    print(type(e).__name__, e.errno)
(d / 'deep.py').unlink()
d.rmdir()
print(d.exists(), d.parent.exists())

link = base / 'link'
link.symlink_to('app.txt')
print(link.is_symlink(), link.is_file(), link.readlink(), link.resolve() == base / 'app.txt', link.lstat().st_size != link.stat().st_size)
dl = base / 'dirlink'
dl.symlink_to(base / 'x', target_is_directory=True)
print(dl.is_dir(), (dl / 'y' / '..' / 'mid.py').resolve() == base / 'x' / 'mid.py')
print(Path(base, 'x', '..', 'app.txt').resolve() == base / 'app.txt', (base / 'missing' / '..' / 'q').resolve() == base / 'q')
(base / 'loop1').symlink_to('loop2')
(base / 'loop2').symlink_to('loop1')
print(rel(Path(os.path.realpath(base / 'loop1'))), rel(Path(os.path.realpath(base / 'loop1' / 'x'))))
try:
    (base / 'loop1').resolve()
except RuntimeError as e:
    print('RuntimeError', str(e).replace(str(base), '<tmp>'), type(e.__context__).__name__)
for strict in (False, True):
    try:
        print(rel(Path(os.path.realpath(base / 'loop1', strict=strict))))
    except OSError as e:
        print(type(e).__name__, e.errno)
try:
    (base / 'loop1').resolve(strict=True)
except RuntimeError as e:
    print('RuntimeError', str(e).replace(str(base), '<tmp>'))
try:
    (base / 'absent').resolve(strict=True)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
(base / 'chain').symlink_to(base / 'dirlink' / 'y')
print(rel((base / 'chain').resolve()), rel(Path(os.path.realpath(str(base / 'chain') + '/../mid.py'))))
print(base.samefile(str(base)), (base / 'app.txt').samefile(link))

print(Path('rel/p').absolute() == Path.cwd() / 'rel' / 'p', Path('/abs').absolute())
print(Path('~').expanduser() == Path.home(), Path('~/x').expanduser().name, Path('a/~').expanduser())
print(Path() == Path('.'), Path('a', 'b') == PosixPath('a/b'), repr(Path('a')))
try:
    WindowsPath('x')
except NotImplementedError as e:
    print('NotImplementedError', e)
print((base / 'x').is_mount(), Path('/').is_mount(), base.exists(), (base / 'nope' / 'x').is_dir())
m = base / 'mode'
m.touch()
m.chmod(0o600)
print(oct(m.stat().st_mode & 0o777))

import shutil
shutil.rmtree(base)
print(base.exists())
