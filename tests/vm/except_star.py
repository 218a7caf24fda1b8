# Exception groups and except*.

def raise_group():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])

try:
    raise_group()
except* ValueError as eg:
    print("values:", [e.args[0] for e in eg.exceptions], type(eg).__name__)
except* TypeError as eg:
    print("types:", repr(eg.exceptions[0]))

try:
    try:
        raise_group()
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest:", rest, [type(e).__name__ for e in rest.exceptions])

try:
    raise KeyError("naked")
except* KeyError as eg:
    print("wrapped:", type(eg).__name__, repr(eg.exceptions[0]))

eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
match, rest = eg.split(ValueError)
print(match, "|", rest)
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == "c"))
print(str(eg), len(eg.exceptions))

try:
    ExceptionGroup("x", [BaseException()])
except TypeError as e:
    print("TypeError:", e)

print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
except ExceptionGroup as e:
    print("raised in except*:", repr(e.exceptions[0]))
except TypeError as e:
    print("plain", e)

for bad in [ExceptionGroup, (ValueError, ExceptionGroup)]:
    try:
        try:
            raise ValueError
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)
