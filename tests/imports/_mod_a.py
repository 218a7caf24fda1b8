"""A plain helper module."""
print("executing _mod_a")
VALUE = 42
_private = "hidden"
def greet(name):
    return "hello " + name
class Thing:
    kind = "thing"
