# Random help texts wrapped at random widths, as textwrap would.
import argparse, random, sys, os
os.environ = dict(os.environ, COLUMNS='80')  # private: programs share the process
rng = random.Random(2)
PIECES = ['word', 'a', 'hyphen-ated', 'well-known-thing', '--', '-x', 'x--y', 'end.', 'Mr.', 'ok!', '\xa0', '\u2003', 'ünï', 'éé-éé', '—', '...', '"q"', "it's", '--long-option', 'a-b', 'ab-cd', 'abc-d-e', '9-9', 'x' * 30, 'y' * 70, '\t', '\n', '  ']
for i in range(100):
    text = ' '.join(rng.choice(PIECES) for _ in range(rng.randint(1, 25)))
    width = rng.randint(20, 100)
    os.environ['COLUMNS'] = str(width)
    p = argparse.ArgumentParser(prog='w', description=text)
    p.add_argument('--opt', help=text)
    print(repr(p.format_help()))
