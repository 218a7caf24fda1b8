# try/finally with return, break and continue in every position, and
# exceptions raised or replaced in finally clauses.

def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out

def exc_replaced():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return repr(e), repr(e.__context__)

def finally_sees_exception():
    import sys
    try:
        try:
            raise KeyError("k")
        finally:
            print("in finally, handling:", sys.exc_info()[0])
    except KeyError:
        return "propagated"

def nested(n):
    log = []
    try:
        try:
            if n == 0:
                return "early"
            log.append("inner try")
        finally:
            log.append("inner finally")
        log.append("after inner")
    finally:
        log.append("outer finally")
        print(log)
    return "late"

def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                break
        finally:
            print("iteration", i)
    return i

def return_value_kept():
    x = 1
    try:
        return x
    finally:
        x = 2

print(ret_in_finally(), break_in_finally(), continue_in_finally())
print(exc_replaced())
print(finally_sees_exception())
print(nested(0), nested(1))
print(while_finally(), return_value_kept())

def generator_finally():
    try:
        yield 1
        return
    finally:
        print("gen finally ran")

print(list(generator_finally()))

def deep_unwind(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        deep_unwind(n - 1)
    finally:
        print("unwind", n)

try:
    deep_unwind(3)
except RuntimeError as e:
    print("caught", e)
