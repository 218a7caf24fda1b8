# unittest: the messages of every assert method (short forms), msg= and longMessage.
import unittest
import warnings

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
        print(name, "passed")
    except AssertionError as e:
        print(name, "->", str(e))
    except Exception as e:
        print(name, "raised", type(e).__name__, e)

check("assertEqual", 1, 2)
check("assertEqual", 1, 1)
check("assertEqual", 1, 1.0)
check("assertEqual", "a" * 100, "a" * 99 + "b")
check("assertEqual", 1, 2, "extra")
check("assertEqual", {1: 2}, {1: 2})
check("assertEqual", (1, 2), (1, 2))
check("assertNotEqual", 1, 1)
check("assertNotEqual", 1, 2)
check("assertTrue", 0)
check("assertTrue", [])
check("assertFalse", 1)
check("assertFalse", "x", msg="why")
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 0)
check("assertIsNotNone", None)
check("assertIn", 1, [2, 3])
check("assertNotIn", 2, [2, 3])
check("assertIsInstance", 1, str)
check("assertNotIsInstance", 1, int)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1, places=1)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1, places=2)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.1, delta=0.5)
check("assertSetEqual", {1, 2}, {1, 2})
check("assertSetEqual", {1}, {2})
check("assertSetEqual", {1, 3}, {1})
check("assertSetEqual", 1, {1})
check("assertSetEqual", {1}, 1)
check("assertDictEqual", [], {})
check("assertMultiLineEqual", 1, "a")
check("assertSequenceEqual", [1, 2], [1, 2])
check("assertSequenceEqual", (1, 2), [1, 2])
check("assertListEqual", (1,), [1])
check("assertTupleEqual", (1,), [1])
check("assertSequenceEqual", 1, [1])
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2], [2, 1])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("fail")
check("fail", "boom")
t.longMessage = False
check("assertEqual", 1, 2, "only this")
check("assertEqual", 1, 2)
t.longMessage = True
t.maxDiff = None

# assertRaises forms
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__)
check("assertRaises", ValueError, int, "12")
check("assertRaises", ValueError, int, "x")
check("assertRaises", (KeyError, IndexError), [].pop)
check("assertRaises", 1)
try:
    with t.assertRaises(KeyError, msg="my msg"):
        pass
except AssertionError as e:
    print("ctx msg ->", e)
try:
    with t.assertRaises(KeyError, bogus=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    with t.assertRaises(KeyError):
        raise ValueError("not caught")
except ValueError as e:
    print("passed through", e)

# assertWarns
def warner():
    warnings.warn("careful", UserWarning)
with t.assertWarns(UserWarning) as wcm:
    warner()
print(wcm.warning, wcm.lineno > 0, wcm.filename == __file__)
check("assertWarns", UserWarning, lambda: None)
check("assertWarns", DeprecationWarning, warner)
check("assertWarns", int)
try:
    with t.assertWarns(RuntimeWarning):
        pass
except AssertionError as e:
    print(e)

print(t.id(), str(t), repr(t), t.shortDescription(), t.countTestCases())
print(T("runTest") == T("runTest"), hash(T()) == hash(T()))
try:
    T("nope")
except ValueError as e:
    print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t.assertEquals(1, 1)
    t.failUnless(True)
    print([str(x.message) for x in w])
