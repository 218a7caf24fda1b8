# Generators dropped by a for loop (break, return, exception) are closed
# at once, and ones still suspended run their finally clauses at exit.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
def f():
    for x in gen("return"):
        return x
print(f())
try:
    for x in gen("exc"):
        raise ValueError("boom")
except ValueError:
    print("handled")
for x in gen("break"):
    break
print("end")
g = gen("stored")
for x in g:
    break
print("stored not closed yet")
