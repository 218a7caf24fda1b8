"""unittest.main(): the command line of test programs and of
``kaa -m unittest``."""

import sys
import os
import warnings

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_name(name):
    # A path to a .py file becomes a dotted module name, when it lies
    # under the current directory.
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if not '*' in pattern:
        pattern = '*%s*' % pattern
    return pattern


class _UsageError(Exception):
    pass


class _Option:
    # One option of the command line: its flags, the attribute it sets,
    # its kind ("const", "true", "append", "value") and help text.

    def __init__(self, flags, dest, kind, help, const=None, metavar=None):
        self.flags = flags
        self.dest = dest
        self.kind = kind
        self.help = help
        self.const = const
        self.metavar = metavar

    def takes_value(self):
        return self.kind in ("append", "value")

    def usage(self):
        flag = self.flags[0]
        return "[%s %s]" % (flag, self.metavar) if self.takes_value() else "[%s]" % flag

    def invocation(self):
        if self.takes_value():
            return ", ".join("%s %s" % (f, self.metavar) for f in self.flags)
        return ", ".join(self.flags)


class _Parser:
    """A small command-line parser that prints usage, help and errors
    as argparse does for unittest's options."""

    WIDTH = 78

    def __init__(self, prog, options, positionals=(), epilog=None, max_positional=None):
        self.prog = prog
        # How many positional arguments are accepted (None: any when
        # positionals are declared, else none).
        self.max_positional = max_positional
        self.options = [_Option(["-h", "--help"], None, "help",
                                "show this help message and exit")] + list(options)
        self.positionals = list(positionals)   # (name, usage, help)
        self.epilog = epilog

    def format_usage(self):
        prefix = "usage: "
        opt_parts = [o.usage() for o in self.options]
        pos_parts = [p[1] for p in self.positionals]
        full = " ".join([self.prog] + opt_parts + pos_parts)
        if len(prefix) + len(full) <= self.WIDTH:
            return prefix + full + "\n"
        indent = " " * (len(prefix) + len(self.prog) + 1)

        def lines_of(parts, first_len):
            lines, line, length = [], [], first_len
            for part in parts:
                if line and length + 1 + len(part) > self.WIDTH:
                    lines.append(line)
                    line, length = [], len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(line)
            return lines

        lines = lines_of(opt_parts, len(prefix) + len(self.prog))
        text = [prefix + self.prog + " " + " ".join(lines[0])]
        text += [indent + " ".join(line) for line in lines[1:]]
        if pos_parts:
            text += [indent + " ".join(line)
                     for line in lines_of(pos_parts, len(indent) - 1)]
        return "\n".join(text) + "\n"

    def _wrap(self, text, width):
        words = text.split()
        lines, line = [], ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                lines.append(line)
                line = w
            else:
                line = line + " " + w if line else w
        if line:
            lines.append(line)
        return lines

    def format_help(self):
        entries = [(p[0], p[2]) for p in self.positionals]
        entries += [(o.invocation(), o.help) for o in self.options]
        longest = max(len(inv) for inv, _ in entries) + 2
        help_pos = min(longest + 2, 24)
        action_width = help_pos - 4
        help_width = max(self.WIDTH - help_pos, 11)

        def section(title, items):
            out = [title + ":"]
            for inv, helptext in items:
                lines = self._wrap(helptext, help_width)
                if len(inv) <= action_width:
                    out.append("  %-*s  %s" % (action_width, inv, lines[0]))
                else:
                    out.append("  " + inv)
                    out.append(" " * help_pos + lines[0])
                out.extend(" " * help_pos + line for line in lines[1:])
            return "\n".join(out) + "\n"

        parts = [self.format_usage()]
        if self.positionals:
            parts.append(section("positional arguments",
                                 [(p[0], p[2]) for p in self.positionals]))
        parts.append(section("options", [(o.invocation(), o.help) for o in self.options]))
        text = "\n".join(parts)
        if self.epilog:
            text += "\n" + "\n".join(self._wrap(self.epilog, self.WIDTH)) + "\n"
        return text

    def error(self, message):
        sys.stderr.write(self.format_usage())
        sys.stderr.write("%s: error: %s\n" % (self.prog, message))
        sys.exit(2)

    def _find(self, arg):
        for o in self.options:
            if arg in o.flags:
                return o
        if arg.startswith("--"):
            matches = [o for o in self.options
                       if any(f.startswith(arg) for f in o.flags if f.startswith("--"))]
            if len(matches) == 1:
                return matches[0]
        return None

    def parse(self, args, namespace, on_help):
        """Set namespace attributes from args; returns the positional
        arguments. Exits with status 2 on errors."""
        positional = []
        unknown = []
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg == "--":
                positional.extend(args[i:])
                break
            if not arg.startswith("-") or arg == "-":
                positional.append(arg)
                continue
            if arg.startswith("--"):
                name, eq, value = arg.partition("=")
                opt = self._find(name)
                if opt is None:
                    unknown.append(arg)
                    continue
                if opt.takes_value():
                    if not eq:
                        if i >= len(args) or args[i].startswith("-"):
                            self.error("argument %s: expected one argument" % "/".join(opt.flags))
                        value = args[i]
                        i += 1
                    self._store(opt, namespace, value, on_help)
                elif eq:
                    self.error("argument %s: ignored explicit argument %r" % ("/".join(opt.flags), value))
                else:
                    self._store(opt, namespace, None, on_help)
                continue
            # A group of short flags, the last maybe with its value.
            j = 1
            while j < len(arg):
                opt = self._find("-" + arg[j])
                if opt is None:
                    unknown.append(arg if j == 1 else "-" + arg[j:])
                    break
                if opt.takes_value():
                    value = arg[j + 1:]
                    if not value:
                        if i >= len(args) or args[i].startswith("-"):
                            self.error("argument %s: expected one argument" % "/".join(opt.flags))
                        value = args[i]
                        i += 1
                    self._store(opt, namespace, value, on_help)
                    break
                self._store(opt, namespace, None, on_help)
                j += 1
        if unknown:
            self.error("unrecognized arguments: %s" % " ".join(unknown))
        limit = self.max_positional
        if limit is None:
            limit = len(positional) if self.positionals else 0
        if len(positional) > limit:
            self.error("unrecognized arguments: %s" % " ".join(positional[limit:]))
        return positional

    def _store(self, opt, namespace, value, on_help):
        if opt.kind == "help":
            on_help()
            sys.exit(0)
        elif opt.kind == "const":
            setattr(namespace, opt.dest, opt.const)
        elif opt.kind == "true":
            setattr(namespace, opt.dest, True)
        elif opt.kind == "append":
            current = getattr(namespace, opt.dest, None) or []
            setattr(namespace, opt.dest, current + [_convert_select_pattern(value)])
        else:
            setattr(namespace, opt.dest, value)


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily
    for making test modules conveniently executable.
    """

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            # Show DeprecationWarnings and the like unless -W says
            # otherwise.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        warnings.warn("TestProgram.usageExit() is deprecated and will be"
                      " removed in Python 3.13", DeprecationWarning)
        if msg:
            print(msg)
        if self._discovery_parser is None:
            self._initArgParsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        if self.module is None:
            print(self._main_parser.format_help())
            print(MAIN_EXAMPLES % {'prog': self.progName})
            sys.stdout.write(self._discovery_parser.format_help())
        else:
            print(self._main_parser.format_help())
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        self._initArgParsers()
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self.tests = self._main_parser.parse(argv[1:], self, self._print_help)
            if not self.tests:
                # No tests named: discover them from the current directory.
                self._do_discovery([])
                return
        else:
            self.tests = self._main_parser.parse(argv[1:], self, self._print_help)

        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                # to support python -m unittest ...
                self.module = None
        elif self.defaultTest is None:
            # Run all the tests of the module.
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            loader = self.testLoader if Loader is None else Loader()
            self.test = loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _common_options(self):
        options = [
            _Option(['-v', '--verbose'], 'verbosity', 'const', 'Verbose output', const=2),
            _Option(['-q', '--quiet'], 'verbosity', 'const', 'Quiet output', const=0),
            _Option(['--locals'], 'tb_locals', 'true', 'Show local variables in tracebacks'),
        ]
        # Options given to TestProgram() are not offered on the command
        # line.
        if self.failfast is None:
            options.append(_Option(['-f', '--failfast'], 'failfast', 'true',
                                   'Stop on first fail or error'))
            self.failfast = False
        if self.catchbreak is None:
            options.append(_Option(['-c', '--catch'], 'catchbreak', 'true',
                                   'Catch Ctrl-C and display results so far'))
            self.catchbreak = False
        if self.buffer is None:
            options.append(_Option(['-b', '--buffer'], 'buffer', 'true',
                                   'Buffer stdout and stderr during tests'))
            self.buffer = False
        if self.testNamePatterns is None:
            options.append(_Option(['-k'], 'testNamePatterns', 'append',
                                   'Only run tests which match the given substring',
                                   metavar='TESTNAMEPATTERNS'))
            self.testNamePatterns = []
        return options

    def _initArgParsers(self):
        common = self._common_options()
        self._main_parser = _Parser(
            self.progName, common,
            positionals=[('tests', '[tests ...]',
                          'a list of any number of test modules, classes and test methods.')])
        self._discovery_parser = _Parser(
            '%s discover' % self.progName, common + [
                _Option(['-s', '--start-directory'], 'start', 'value',
                        "Directory to start discovery ('.' default)", metavar='START'),
                _Option(['-p', '--pattern'], 'pattern', 'value',
                        "Pattern to match tests ('test*.py' default)", metavar='PATTERN'),
                _Option(['-t', '--top-level-directory'], 'top', 'value',
                        'Top level directory of project (defaults to start directory)',
                        metavar='TOP'),
            ],
            epilog='For test discovery all test modules must be importable '
                   'from the top level directory of the project.',
            max_positional=3)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            parser = self._discovery_parser
            # start, pattern and top may also be given positionally.
            positional = parser.parse(argv, self, lambda: sys.stdout.write(parser.format_help()))
            for name, value in zip(('start', 'pattern', 'top'), positional):
                setattr(self, name, value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    # didn't accept the tb_locals argument
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                # didn't accept the verbosity, buffer or failfast arguments
                testRunner = self.testRunner()
        else:
            # it is assumed to be a TestRunner instance
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
