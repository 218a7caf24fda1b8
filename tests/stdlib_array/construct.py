# array: construction from every kind of initializer, typecodes, repr.
from array import array, typecodes, ArrayType
import array as array_module

print(typecodes, ArrayType is array, array.__module__, array.__name__)
for code in typecodes:
    a = array(code)
    print(code, a, a.itemsize, a.typecode, len(a))

print(array('i', [1, 2, 3]), array('d', (1, 2.5)), array('b', range(-3, 3)))
print(array('u', 'hello'), array('u', ['a', 'b']))
print(array('B', b'\x01\x02'), array('h', b'\x01\x00\xff\xff'))
print(array('d', array('i', [1, 2])), array('i', array('i', [5])))
print(array('f', [0.1, 1e38, -2.5]))
print(array('Q', [2**64 - 1]), array('q', [-2**63]), array('L', [2**64 - 1]))
print(array('i', iter([7, 8])), array('i', (x * x for x in range(4))))

for args in [('z',), (1,), ('ii',), ('',), ('i', 'abc'), ('h', b'abc'),
             ('i', array('d', [1.5])), ('u', array('i', [1])), ('i', array('u', 'a')),
             ('i', 5), ('i', [1], 3)]:
    try:
        print(array(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    array('i', initializer=[1])
except TypeError as e:
    print("TypeError", e)

class MyArray(array):
    def total(self):
        return sum(self)

m = MyArray('i', [1, 2, 3])
print(m, m.total(), isinstance(m, array), type(m[0:2]).__name__, m + m)
print(repr(array('u')), str(array('d', [1.0])))
