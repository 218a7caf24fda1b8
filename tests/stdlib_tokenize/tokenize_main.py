# tokenize.main() and ast.main() (the python -m command lines), run on
# files in a temporary directory.
import ast
import os
import sys
import tempfile
import tokenize

d = tempfile.mkdtemp()
os.chdir(d)
with open('good.py', 'w') as f:
    f.write("def f(x):\n    return x ** 2  # square\n")
with open('bad.py', 'w') as f:
    f.write("if x:\n        a\n    b\n")
with open('expr.py', 'w') as f:
    f.write('a + b * 2\n')
with open('sig.py', 'w') as f:
    f.write('(int, str) -> None\n')
with open('open.py', 'w') as f:
    f.write("x = (1,\n")

def run(main, *args):
    print('$', *args)
    sys.argv = ['prog'] + list(args)
    try:
        main()
    except SystemExit as e:
        print('exit', e.code)
    sys.stdout.flush()

run(tokenize.main, 'good.py')
run(tokenize.main, '-e', 'good.py')
run(tokenize.main, 'bad.py')
run(tokenize.main, 'open.py')
run(tokenize.main, 'missing.py')
run(ast.main, 'good.py')
run(ast.main, '-a', '-i', '1', 'good.py')
run(ast.main, '--mode=eval', '--indent', '0', 'expr.py')
run(ast.main, '--mode', 'bogus', 'good.py')
run(ast.main, '--no-type', '--inc', 'good.py')
run(ast.main, 'missing.py')
run(ast.main, '-h')
run(ast.main, '-i')
run(ast.main, '-ix', 'good.py')
run(ast.main, '--in', '2', 'good.py')
run(ast.main, 'a.py', 'b.py')
run(ast.main, '-m', 'func_type', 'sig.py')
run(tokenize.main, '-h')
run(tokenize.main, 'a.py', 'b.py')
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
