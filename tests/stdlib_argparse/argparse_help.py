# help and usage formatting: wrapping, metavars, formatter classes
import argparse
import sys
import os as _os
# The help width must not depend on the terminal.  Tests run side by side in
# one process, so the program swaps in its own environment instead of
# changing the real one.
_os.environ = dict(_os.environ, COLUMNS='80')

sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='a-rather-long-program-name-that-takes-space')
for i in range(8):
    p.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
p.add_argument('input', nargs='+')
p.add_argument('output')
p.print_help()

p = argparse.ArgumentParser(prog='short')
for i in range(6):
    p.add_argument('--option-number-%d' % i, metavar=('A', 'B'), nargs=2)
p.add_argument('pos1')
p.add_argument('pos2', nargs='*', metavar=('X', 'Y'))
p.print_usage()

p = argparse.ArgumentParser(prog='onlypos', add_help=False)
p.add_argument('alpha-beta-gamma-delta-epsilon-zeta-eta-theta-iota-kappa-lambda')
p.add_argument('mu', nargs='?')
p.add_argument('nu', nargs=3)
p.print_help()

p = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='Line one\n   indented line two\n\nparagraph', epilog='  keep\n  this')
p.add_argument('--z', help='a  lot   of    spaces collapse')
p.print_help()

p = argparse.ArgumentParser(prog='rawtext', formatter_class=argparse.RawTextHelpFormatter)
p.add_argument('--z', help='line 1\n  line 2')
p.print_help()

p = argparse.ArgumentParser(prog='defaults', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--n', type=int, default=4, help='number')
p.add_argument('--s', help='string')
p.add_argument('--f', action='store_true', help='flag')
p.add_argument('p', nargs='?', default='pp', help='pos')
p.add_argument('q', help='qq')
p.print_help()

p = argparse.ArgumentParser(prog='types', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('--n', type=int)
p.add_argument('f', type=float)
p.print_help()

p = argparse.ArgumentParser(prog='usage', usage='%(prog)s [options] FILE', description='desc %(prog)s')
p.add_argument('--verbose-output-with-a-long-name', action='store_true',
               help='a help text long enough that it has to be wrapped over several lines by the formatter, honouring the width')
p.print_help()

p = argparse.ArgumentParser(prog='wide', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=60))
p.add_argument('--alpha', help='the first letter of the greek alphabet which is used a lot')
p.add_argument('--beta-gamma-delta', help='more letters')
p.print_help()

p = argparse.ArgumentParser(prog='choices')
p.add_argument('--color', choices=['red', 'green'], help='one of %(choices)s')
p.add_argument('kind', choices=['a', 'b'])
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('-x', dest='ex', metavar='X', help='%(dest)s %(metavar)s %(prog)s %%')
p.print_help()
print(repr(p.format_usage()))
print(p)
a = p._actions[1]
print(a)

# the width follows COLUMNS (minus 2)
_os.environ = dict(_os.environ, COLUMNS='50')
p = argparse.ArgumentParser(prog='narrow', description='A description that is long enough to be wrapped at the narrower width.')
p.add_argument('--some-option', metavar='VALUE', help='non-breaking-hyphenated-words and well-known tool-chains wrap at hyphens')
p.add_argument('--x', help='averyveryveryverylongwordwithoutanyspacesthatmustbebrokenbecauseitistoolong')
p.add_argument('items', nargs='*', help='items — with a dash -- and unicode ünïcödé text')
p.print_help()
_os.environ = dict(_os.environ, COLUMNS='80')
