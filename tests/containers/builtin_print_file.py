# print to sys.stdout, sys.stderr and user objects; flush; str() errors
import sys

print('to stdout')
print('to stderr', file=sys.stderr)
sys.stderr.flush()
print('flushed', flush=True)
sys.stdout.write('written directly\n')
print(sys.stdout.write('abc\n'))


class Lines:
    def __init__(self):
        self.data = ''

    def write(self, s):
        self.data += s
        return len(s)


out = Lines()
print('a', 1, None, [2], sep='|', end='#', file=out)
print(file=out)
print(*'xyz', file=out, sep='')
print(repr(out.data))


class BadStr:
    def __str__(self):
        raise RuntimeError('cannot str')


try:
    print('before', BadStr(), 'after')
except RuntimeError as e:
    print('RuntimeError', e)


class NoWrite:
    pass


try:
    print('x', file=NoWrite())
except AttributeError as e:
    print('AttributeError', e)


class Flushy:
    def write(self, s):
        pass

    def flush(self):
        print('flush called')


print('quiet', file=Flushy(), flush=True)
print('quiet', file=Flushy(), flush=False)
saved = sys.stdout
sys.stdout = None
print('goes nowhere')
sys.stdout = saved
print('back', end='\n\n')
print('', end='')
print('é ☺ \U0001F600')
