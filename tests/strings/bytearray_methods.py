# The mutating methods of bytearray and item and slice assignment.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

a = bytearray(b"abc")
a.append(100)
a.extend(b"ef")
a.extend([103, 104])
a.extend(iter([105]))
a.extend(bytearray(b"j"))
a.insert(0, 65)
a.insert(100, 90)
a.insert(-100, 48)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("c"))
print(a)
a.reverse()
print(a)
c = a.copy()
c[0] = 33
print(a, c, c is a)
a.clear()
print(a, len(a))
a += b"xyz"
a *= 2
print(a)
a *= 0
print(a)
show("append big", lambda: bytearray().append(256))
show("append str", lambda: bytearray().append("x"))
show("pop empty", lambda: bytearray().pop())
show("pop range", lambda: bytearray(b"a").pop(5))
show("pop str", lambda: bytearray(b"a").pop("x"))
show("remove missing", lambda: bytearray(b"a").remove(9))
show("remove range", lambda: bytearray(b"a").remove(300))
show("remove bytes", lambda: bytearray(b"a").remove(b"a"))
show("insert range", lambda: bytearray(b"a").insert(0, 300))
show("extend str", lambda: bytearray(b"a").extend("x"))
show("extend int", lambda: bytearray(b"a").extend(5))
show("extend bad items", lambda: bytearray(b"a").extend([1, 300]))
b = bytearray(b"abcdef")
b[0] = 65
b[-1] = 70
print(b)
b[1:3] = b"XYZ"
print(b)
b[1:4] = []
print(b)
b[::2] = b"123"[:len(b[::2])]
print(b)
b[5:5] = bytearray(b"++")
print(b)
del b[0]
print(b)
del b[::2]
print(b)
del b[1:]
print(b)
b[1:1] = b
print(b)
b[:] = memoryview(b"whole")
print(b)
show("set big", lambda: bytearray(b"a").__setitem__(0, 300))
show("set str", lambda: bytearray(b"a").__setitem__(0, "x"))
show("set out", lambda: bytearray(b"a").__setitem__(5, 1))
show("slice int", lambda: bytearray(b"abc").__setitem__(slice(1, 2), 5))
show("slice str", lambda: bytearray(b"abc").__setitem__(slice(1, 2), "x"))
show("ext slice size", lambda: bytearray(b"abcdef").__setitem__(slice(None, None, 2), b"xy"))
show("del out", lambda: bytearray(b"abc").__delitem__(5))
show("str key", lambda: bytearray(b"abc").__setitem__("x", 1))
show("alloc", lambda: bytearray().__alloc__())
x = bytearray(b"ab")
it = iter(x)
print(next(it))
x.append(99)
print(list(it))
e = bytearray(b"abcdef")
e[::2] = b""
print(e)
e[::-1] = bytearray()
print(e)
show("empty ext slice list", lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), []))
