# Random parsers and command lines (a seeded generator, so the same cases
# run under CPython and kaa): help text, results and errors must agree.
import argparse, random, sys, io, os
os.environ = dict(os.environ, COLUMNS='80')  # private: programs share the process
sys.stderr = sys.stdout
rng = random.Random(1)
NARGS = [None, '?', '*', '+', 1, 2, argparse.REMAINDER]
WORDS = ['alpha', 'beta', 'gamma-delta', 'x', 'file.txt', 'some-long-option-name', 'v', 'q']
def build():
    p = argparse.ArgumentParser(prog=rng.choice(['p', 'prog', 'a-very-long-program-name-here']),
                                description=rng.choice([None, 'Some description text that may wrap around when it is long enough to need it.']),
                                add_help=rng.random() < 0.8, allow_abbrev=rng.random() < 0.8)
    used = set()
    specs = []
    for i in range(rng.randint(0, 6)):
        if rng.random() < 0.4:
            name = 'pos%d' % i
            nargs = rng.choice([None, '?', '*', '+', 2])
            kw = {}
            if nargs is not None: kw['nargs'] = nargs
            if rng.random() < 0.2: kw['choices'] = ['a', 'b', 'c']
            if rng.random() < 0.2: kw['type'] = int
            if rng.random() < 0.3: kw['help'] = 'help for %s with %%(default)s' % name
            if rng.random() < 0.2: kw['metavar'] = name.upper()
            specs.append(((name,), kw))
        else:
            w = rng.choice(WORDS)
            if w in used: continue
            used.add(w)
            names = ['--' + w]
            if rng.random() < 0.5 and w[0] not in used:
                names.insert(0, '-' + w[0]); used.add(w[0])
            action = rng.choice(['store', 'store_true', 'count', 'append', 'store_const', 'extend', 'bool'])
            kw = {}
            if action == 'bool':
                kw['action'] = argparse.BooleanOptionalAction
            else:
                kw['action'] = action
            if action in ('store', 'append'):
                n = rng.choice([None, None, '?', '*', '+', 2])
                if n is not None: kw['nargs'] = n
                if n == '?': kw['const'] = 'C'
                if rng.random() < 0.3: kw['type'] = int
                if rng.random() < 0.2: kw['choices'] = [1, 2, 3] if kw.get('type') else ['a', 'b']
                if rng.random() < 0.2: kw['required'] = True
                if rng.random() < 0.2: kw['default'] = '5'
            if action == 'extend': kw['nargs'] = '+'
            if action == 'store_const': kw['const'] = 42
            if rng.random() < 0.5: kw['help'] = rng.choice(['short', 'a much longer help string that needs wrapping across several lines of output text', '%(prog)s uses %(dest)s'])
            specs.append((tuple(names), kw))
    groups = []
    for names, kw in specs:
        try:
            p.add_argument(*names, **kw)
        except Exception as e:
            print('add', names, type(e).__name__, e)
    return p
def argv():
    out = []
    for i in range(rng.randint(0, 6)):
        r = rng.random()
        if r < 0.4:
            out.append(rng.choice(['a', 'b', '1', '2', '-1', 'zz', 'file']))
        elif r < 0.8:
            w = rng.choice(WORDS)
            out.append(rng.choice(['--' + w, '-' + w[0], '--' + w[:3], '--no-' + w, '-' + w[0] + 'x', '--' + w + '=1']))
        else:
            out.append(rng.choice(['--', '-', '-vq', '-xv']))
    return out
for case in range(40):
    p = build()
    print('=== case', case)
    try:
        print(p.format_help())
    except Exception as e:
        print('help', type(e).__name__, e)
    for j in range(5):
        a = argv()
        try:
            print(a, p.parse_args(a))
        except SystemExit as e:
            print(a, 'exit', e.code)
        except Exception as e:
            print(a, type(e).__name__, e)
        try:
            print(a, p.parse_known_args(a))
        except SystemExit as e:
            print(a, 'exit', e.code)
        except Exception as e:
            print(a, type(e).__name__, e)
