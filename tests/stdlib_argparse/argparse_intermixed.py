# parse_known_args, parse_intermixed_args, prefix characters, files of arguments
import argparse
import os
import sys
import os as _os
# The help width must not depend on the terminal.  Tests run side by side in
# one process, so the program swaps in its own environment instead of
# changing the real one.
_os.environ = dict(_os.environ, COLUMNS='80')
import tempfile

sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_known_args(['doit', '1', '--foo', 'bar', '2', '3']))
print(p.parse_intermixed_args(['doit', '1', '--foo', 'bar', '2', '3']))
print(p.parse_known_intermixed_args(['doit', '--foo', 'bar', '--zz', '2']))
try:
    p.parse_intermixed_args(['--foo', 'x'])
except SystemExit as e:
    print('exit', e.code)

q = argparse.ArgumentParser(prog='bad')
q.add_argument('r', nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)

p = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
p.add_argument('+f', action='store_true')
p.add_argument('++bar')
p.add_argument('-x')
print(p.parse_args(['+f', '++bar', 'B', '-x', '1']))
p.print_help()

p = argparse.ArgumentParser(prog='slash', prefix_chars='/')
p.add_argument('/v', action='store_true')
print(p.parse_args(['/v']))
p.print_help()

d = tempfile.mkdtemp()
path = os.path.join(d, 'args.txt')
with open(path, 'w') as f:
    f.write('--foo\nFROMFILE\ncmd\n')
p = argparse.ArgumentParser(prog='files', fromfile_prefix_chars='@')
p.add_argument('--foo')
p.add_argument('cmd')
print(p.parse_args(['@' + path]))
import io
sys.stderr = io.StringIO()
try:
    p.parse_args(['@' + os.path.join(d, 'missing')])
except SystemExit as e:
    print(sys.stderr.getvalue().replace(d, '<tmp>'), end='')
    print('exit', e.code)
sys.stderr = sys.stdout
os.remove(path)
os.rmdir(d)

p = argparse.ArgumentParser(prog='negnum')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('x', nargs='?')
print(p.parse_args(['-1']))
try:
    p.parse_args(['-2'])
except SystemExit as e:
    print('exit', e.code)

old = sys.argv
sys.argv = ['/some/where/prog.py', '--foo', 'v', 'c']
p = argparse.ArgumentParser()
p.add_argument('--foo')
p.add_argument('c')
print(p.prog, p.parse_args())
sys.argv = old
