# the basics: positionals, options, help, version and errors
import argparse
import sys
import os as _os
# The help width must not depend on the terminal.  Tests run side by side in
# one process, so the program swaps in its own environment instead of
# changing the real one.
_os.environ = dict(_os.environ, COLUMNS='80')
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='tool', description='A tool that does things with files and other objects, wrapping long descriptions across lines as it goes.', epilog='See the docs.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-o', '--output', metavar='FILE', help='where to write the output of the well-known long-running operation')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--level', type=int, default=3, help='level (default: %(default)s)')
p.add_argument('--flag', action=argparse.BooleanOptionalAction)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
print(p.parse_args(['a', 'b', '-vv', '--mode', 'slow', '--level=5', '--no-flag']))
print(p.parse_args(['a', '--out', 'x']))
p.print_help()
for args in [[], ['a', '--mode', 'x'], ['a', '--level', 'q'], ['a', '--bogus'], ['--version'], ['-h']]:
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)
