# The bytes and bytearray constructors, and bytes' special methods.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class B:
    def __bytes__(self):
        return b"xy"
class BB:
    def __bytes__(self):
        return "no"
class I:
    def __index__(self):
        return 3
for name, f in [("bytes", bytes), ("bytearray", bytearray)]:
    show(name + "()", lambda: f())
    show(name + "(3)", lambda: f(3))
    show(name + "(0)", lambda: f(0))
    show(name + "(-1)", lambda: f(-1))
    show(name + "(1.5)", lambda: f(1.5))
    show(name + "('a')", lambda: f("a"))
    show(name + "('é', 'utf-8')", lambda: f("é", "utf-8"))
    show(name + "('é', 'ascii', 'replace')", lambda: f("é", "ascii", "replace"))
    show(name + "('é', 'ascii')", lambda: f("é", "ascii"))
    show(name + "(b'a', 'ascii')", lambda: f(b"a", "ascii"))
    show(name + "(1, errors)", lambda: f(1, errors="x"))
    show(name + "([1, 2, 255])", lambda: f([1, 2, 255]))
    show(name + "([256])", lambda: f([256]))
    show(name + "([-1])", lambda: f([-1]))
    show(name + "(['a'])", lambda: f(["a"]))
    show(name + "(B())", lambda: f(B()))
    show(name + "(BB())", lambda: f(BB()))
    show(name + "(I())", lambda: f(I()))
    show(name + "(range(3))", lambda: f(range(3)))
    show(name + "(bytearray)", lambda: f(bytearray(b"zz")))
    show(name + "(memoryview)", lambda: f(memoryview(b"mv")))
    show(name + "(iter)", lambda: f(iter([1, 2])))
    show(name + "(None)", lambda: f(None))
    show(name + "(x=1)", lambda: f(x=1))
    show(name + "(source=1)", lambda: f(source=1))
    show(name + "(2**63)", lambda: f(2**63))
    show(name + "(True)", lambda: f(True))
    show(name + "({1: 2})", lambda: f({1: 2}))
    show(name + "(encoding=int)", lambda: f("a", encoding=1))
    show(name + " fromhex", lambda: f.fromhex("61 62 7a"))
    show(name + " fromhex bad", lambda: f.fromhex("6"))
    show(name + " fromhex bytes", lambda: f.fromhex(b"61"))
print(b"ab".__bytes__(), b"ab".__getnewargs__(), bytes(5).__getnewargs__())

class MyBytes(bytes):
    pass
m = MyBytes(b"abc")
print(type(m).__name__, m, repr(m), len(m), m[0], m + b"d", type(m + b"d").__name__, bytes(m), type(bytes(m)).__name__)
print(type(MyBytes.fromhex("61")).__name__, MyBytes.fromhex("6162"))
class MyArray(bytearray):
    pass
a = MyArray(b"xyz")
print(repr(a), a.upper(), type(a.upper()).__name__, a[1:], len(a))
a.append(33)
print(repr(a), type(MyArray.fromhex("41")).__name__)
