# int methods and attributes

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

vals = [0, 1, -1, 2, 5, -5, 255, 256, -256, 2**31 - 1, 2**63 - 1, -2**63, 2**64, -2**64 + 1, 10**30, -(10**30), True, False]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator, type(v.real).__name__, v.__index__(), v.__int__(), v.__float__(),
          v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__abs__(), v.__neg__(), v.__pos__(),
          v.__invert__(), v.__bool__(), v.__hash__(), v.__getnewargs__(), v.__sizeof__())
print(int.bit_length(255), int.conjugate(True), type(True.conjugate()).__name__)
print((12).__add__(3), (12).__radd__(3), (12).__sub__(3), (12).__rsub__(3), (12).__mul__(3), (12).__rmul__(3))
print((12).__add__(3.0), (12).__eq__(12.0), (12).__lt__(13), (12).__eq__("x"), (12).__ne__(12))
print((12).__lshift__(2), (12).__rlshift__(2), (12).__rshift__(2), (12).__rrshift__(200))
print((12).__and__(10), (12).__rand__(10), (12).__or__(3), (12).__ror__(3), (12).__xor__(5), (12).__rxor__(5))
print(int.__new__(int, 5), int.__new__(bool, 1) if False else 'skip')
show('(5).bit_length(1)', lambda: (5).bit_length(1))
show('int.bit_length("x")', lambda: int.bit_length("x"))
show('(5).real = 3', lambda: setattr(5, 'real', 3))
show('(5).foo', lambda: (5).foo)
show('(5).as_integer_ratio(1)', lambda: (5).as_integer_ratio(1))
print(sorted(n for n in dir(int) if not n.startswith('_')))
print(int.__doc__.splitlines()[0])
