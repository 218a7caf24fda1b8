# tempfile: files and directories that clean up after themselves
import os
import stat
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), os.path.isdir(tempfile.gettempdir()))
print(type(tempfile.gettempdirb()).__name__, os.path.isabs(tempfile.gettempdir()))

top = tempfile.mkdtemp(prefix='kaa-', suffix='-test')
name = os.path.basename(top)
print(name.startswith('kaa-'), name.endswith('-test'), len(name) == len('kaa--test') + 8)
print(oct(stat.S_IMODE(os.stat(top).st_mode)))

fd, path = tempfile.mkstemp(dir=top, suffix='.dat')
print(type(fd).__name__, os.path.dirname(path) == top, path.endswith('.dat'), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b'data')
os.close(fd)
with open(path, 'rb') as f:
    print(f.read())
fd, bpath = tempfile.mkstemp(dir=os.fsencode(top), prefix=b'b')
os.close(fd)
print(type(bpath).__name__, os.path.basename(bpath)[:1])
try:
    tempfile.mkstemp(dir=top, prefix=b'x', suffix='y')
except TypeError as e:
    print('TypeError', e)

with tempfile.NamedTemporaryFile(mode='w+', dir=top, suffix='.txt', encoding='utf-8') as f:
    print(os.path.exists(f.name), f.name.endswith('.txt'), f.mode)
    f.write('line one\nline two\n')
    f.flush()
    f.seek(0)
    print(f.read().splitlines(), list(open(f.name)))
    f.seek(0)
    print([line for line in f])
print(os.path.exists(f.name))
f = tempfile.NamedTemporaryFile(dir=top, delete=False)
f.write(b'kept')
f.close()
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.remove(f.name)

with tempfile.TemporaryFile(dir=top) as f:
    f.write(b'anonymous')
    f.seek(0)
    print(f.read(), sorted(os.listdir(top)) == sorted(os.path.basename(p) for p in [path, bpath.decode()]))
with tempfile.TemporaryFile('w+', dir=top) as f:
    f.write('text')
    f.seek(0)
    print(f.read())

with tempfile.TemporaryDirectory(dir=top) as d:
    print(os.path.isdir(d), os.path.dirname(d) == top)
    with open(os.path.join(d, 'f'), 'w') as fh:
        fh.write('x')
    os.mkdir(os.path.join(d, 'sub'))
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(dir=top, prefix='p')
print(repr(td).startswith('<TemporaryDirectory '), os.path.basename(td.name)[0])
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))

s = tempfile.SpooledTemporaryFile(max_size=10, mode='w+b')
s.write(b'12345')
print(s._rolled, s.tell(), s.name)
s.write(b'678901')
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('text mode')
    s.seek(0)
    print(s.read(), s._rolled)
    s.rollover()
    s.seek(5)
    print(s.read(), s._rolled)

m = tempfile.mktemp(dir=top, suffix='.m')
print(os.path.exists(m), m.endswith('.m'))

import shutil
shutil.rmtree(top)
print(os.path.exists(top))
