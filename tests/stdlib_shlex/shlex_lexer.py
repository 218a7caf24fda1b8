# the shlex class: tokens in classic and posix modes, punctuation, pushback
import io
import shlex


def tokens(lexer):
    out = []
    while True:
        t = lexer.get_token()
        if t == lexer.eof:
            return out
        out.append(t)


text = 'name = "value with spaces" # a comment\nother=1;x|y&&z (a) b.c-d'
print(tokens(shlex.shlex(text)))
print(tokens(shlex.shlex(text, posix=True)))
print(tokens(shlex.shlex(text, punctuation_chars=True)))
print(tokens(shlex.shlex(text, posix=True, punctuation_chars=True)))
print(tokens(shlex.shlex(text, punctuation_chars='=;')))
lx = shlex.shlex('a && b || c; d > out.txt 2>&1', posix=True, punctuation_chars=True)
lx.whitespace_split = True
print(list(lx))

lx = shlex.shlex(io.StringIO('one two\nthree "four five"\n six'), infile='in.txt', posix=True)
print(lx.get_token(), lx.lineno)
lx.push_token('pushed')
print(lx.get_token(), lx.get_token(), lx.get_token(), lx.lineno)
print(lx.error_leader())
print(list(lx), lx.lineno)
print(lx.get_token() is None, lx.eof)

lx = shlex.shlex('a b c')
lx.push_source('inner1 inner2')
print(list(lx))

lx = shlex.shlex("path/to/file -opt 'q' \"dq\" x=y", posix=False)
lx.wordchars += '/-='
print(list(lx))
lx = shlex.shlex("a,b;c", posix=True)
lx.whitespace = ','
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex('a "b \\"c\\" d" e\\ f', posix=True)
lx.escapedquotes = '"\''
print(list(lx))
print(shlex.shlex('x').punctuation_chars, repr(shlex.shlex('x', punctuation_chars=True).punctuation_chars))
try:
    list(shlex.shlex('"open', posix=True))
except ValueError as e:
    print('ValueError', e)
