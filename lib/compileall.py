"""Byte-compile every Python source file of a directory tree.

kaa's compileall: the walking and compiling are done by the Go module
_pycompile (in parallel with -j/workers, on goroutines); the functions
and the command line (`kaa -m compileall`) are CPython's.
"""

import sys
import _pycompile

__all__ = ["compile_dir", "compile_file", "compile_path"]

compile_dir = _pycompile.compile_dir
compile_file = _pycompile.compile_file
compile_path = _pycompile.compile_path


def main():
    """Compile the files and folders named on the command line (sys.path
    when none is), returning whether all compiled."""
    return _pycompile.main(sys.argv[1:])


if __name__ == '__main__':
    exit_status = int(not main())
    sys.exit(exit_status)
