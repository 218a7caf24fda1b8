# Chained exceptions in the traceback: cause and context.

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("cannot parse " + repr(text)) from e

def handler():
    try:
        parse("abc")
    except RuntimeError:
        x = [1, 2]
        return x[5]

handler()
