# print (sep, end, file, flush), chr, ord, bin, hex, oct, format, ascii,
# repr of builtins


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print()
print(1, 'two', 3.0, None, [4])
print(1, 2, 3, sep='-')
print(1, 2, sep='', end='|\n')
print('no newline', end='')
print(' <- continued')
print(sep=None, end=None)
print('a', 'b', sep=None, end=None)
print(*range(5), sep=', ')
print(*[], sep='x')


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.parts.append('<flush>')


sink = Sink()
print('to', 'sink', file=sink)
print('again', file=sink, end='!', flush=True)
print(sink.parts)
print('default file', file=None)
show(lambda: print(sep=1))
show(lambda: print(end=1))
show(lambda: print(1, file=1))
show(lambda: print(1, foo=1))


class S:
    def __str__(self):
        return 'str-of-S'

    def __repr__(self):
        return 'repr-of-S'


print(S(), [S()], str(S()), repr(S()))

print(chr(65), chr(0x263A), chr(0), chr(0x10FFFF) == '\U0010ffff', ord('A'), ord('\u263a'), ord(b'z'), ord('\U0001F600'))
show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: chr('a'))
show(lambda: chr(2 ** 70))
show(lambda: chr(1.5))
show(lambda: ord(''))
show(lambda: ord('ab'))
show(lambda: ord(1))
show(lambda: ord(b''))
print(bin(10), bin(-5), bin(0), oct(8), oct(-64), hex(255), hex(-255), hex(0), hex(2 ** 70), bin(True))
show(lambda: bin(1.5))
show(lambda: hex('a'))


class Idx:
    def __index__(self):
        return 42


print(bin(Idx()), oct(Idx()), hex(Idx()), chr(Idx()))
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '>3'), format(12345, ','), format(1), format(None))
show(lambda: format(1, 2))
show(lambda: format([1], 'x'))
print(format([1]), format(S()), format(S(), ''))
print(ascii('abc'), ascii('é\n'), ascii('\u263a'), ascii('\U0001F600'), ascii([1, 'ü']), ascii(b'\xff'))
print(repr(print), repr(len), repr(abs), len.__name__, print.__name__, len.__module__ if hasattr(len, '__module__') else '')
print(repr(exit), repr(quit), repr(help), type(exit).__name__, type(help).__name__)
