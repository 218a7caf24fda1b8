# nargs forms, actions and value conversion
import argparse
import sys
import os as _os
# The help width must not depend on the terminal.  Tests run side by side in
# one process, so the program swaps in its own environment instead of
# changing the real one.
_os.environ = dict(_os.environ, COLUMNS='80')

sys.stderr = sys.stdout


def run(parser, *argvs):
    for argv in argvs:
        try:
            print(argv, '->', parser.parse_args(argv))
        except SystemExit as e:
            print('exit', e.code)


p = argparse.ArgumentParser(prog='n')
p.add_argument('first')
p.add_argument('opt', nargs='?', default='dflt')
p.add_argument('rest', nargs='*')
p.add_argument('--two', nargs=2, type=int)
p.add_argument('--many', nargs='+')
p.add_argument('--maybe', nargs='?', const='C', default='D')
run(p, ['x'], ['x', 'y', 'z', 'w'], ['x', '--two', '1', '2'], ['x', '--many', 'a', 'b', '--', 'c'],
    ['x', '--maybe'], ['x', '--maybe', 'v'], ['x', '--two', '1'], ['x', '--many'], ['x', '--two', 'a', 'b'])

p = argparse.ArgumentParser(prog='acts')
p.add_argument('--c', action='store_const', const=42)
p.add_argument('-t', action='store_true')
p.add_argument('-f', action='store_false')
p.add_argument('--app', action='append')
p.add_argument('--ac', action='append_const', const='k', dest='consts')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('-q', action='count')
run(p, [], ['--c', '-t', '-f', '--app', '1', '--app', '2', '--ac', '--ac', '--ext', 'a', 'b', '--ext', 'c', '-qqq'],
    ['-tf'], ['-tq', '-q'])

p = argparse.ArgumentParser(prog='rem')
p.add_argument('cmd')
p.add_argument('args', nargs=argparse.REMAINDER)
run(p, ['ls', '-l', '--all', 'x'], ['run'])

p = argparse.ArgumentParser(prog='neg')
p.add_argument('-x', type=float)
p.add_argument('nums', nargs='*', type=int)
run(p, ['-x', '-1.5', '-3', '4'], ['-x', '2', '--', '-7'])

p = argparse.ArgumentParser(prog='short')
p.add_argument('-n', type=int)
p.add_argument('-abc', action='store_true')
p.add_argument('--long-name', dest='ln')
p.add_argument('--longer')
run(p, ['-n5'], ['-n=5'], ['-abc'], ['--long', 'v'], ['--long-n', 'v'], ['--lo', 'v'], ['--longer=q'])

p = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
p.add_argument('--verbose', action='store_true')
run(p, ['--verb'], ['--verbose'])

def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v

p = argparse.ArgumentParser(prog='types')
p.add_argument('--p', type=positive)
p.add_argument('--c', type=complex)
p.add_argument('--d', default='7', type=int)
p.add_argument('--ch', type=int, choices=range(3))
run(p, ['--p', '3'], ['--p', '-1'], ['--p', 'z'], ['--c', '1+2j'], [], ['--ch', '2'], ['--ch', '5'])

ns = argparse.Namespace(a=1, b='x')
print(ns, vars(ns), 'a' in ns, ns == argparse.Namespace(a=1, b='x'), ns != argparse.Namespace())
print(p.parse_args(['--d', '1'], namespace=argparse.Namespace(extra=True)))
print(p.get_default('d'), p.get_default('zz'))
p.set_defaults(d=99, new='n')
print(p.parse_args([]))
