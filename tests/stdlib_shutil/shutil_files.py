# shutil: copying, trees, moving, removing, which, terminal size
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()


def rel(p):
    return os.path.relpath(p, base) if p is not None else None


def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for f in sorted(filenames):
            full = os.path.join(dirpath, f)
            with open(full) as fh:
                out.append((os.path.relpath(full, top), fh.read()))
    return out


src = os.path.join(base, 'src.txt')
with open(src, 'w') as f:
    f.write('hello\n')
os.chmod(src, 0o640)
os.utime(src, (1000000000, 1000000000))

print(rel(shutil.copyfile(src, os.path.join(base, 'copy1.txt'))))
print(oct(stat.S_IMODE(os.stat(os.path.join(base, 'copy1.txt')).st_mode)) != '0o640' or 'umask')
print(rel(shutil.copy(src, os.path.join(base, 'copy2.txt'))), oct(stat.S_IMODE(os.stat(os.path.join(base, 'copy2.txt')).st_mode)))
d = os.path.join(base, 'dir')
os.mkdir(d)
print(rel(shutil.copy2(src, d)), os.stat(os.path.join(d, 'src.txt')).st_mtime, oct(stat.S_IMODE(os.stat(os.path.join(d, 'src.txt')).st_mode)))
shutil.copymode(src, os.path.join(base, 'copy1.txt'))
print(oct(stat.S_IMODE(os.stat(os.path.join(base, 'copy1.txt')).st_mode)))
shutil.copystat(src, os.path.join(base, 'copy1.txt'))
print(os.stat(os.path.join(base, 'copy1.txt')).st_mtime)

try:
    shutil.copyfile(src, src)
except shutil.SameFileError as e:
    print('SameFileError', str(e).replace(base, '<tmp>'))
try:
    shutil.copyfile(os.path.join(base, 'missing'), os.path.join(base, 'x'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, rel(e.filename))
try:
    shutil.copyfile(src, os.path.join(base, 'nodir', 'x'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

with open(src, 'rb') as a, open(os.path.join(base, 'obj.bin'), 'wb') as b:
    shutil.copyfileobj(a, b, 2)
print(open(os.path.join(base, 'obj.bin')).read(), end='')

t = os.path.join(base, 'tree')
for p in ['a/one.txt', 'a/b/two.txt', 'a/b/skip.pyc', 'c/three.txt', 'top.txt']:
    full = os.path.join(t, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(p)
print(rel(shutil.copytree(t, os.path.join(base, 'tree2'))))
print(tree(os.path.join(base, 'tree2')))
shutil.copytree(t, os.path.join(base, 'tree3'), ignore=shutil.ignore_patterns('*.pyc', 'c'))
print(tree(os.path.join(base, 'tree3')))
try:
    shutil.copytree(t, os.path.join(base, 'tree3'))
except FileExistsError as e:
    print('FileExistsError', e.errno, rel(e.filename))
shutil.copytree(t, os.path.join(base, 'tree3'), dirs_exist_ok=True)
print(len(tree(os.path.join(base, 'tree3'))))
print(sorted(shutil.ignore_patterns('*.txt', 'a*')('/x', ['a.txt', 'abc', 'b.py', 'c.txt'])))

print(rel(shutil.move(os.path.join(base, 'copy1.txt'), os.path.join(base, 'moved.txt'))))
print(rel(shutil.move(os.path.join(base, 'moved.txt'), d)))
print(rel(shutil.move(os.path.join(base, 'tree2'), os.path.join(base, 'tree4'))))
print(sorted(os.listdir(d)), os.path.exists(os.path.join(base, 'tree2')))
try:
    shutil.move(os.path.join(base, 'copy2.txt'), d)
    shutil.copy(src, os.path.join(base, 'copy2.txt'))
    shutil.move(os.path.join(base, 'copy2.txt'), d)
except shutil.Error as e:
    print('Error', str(e).replace(base, '<tmp>'))

shutil.rmtree(os.path.join(base, 'tree4'))
print(os.path.exists(os.path.join(base, 'tree4')))
try:
    shutil.rmtree(os.path.join(base, 'nothere'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, rel(e.filename))
shutil.rmtree(os.path.join(base, 'nothere'), ignore_errors=True)
errors = []
shutil.rmtree(os.path.join(base, 'nothere'), onerror=lambda f, p, e: errors.append((f.__name__, rel(p), e[0].__name__)))
print(errors)

bindir = os.path.join(base, 'bin')
os.mkdir(bindir)
tool = os.path.join(bindir, 'mytool')
with open(tool, 'w') as f:
    f.write('#!/bin/sh\n')
print(shutil.which('mytool', path=bindir))
os.chmod(tool, 0o755)
print(rel(shutil.which('mytool', path=bindir)), shutil.which('nonexistent-tool-xyz', path=bindir))
print(rel(shutil.which(tool)), shutil.which('mytool', path=''))
# Programs run side by side in one process: swap in a private environment
# rather than changing the real one.
real_environ = os.environ
os.environ = dict(real_environ, PATH=bindir)
print(rel(shutil.which('mytool')))
os.environ = dict(real_environ, COLUMNS='120', LINES='40')
print(shutil.get_terminal_size())
os.environ = dict(real_environ, COLUMNS='bad')
sz = shutil.get_terminal_size((99, 33))
print(type(sz).__name__, sz.columns > 0, sz.lines > 0)
os.environ = real_environ
print(os.terminal_size((3, 4)), os.terminal_size((3, 4)).lines)
du = shutil.disk_usage(base)
print(type(du).__name__, du._fields, du.total >= du.used >= 0, 0 <= du.free <= du.total)
sv = os.statvfs(base)
print(type(sv).__name__, len(sv), sv.f_frsize > 0, sv.f_blocks == sv[2], type(sv.f_fsid).__name__)
try:
    shutil.disk_usage(os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, rel(e.filename))
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))

# symbolic links
lt = os.path.join(base, 'links')
os.makedirs(os.path.join(lt, 'real'))
with open(os.path.join(lt, 'real', 'f.txt'), 'w') as f:
    f.write('target')
os.symlink('real', os.path.join(lt, 'dirlink'))
os.symlink(os.path.join('real', 'f.txt'), os.path.join(lt, 'filelink'))
shutil.copytree(lt, os.path.join(base, 'links2'), symlinks=True)
print(os.path.islink(os.path.join(base, 'links2', 'dirlink')), os.readlink(os.path.join(base, 'links2', 'filelink')))
shutil.copytree(lt, os.path.join(base, 'links3'))
print(os.path.islink(os.path.join(base, 'links3', 'dirlink')), sorted(os.listdir(os.path.join(base, 'links3', 'dirlink'))))
shutil.copyfile(os.path.join(lt, 'filelink'), os.path.join(base, 'nolink'), follow_symlinks=False)
print(os.path.islink(os.path.join(base, 'nolink')))
try:
    shutil.rmtree(os.path.join(lt, 'dirlink'))
except OSError as e:
    print('OSError', e)
shutil.rmtree(lt)
print(os.path.exists(lt))
try:
    shutil.rmtree(src)
except NotADirectoryError as e:
    print('NotADirectoryError', e.errno, rel(e.filename))

shutil.rmtree(base)
print(os.path.exists(base))
