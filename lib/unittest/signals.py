"""Control-C handling of test runs (-c/--catch). kaa has no signal
module yet, so the handler cannot be installed; the functions keep
CPython's interface and track the results."""

import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    global _interrupt_handler
    _interrupt_handler = True


def removeHandler(method=None):
    global _interrupt_handler
    if method is not None:
        return method
    _interrupt_handler = None
