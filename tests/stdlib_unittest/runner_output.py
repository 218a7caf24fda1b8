# unittest: TextTestRunner output at verbosity 1 and 2: dots, errors, failures, skips, subtests, expected failures, class fixtures.
import unittest, sys

class Basic(unittest.TestCase):
    def setUp(self):
        self.x = 1
    def test_ok(self):
        self.assertEqual(self.x, 1)
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_error(self):
        {}["missing"]
    def test_true(self):
        self.assertTrue(0)
    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_msg(self):
        self.assertIn(3, [1, 2], "custom message")
    def test_raises(self):
        with self.assertRaises(ValueError):
            pass
    def test_doc(self):
        """First line of doc.

        More."""
        self.fail("explicit")

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")
    def test_never(self):
        pass

@unittest.skipIf(True, "whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

from _runhelp import run
for v in (1, 2):
    r = run(Basic, Fixtures, Skipped, verbosity=v)
    print(r, r.wasSuccessful(), len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), len(r.unexpectedSuccesses), r.testsRun)
