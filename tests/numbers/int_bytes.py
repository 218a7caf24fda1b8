# int.to_bytes and int.from_bytes

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for v in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, -32768, 2**63, -2**63, 2**64 - 1, 2**100 + 7, -2**100]:
    for n in [1, 2, 8, 9, 16]:
        for order in ['big', 'little']:
            for signed in [False, True]:
                try:
                    b = v.to_bytes(n, order, signed=signed)
                except OverflowError as e:
                    print(v, n, order, signed, 'OverflowError', e)
                    continue
                back = int.from_bytes(b, order, signed=signed)
                print(v, n, order, signed, b, back)
show('(1024).to_bytes()', lambda: (1024).to_bytes())
print((5).to_bytes(3), (5).to_bytes(length=2, byteorder='little'), (255).to_bytes())
print(int.from_bytes(b''), int.from_bytes(b'\x00\x01'), int.from_bytes(b'\xff', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x80\x00'), 'little', signed=True),
      int.from_bytes((255, 255), 'big', signed=True), int.from_bytes(memoryview(b'\x01\x02'), 'big'))
print(int.from_bytes(b'\x01' * 40, 'big'))

class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x01\x00', 'big')
print(type(r).__name__, r, bool.from_bytes(b'\x00'), bool.from_bytes(b'\x02'))
show('(256).to_bytes(1)', lambda: (256).to_bytes(1))
show('(-1).to_bytes(1)', lambda: (-1).to_bytes(1))
show('(1).to_bytes(-1)', lambda: (1).to_bytes(-1))
show('(1).to_bytes(1, "middle")', lambda: (1).to_bytes(1, "middle"))
show('(1).to_bytes(1, 5)', lambda: (1).to_bytes(1, 5))
show('(1).to_bytes(1.5)', lambda: (1).to_bytes(1.5))
show('(1).to_bytes(1, "big", True)', lambda: (1).to_bytes(1, "big", True))
show('int.from_bytes("ab")', lambda: int.from_bytes("ab"))
show('int.from_bytes(5)', lambda: int.from_bytes(5))
show('int.from_bytes([256])', lambda: int.from_bytes([256]))
show('int.from_bytes([-1])', lambda: int.from_bytes([-1]))
show('int.from_bytes(b"a", "x")', lambda: int.from_bytes(b"a", "x"))
show('int.from_bytes()', lambda: int.from_bytes())
show('(0).to_bytes(0)', lambda: (0).to_bytes(0))
show('(1).to_bytes(0)', lambda: (1).to_bytes(0))
