#!/usr/bin/env python3
"""Generate the expected results of the conformance programs by running
them under real CPython 3.11.

    python3 scripts/gen_expected.py              # every tests/*/*.py
    python3 scripts/gen_expected.py tests/vm     # one area
    python3 scripts/gen_expected.py tests/vm/calls.py ...

For tests/<area>/<name>.py it writes, beside the program:

    <name>.out    the program's standard output
    <name>.err    its standard error, only when not empty
    <name>.exit   its exit status, only when not 0

Each program runs from the tests/ directory as `python3 <area>/<name>.py`
with stdin closed and a 60 second limit. CPython shows the main script's
path as an absolute path; the tests/ directory prefix is removed from the
outputs so that they do not depend on where the repository lives (the Go
test removes it from kaa's output too). Files whose name starts with "_" are helper modules the
programs import, not programs. The Go test in tests/ runs the same
programs under kaa and compares.

The programs of an area that holds helper modules exercise the bytecode
cache: each runs in a temporary copy of the area, twice, with .pyc
writing on (cold, then warm from the __pycache__ the first run wrote);
the two runs must agree, and the temporary directory's prefix is removed
from the outputs as the tests/ prefix is.
"""

import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")


def programs(args):
    paths = args or [TESTS]
    out = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.startswith("_"))
                for f in sorted(filenames):
                    if f.endswith(".py") and not f.startswith("_"):
                        out.append(os.path.join(dirpath, f))
        elif p.endswith(".py"):
            out.append(p)
    return out


def has_helpers(area):
    return any(n.startswith("_") and n != "__pycache__" for n in os.listdir(area))


def run(root, rel, env):
    """Run root/rel from root; return (stdout, stderr, status) with root's
    prefix removed, or None on a timeout."""
    try:
        p = subprocess.run([sys.executable, rel], cwd=root, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return None
    prefix = (root + os.sep).encode()
    return p.stdout.replace(prefix, b""), p.stderr.replace(prefix, b""), p.returncode


def write_or_remove(path, data):
    if data:
        with open(path, "wb") as f:
            f.write(data)
    elif os.path.exists(path):
        os.remove(path)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_expected.py must run under CPython 3.11")
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    cache_env = dict(env)
    cache_env.pop("PYTHONDONTWRITEBYTECODE")
    for prog in programs(sys.argv[1:]):
        rel = os.path.relpath(prog, TESTS)
        area = os.path.dirname(prog)
        if has_helpers(area):
            with tempfile.TemporaryDirectory() as tmp:
                tmp = os.path.realpath(tmp)
                shutil.copytree(area, os.path.join(tmp, os.path.relpath(area, TESTS)),
                                ignore=shutil.ignore_patterns("__pycache__", "*.out", "*.err", "*.exit"))
                cold = run(tmp, rel, cache_env)
                warm = run(tmp, rel, cache_env)
            if cold != warm:
                print("warning: cold and warm runs differ:", rel, file=sys.stderr)
            result = cold
        else:
            result = run(TESTS, rel, env)
        if result is None:
            print("timeout:", rel, file=sys.stderr)
            continue
        out, err, status = result
        base = prog[:-3]
        write_or_remove(base + ".out", out if out else b"")
        if not out:
            open(base + ".out", "wb").close()
        write_or_remove(base + ".err", err)
        write_or_remove(base + ".exit", (str(status) + "\n").encode() if status else b"")
        print("%s: exit %d, %d bytes out, %d bytes err" % (rel, status, len(out), len(err)))


if __name__ == "__main__":
    main()
