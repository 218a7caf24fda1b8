# Helper for the unittest tests: run test classes with a TextTestRunner
# writing to a string, and print its output with the run time masked.
import io
import unittest


def run(*classes, verbosity=1, **kw):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    lines = []
    for line in stream.getvalue().split("\n"):
        if line.startswith("Ran ") and " in " in line:
            line = line.split(" in ")[0] + " in X.XXXs"
        lines.append(line)
    print("\n".join(lines))
    return result
