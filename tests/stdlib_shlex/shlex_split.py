# shlex.split, quote and join
import shlex

cases = [
    'a b c', '  leading and trailing  ', "it's \"quoted\" 'text'", 'esc\\ aped back\\\\slash',
    '"double \\" inner" \'single \\ stays\'', 'a"b"c d\'e\'f', 'x # comment here', '',
    'tabs\tand\nnewlines', '"$HOME" ~/x *.py', 'unicode ünï cödé', '"" \'\' empty',
    'a\\\nb', '"\\a\\b\\\\"',
]


def show(label, s, **kw):
    try:
        print(label, shlex.split(s, **kw))
    except ValueError as e:
        print(label, type(e).__name__, e)


for s in cases:
    show(repr(s), s)
    show('  comments:', s, comments=True)
    show('  classic:', s, posix=False)

for bad in ['"unterminated', "'also", 'trailing\\']:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print(type(e).__name__, e)

for s in ['', 'simple', 'with space', "it's", 'a"b', '$x', 'tab\there', 'safe-chars_@%+=:,./', 'ünï', '*', "''"]:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
print(shlex.join(['echo', 'hello world', "it's", '', 'x*']))
print(shlex.split(shlex.join(['a b', 'c"d', "e'f"])))
