# f-strings: conversions, format specs, nested specs, debugging '='
# expressions and errors raised while formatting.
x = 42
y = 3.14159
name = "Ann"
items = [1, 2, 3]
d = {"k": "v"}
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!a}", f"{'é'!a}", f"{name!s:>8}|")
print(f"{x:5}|{x:<5}|{x:^5}|{x:05}|{x:+}|{x:#x}|{x:_b}")
print(f"{y:.2f}", f"{y:10.3e}", f"{y:%}", f"{y!r:>20}", f"{-y:=+12.4f}")
w, p = 10, 3
print(f"{y:{w}.{p}f}|", f"{name:{'*'}^{w}}", f"{x:{'>'}{w}}")
print(f"{items[1]}", f"{d['k']}", f"{items!r}", f"{len(items)}", f"{x if x else 0}")
print(f"{x=}", f"{y=:.2f}", f"{name=!s}", f"{x = }", f"{items[0]=}")
print(f"{{}}", f"{{{x}}}", f"a{x}b{y:.1f}c{name}d")
print(f"{'nested ' + f'{x}'}")
print(f"{3+4j}", f"{3+4j:.1f}", f"{True}", f"{None}", f"{b'ab'}", f"{1e20}")

class Fmt:
    def __format__(self, spec):
        return "Fmt(" + spec + ")"
    def __repr__(self):
        return "Fmt-repr"
    def __str__(self):
        return "Fmt-str"
o = Fmt()
print(f"{o}", f"{o:abc}", f"{o!r}", f"{o!s}", f"{o!r:>10}", f"{o:{w}}")

for bad in [lambda: f"{x:z}", lambda: f"{name:d}", lambda: f"{y:c}", lambda: f"{o!r:d}", lambda: f"{x:,,}",
            lambda: f"{object():x}"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
