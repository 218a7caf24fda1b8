# code.co_lnotab: the lines it encodes (offsets are kaa's own units, so
# only the line sequence and the table's shape are compared).
def lines_of(code):
    tab = code.co_lnotab
    line = code.co_firstlineno
    out = [line]
    for i in range(0, len(tab), 2):
        delta = tab[i + 1]
        if delta >= 128:
            delta -= 256
        line += delta
        if tab[i + 1] or (i + 2 == len(tab)):
            out.append(line)
    return out

def simple(x):
    y = x + 1
    return y * 2

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    return total

def far(x):
    a = x
    # many lines apart




























































































































































    return a

print(type(simple.__code__.co_lnotab).__name__, len(simple.__code__.co_lnotab) % 2)
for f in (simple, loop, far):
    print(f.__name__, lines_of(f.__code__))
print(lines_of(compile("a = 1\nb = 2\n\nc = 3\n", "s", "exec")))
