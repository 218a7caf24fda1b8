"""The io module: streams of text and bytes (kaa's own implementation).

StringIO, BytesIO and the abstract base classes come from the Go module
_io; open() is the built-in open. IOBase, RawIOBase, BufferedIOBase and
TextIOBase are ABCs here, with the file objects of open() and the
in-memory streams registered, so isinstance works as in CPython.
"""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

import _io
import abc

from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation,
                 open, FileIO, BytesIO, StringIO, BufferedReader,
                 BufferedWriter, BufferedRandom, TextIOWrapper, text_encoding)

# Arguments of seek().
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    """Open a file for reading code: binary mode, read-only."""
    return open(path, "rb")


class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__


RawIOBase.register(FileIO)

for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)

for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)

try:
    import sys as _sys
    TextIOBase.register(type(_sys.stdout))
except (AttributeError, ImportError):
    pass
del _klass
