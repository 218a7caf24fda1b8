# error messages, exit statuses and misuse of the API
import argparse
import sys
import os as _os
# The help width must not depend on the terminal.  Tests run side by side in
# one process, so the program swaps in its own environment instead of
# changing the real one.
_os.environ = dict(_os.environ, COLUMNS='80')

sys.stderr = sys.stdout


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', r)
    except SystemExit as e:
        print('exit', e.code)
    except Exception as e:
        print(type(e).__name__, e)


p = argparse.ArgumentParser(prog='e')
p.add_argument('--opt')
p.add_argument('--option')
p.add_argument('-x', type=int)
p.add_argument('n', type=int)
attempt(p.parse_args, ['--op', '1', '2'])
attempt(p.parse_args, ['--opt'])
attempt(p.parse_args, ['-x'])
attempt(p.parse_args, ['-x', 'one', '2'])
attempt(p.parse_args, ['1', '2', '3'])
attempt(p.parse_args, ['1', '-y'])
attempt(p.parse_known_args, ['1', '-y', 'zz', '--opt', 'o'])
attempt(p.parse_args, ['--opt=a=b', '5'])

p = argparse.ArgumentParser(prog='e2', exit_on_error=False)
p.add_argument('--n', type=int)
attempt(p.parse_args, ['--n', 'x'])
attempt(p.parse_args, ['--n'])

p = argparse.ArgumentParser(prog='e3')
attempt(p.add_argument, 'x', dest='y')
attempt(p.add_argument, '--a', nargs=0)
attempt(p.add_argument, '--a', action='append', nargs=0)
attempt(p.add_argument, '--a', const=1)
attempt(p.add_argument, '--a', action='nope')
attempt(p.add_argument, '--a', type='int')
attempt(p.add_argument, '--a', type=argparse.FileType)
attempt(p.add_argument, 'pos', required=True)
attempt(p.add_argument, 'bad', nargs=2, metavar=('A', 'B', 'C'))
attempt(p.add_argument, 'x', nargs='wat')
attempt(p.add_argument, '-')
p.add_argument('--dup')
attempt(p.add_argument, '--dup')
attempt(p.add_argument, '-h')
q = argparse.ArgumentParser(prog='e4', conflict_handler='resolve')
q.add_argument('-v', '--verbose', help='old')
q.add_argument('-v', help='new')
q.print_help()
attempt(argparse.ArgumentParser, conflict_handler='bogus')
g = p.add_mutually_exclusive_group()
attempt(g.add_argument, 'must', help='positional')

e = argparse.ArgumentError(None, 'plain message')
print(str(e), e.argument_name)
act = p._actions[-1]
e = argparse.ArgumentError(act, 'about dup')
print(str(e), e.argument_name)

p = argparse.ArgumentParser(prog='exits')
attempt(p.exit, 3, 'bye\n')
attempt(p.error, 'custom problem')
attempt(p.exit)

p = argparse.ArgumentParser(prog='ver')
p.add_argument('-V', action='version', version='version %(prog)s 2')
attempt(p.parse_args, ['-V'])

ft = argparse.FileType('w', encoding='utf-8')
print(repr(ft), repr(argparse.FileType()), repr(argparse.FileType('rb', 0)))
print(ft('-') is sys.stdout)
attempt(argparse.FileType('r'), '/nonexistent/dir/file')
