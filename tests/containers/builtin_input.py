# input() reads a line from sys.stdin; at the end of input it raises
# EOFError. The conformance programs run with stdin closed.
import sys

try:
    line = input('prompt> ')
    print('got', repr(line))
except EOFError as e:
    print()
    print('EOFError', e)
try:
    input(1, 2)
except TypeError as e:
    print('TypeError', e)


class FakeIn:
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ''


old = sys.stdin
sys.stdin = FakeIn(['first line\n', 'second'])
print(repr(input()), repr(input('> ')))
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdin = old


class Out:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)

    def flush(self):
        pass


saved = sys.stdout
sys.stdout = Out()
sys.stdin = FakeIn(['x\n'])
value = input('question? ')
captured = sys.stdout.text
sys.stdout = saved
sys.stdin = old
print(repr(value), captured)
