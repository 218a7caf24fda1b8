# An uncaught exception group: nested groups, members with their own
# tracebacks, notes, and a context printed before the group.
def fail(kind):
    if kind == 1:
        raise ValueError("first")
    raise KeyError("second")

errors = []
for kind in (1, 2):
    try:
        fail(kind)
    except Exception as e:
        e.add_note(f"while handling kind {kind}")
        errors.append(e)

try:
    raise RuntimeError("original")
except RuntimeError:
    raise ExceptionGroup("batch", [errors[0], ExceptionGroup("nested", [errors[1], TypeError("plain")])])
