# Helper module for imports.py.
VALUE = 42
counter = 0
counter += 1
public_name = "public"
_private = "private"

def greet(name):
    return "hello " + name
