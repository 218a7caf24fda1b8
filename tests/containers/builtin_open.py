# open(): text and binary files, modes, newlines, encodings, iteration,
# seek/tell, the with statement, and the errors


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def show_msg(f):
    # io.UnsupportedOperation is reported by its message only
    try:
        print(repr(f()))
    except Exception as e:
        print(isinstance(e, OSError), e)


path = '/tmp/kaa_tests_containers_open.txt'
show(lambda: open('/nonexistent-dir/x'))
show(lambda: open('/'))
show(lambda: open(path, 'rw'))
show(lambda: open(path, 'q'))
show(lambda: open(path, 'rr'))
show(lambda: open(path, 'tb'))
show(lambda: open(path, 'wb', encoding='utf-8'))
show(lambda: open(path, 'wb', newline=''))
show(lambda: open(path, 'w', newline='x'))
show(lambda: open(path, 'r', buffering=0))
show(lambda: open(1.5))
show(lambda: open(path, 1))
show(lambda: open())

f = open(path, 'w')
print(f.write('a\nb\r\nc'), f.closed, f.mode, f.name == path, f.writable(), f.readable())
f.close()
print(f.closed)
show(lambda: f.write('x'))
print(open(path, 'rb').read())
print(repr(open(path).read()), repr(open(path, newline='').readlines()), repr(open(path, newline='\r\n').readlines()))
print(open(path).readlines(), list(open(path)), open(path).readline(), open(path).readline(1))

with open(path, 'w') as f:
    f.write('hello\nworld\n')
    f.writelines(['x', 'y\n'])
print(f.closed)
with open(path) as f:
    print(repr(f.readline()), f.tell(), list(f), f.closed)
with open(path, 'a') as f:
    print(f.tell(), f.write('more'))
with open(path, 'r+') as f:
    print(f.read(3), repr(f.read()), f.seek(0), f.read(1), f.tell())
with open(path, 'rb') as f:
    print(f.read(3), f.seek(-2, 2), f.read(), f.tell(), f.mode, f.seek(0), f.readline(), f.readline(2))
with open(path, 'r+b') as f:
    f.seek(2)
    f.write(b'LL')
    f.seek(0)
    print(f.read(), f.tell())
    print(f.truncate(5), f.seek(0, 2))
print(open(path).read())
show(lambda: open(path, 'x'))
show_msg(lambda: open(path).seek(1, 1))
show_msg(lambda: open(path).write('x'))
show_msg(lambda: open(path, 'w').read())
show(lambda: open(path, 'w').write(b'x'))
show(lambda: open(path, 'wb').write('x'))

# encodings
with open(path, 'w', encoding='utf-8') as f:
    f.write('h\u00e9llo \u263a\n')
print(open(path, 'rb').read(), repr(open(path, encoding='utf-8').read()), open(path, encoding='latin-1').read(3))
with open(path, 'w', encoding='latin-1') as f:
    f.write('caf\u00e9')
print(open(path, 'rb').read())
show(lambda: open(path, 'w', encoding='ascii').write('\u00e9'))
with open(path, 'wb') as f:
    f.write(b'\xff\xfe ok')
try:
    open(path).read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.start, e.end)
print(repr(open(path, errors='replace').read()), repr(open(path, errors='ignore').read()))
print(type(open(path)).__name__, type(open(path, 'rb')).__name__, type(open(path, 'wb')).__name__,
      type(open(path, 'r+b')).__name__, type(open(path, 'rb', buffering=0)).__name__)
print(open(path).encoding, open(path, encoding='latin-1').encoding, open(path).errors)
