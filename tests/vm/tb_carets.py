# Position markers under binary operations, subscripts and calls in a
# traceback whose frames each fail differently.

def sub(d):
    return d["key"]["inner"]

def arith(a, b):
    return a * 2 + b / 0

def call(f):
    return f(1)(2)

def deep(x):
    return sub({"key": {"other": 1}}) if x else arith(1, 2)

try:
    deep(True)
except KeyError as e:
    print("KeyError", e)

try:
    deep(False)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

values = [1, 2, 3]
total = values[0] +     values[1] + values[5]
