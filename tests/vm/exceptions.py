# try/except/else/finally, raise from, context, custom hierarchies.

class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(k) from e

try:
    lookup({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.key, type(e.__cause__).__name__, e.__suppress_context__)

def order():
    out = []
    try:
        out.append("try")
        raise ValueError("v")
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    try:
        out.append("try2")
    except ValueError:
        out.append("no")
    else:
        out.append("else2")
    finally:
        out.append("finally2")
    return out

print(order())

def finally_return():
    try:
        return "try"
    finally:
        print("in finally")

print(finally_return())

def finally_override():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"

print(finally_override())

def context():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("during")
    except TypeError as e:
        return type(e.__context__).__name__, e.__cause__, e.__suppress_context__

print(context())

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print(repr(e), e.__suppress_context__, type(e.__context__).__name__)

def reraise():
    try:
        raise OSError(2, "No such file", "x.txt")
    except OSError:
        raise

try:
    reraise()
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))

for exc in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError()]:
    print(repr(exc), "|", str(exc), "|", exc.args)

try:
    raise StopIteration(5)
except StopIteration as e:
    print("value", e.value)

try:
    raise SystemExit(3)
except SystemExit as e:
    print("code", e.code)

class Weird(Exception):
    def __str__(self):
        return "weird!"

print(str(Weird()), repr(Weird(1)))

try:
    raise 5
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError
except ValueError as e:
    print(repr(e))

try:
    try:
        pass
    finally:
        print("finally without exception")
    raise IndexError("x")
except (KeyError, IndexError) as e:
    print("tuple match", type(e).__name__)

def nested_finally():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(i)
        finally:
            log.append(f"f{i}")
    return log

print(nested_finally())

e = ValueError("x")
e.add_note("note one")
print(e.__notes__)
try:
    exc = None
    try:
        1/0
    except ZeroDivisionError as exc:
        pass
    print(exc)
except NameError as err:
    print("NameError:", err)
