# subcommands, parents, argument groups and mutually exclusive groups
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


p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
s = sub.add_parser('status', help='show status')
s.add_argument('paths', nargs='*')
s.set_defaults(func='status-func')
run(p, ['commit', '-m', 'hi'], ['ci', '-m', 'x', '--amend'], ['--debug', 'status', 'a', 'b'], ['status'],
    ['commit'], ['bogus'], [])
for argv in (['-h'], ['commit', '-h'], ['status', '--help']):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)

p = argparse.ArgumentParser(prog='req')
sub = p.add_subparsers(title='commands', description='what to do', dest='cmd', required=True, metavar='CMD')
sub.add_parser('a', help='do a')
sub.add_parser('b')
run(p, [], ['a'], ['b', 'extra'])
p.print_help()

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
g = parent.add_argument_group('shared group', 'options shared by children')
g.add_argument('--gopt', type=int)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('pos')
run(child, ['x', '--shared', 'y', '--gopt', '3'])
child.print_help()

p = argparse.ArgumentParser(prog='mx')
m = p.add_mutually_exclusive_group()
m.add_argument('-a', action='store_true')
m.add_argument('-b', action='store_true')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--on', action='store_true')
r.add_argument('--off', action='store_true')
r.add_argument('--level', type=int)
run(p, ['--on'], ['-a', '--off'], ['-a', '-b', '--on'], [], ['--on', '--off'], ['--level', '1', '--on'])
p.print_help()

p = argparse.ArgumentParser(prog='grp', description='Grouped options.')
io = p.add_argument_group('input/output')
io.add_argument('-i', '--input', help='input file')
io.add_argument('-o', '--output', help='output file')
other = p.add_argument_group('other', description='Other settings that are rarely used but documented anyway for completeness.')
other.add_argument('--x', help=argparse.SUPPRESS)
other.add_argument('--y', type=int, default=1, help='the y value [%(type)s, default %(default)s]')
p.print_help()
print(p.format_usage(), end='')
