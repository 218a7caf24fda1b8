# list indexing, slicing with steps, slice assignment and deletion


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = list(range(10))
print(a[0], a[-1], a[3:7], a[:3], a[7:], a[::2], a[1::3], a[::-1], a[8:2:-2])
print(a[-100:100], a[100:], a[:-100], a[5:5], a[7:3], a[::-3], a[-1:-11:-4])
print(a[2:9:3], a[9:2:-3], a[True], a[False:True])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a['1'])
show(lambda: a[1.0])
show(lambda: a[::0])
show(lambda: a[1:'x'])
show(lambda: a[2**100])
show(lambda: a[2**100:])
show(lambda: a[-2**100:2])


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(a[I(3)], a[I(1):I(4)], a[::I(-4)])


def assign(target, value):
    b = list(range(8))
    try:
        b[target] = value
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(b)


assign(slice(2, 5), ['x'])
assign(slice(2, 5), [])
assign(slice(2, 2), 'abc')
assign(slice(None), (9, 9))
assign(slice(6, 2), ['y', 'z'])
assign(slice(None, None, 2), 'abcd')
assign(slice(None, None, 2), 'abc')
assign(slice(None, None, -3), [0, 0, 0])
assign(slice(1, 7, 2), range(3))
assign(slice(1, 7, 2), 5)
assign(slice(1, 3), 5)
assign(slice(100, 200), [1])
assign(slice(0, 1, 1), [7, 8])
assign(8, 'x')
assign(-9, 'x')
assign('a', 'x')


def delete(target):
    b = list(range(10))
    try:
        del b[target]
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(b)


delete(slice(2, 5))
delete(slice(None, None, 2))
delete(slice(None, None, -2))
delete(slice(1, 9, 3))
delete(slice(8, 1, -3))
delete(slice(5, 2))
delete(slice(None))
delete(-1)
delete(10)
delete(slice(None, None, 0))
delete('x')

# self-assignment
c = [1, 2, 3]
c[1:2] = c
print(c)
c[::-1] = c
print(c)
c[:] = c[::-1]
print(c)

# slices are copies
d = [[1], [2]]
e = d[:]
e[0].append(9)
e[1] = None
print(d, e)
