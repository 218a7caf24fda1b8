# getopt and gnu_getopt: short and long options, abbreviations, errors
import getopt
import os

# a private environment: programs run side by side in one process
real_environ = os.environ
os.environ = dict(real_environ)
os.environ.pop('POSIXLY_CORRECT', None)

cases = [
    (['-a', '-b', 'val', 'file'], 'ab:', []),
    (['-abval', 'x', '-a'], 'ab:', []),
    (['-ab', 'val', '--', '-a'], 'ab:', []),
    (['--alpha', '--beta=3', 'rest'], '', ['alpha', 'beta=']),
    (['--beta', '3', '--al'], '', ['alpha', 'beta=']),
    (['-', '-a'], 'a', []),
    (['file', '-a'], 'a', []),
    (['--verb'], '', ['verbose', 'version']),
    (['--vers'], '', ['verbose', 'version']),
    (['--verbose=1'], '', ['verbose']),
    (['--beta'], '', ['beta=']),
    (['-x'], 'ab', []),
    (['-b'], 'ab:', []),
    (['--nope'], 'a', ['alpha']),
    (['--alpha'], '', 'alpha'),
    (['-a:'], 'a:', []),
]
for args, short, longs in cases:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, fn(args, short, longs))
        except getopt.GetoptError as e:
            print(fn.__name__, args, 'GetoptError:', e, repr(e.opt), e.msg)

print(getopt.gnu_getopt(['x', '-a', 'y', '--', '-b'], 'ab'))
print(getopt.gnu_getopt(['x', '-a', 'y'], '+ab'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['x', '-a', 'y'], 'ab'))
os.environ = real_environ
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('message', 'o')
print(str(e), e.args, repr(e))
