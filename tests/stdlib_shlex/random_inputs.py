# Random inputs for shlex, pure paths and getopt (seeded, so CPython and
# kaa see the same cases).
import random, sys, shlex, pathlib, getopt
rng = random.Random(3)
ALPH = ['a', 'b', ' ', '  ', '"', "'", '\\', '#', ';', '|', '&', '(', ')', '\n', '\t', 'é', '$', '*', '-', '=', '.', '/']
for i in range(100):
    s = ''.join(rng.choice(ALPH) for _ in range(rng.randint(0, 12)))
    for kw in [{}, {'posix': False}, {'comments': True}]:
        try:
            r = shlex.split(s, **kw)
        except ValueError as e:
            r = 'ValueError %s' % e
        print(repr(s), kw, r)
    for pc in [True, '|&', False]:
        for posix in (True, False):
            lx = shlex.shlex(s, posix=posix, punctuation_chars=pc)
            try:
                print(list(lx))
            except ValueError as e:
                print('ValueError', e)
    print(shlex.quote(s))
PA = ['a', 'b', '.', '..', '', '/', '//', '\\', 'c:', 'C:', 'x.txt', '.hid', 'a.b.c', '~', ' ', 'UNC', '?']
for i in range(120):
    parts = [''.join(rng.choice(PA) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 3))]
    for cls in (pathlib.PurePosixPath, pathlib.PureWindowsPath):
        try:
            p = cls(*parts)
            print(cls.__name__, parts, str(p), p.parts, p.drive, p.root, p.name, p.suffix, p.suffixes, p.stem, str(p.parent), p.is_absolute(), p.is_reserved(), p.as_posix())
            for other in parts:
                try:
                    print(' rel', str(p.relative_to(other)))
                except ValueError as e:
                    print(' rel ValueError', e)
                print(' match', p.match(other) if other else None, str(p / other), p == cls(other), p < cls(other) if True else 0)
            try:
                print(' ws', str(p.with_suffix('.q')), str(p.with_name('n')))
            except ValueError as e:
                print(' ws ValueError', e)
        except Exception as e:
            print(cls.__name__, parts, type(e).__name__, e)
OPTS = ['-a', '-b', '-c', '-abc', '-bval', '--alpha', '--al', '--beta=1', '--beta', '--', '-', 'x', 'y', '--gam']
for i in range(80):
    args = [rng.choice(OPTS) for _ in range(rng.randint(0, 5))]
    for f in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(f(args, 'ab:c', ['alpha', 'beta=', 'gamma', 'gam']))
        except getopt.GetoptError as e:
            print('err', e, e.opt)
