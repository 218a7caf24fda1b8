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
                 open, BytesIO, StringIO, text_encoding)

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


def _utf8_complete(data):
    """How many leading bytes of data form whole UTF-8 characters (a
    multi-byte sequence cut at the end is left for later)."""
    n = len(data)
    i = n - 1
    while i >= 0 and i >= n - 4 and (data[i] & 0xC0) == 0x80:
        i -= 1
    if i < 0 or i < n - 4:
        return n
    lead = data[i]
    need = 1 if lead < 0x80 else 2 if lead >> 5 == 6 else 3 if lead >> 4 == 14 else 4 if lead >> 3 == 30 else 1
    return i if n - i < need else n


class _Wrapped:
    """What the buffered and text wrappers share: delegation of the
    stream's state to the object they wrap."""

    def _inner(self):
        raise NotImplementedError

    @property
    def closed(self):
        return self._inner().closed

    @property
    def name(self):
        return self._inner().name

    @property
    def mode(self):
        return self._inner().mode

    def fileno(self):
        return self._inner().fileno()

    def isatty(self):
        return self._inner().isatty()

    def readable(self):
        return self._inner().readable()

    def writable(self):
        return self._inner().writable()

    def seekable(self):
        return self._inner().seekable()

    def close(self):
        inner = self._inner()
        if inner is not None and not inner.closed:
            try:
                self.flush()
            finally:
                inner.close()

    def detach(self):
        self.flush()
        inner = self._inner()
        self._detached = True
        return inner


class _BufferedBase(_Wrapped, BufferedIOBase):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()

    def _inner(self):
        return self.raw

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return f"<{type(self).__module__}.{type(self).__qualname__}>"
        return f"<{type(self).__module__}.{type(self).__qualname__} name={name!r}>"

    def _fill(self, want):
        while len(self._rbuf) < want:
            chunk = self.raw.read(max(self.buffer_size, want - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk

    def read(self, size=-1):
        self._flush_writes()
        if size is None or size < 0:
            rest = self.raw.read()
            data, self._rbuf = self._rbuf + (rest or b""), b""
            return data
        self._fill(size)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        if size is None or size < 0:
            size = self.buffer_size
        if not self._rbuf:
            self._fill(1)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def peek(self, size=0):
        if not self._rbuf:
            self._fill(max(size, 1))
        return self._rbuf

    def readline(self, size=-1):
        line = bytearray()
        while size is None or size < 0 or len(line) < size:
            if not self._rbuf:
                self._fill(1)
                if not self._rbuf:
                    break
            i = self._rbuf.find(b"\n")
            take = len(self._rbuf) if i < 0 else i + 1
            if size is not None and size >= 0:
                take = min(take, size - len(line))
            line += self._rbuf[:take]
            self._rbuf = self._rbuf[take:]
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def write(self, b):
        if self.closed:
            raise ValueError("write to closed file")
        data = bytes(b)
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self.raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        if self.closed:
            raise ValueError("flush on closed file")
        self._flush_writes()
        flush = getattr(self.raw, "flush", None)
        if flush is not None:
            flush()

    def tell(self):
        return self.raw.tell() - len(self._rbuf) + len(self._wbuf)

    def seek(self, pos, whence=0):
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._flush_writes()
        if pos is None:
            pos = self.tell()
        self._rbuf = b""
        return self.raw.truncate(pos)


class BufferedReader(_BufferedBase):
    """A buffer over a readable raw stream."""


class BufferedWriter(_BufferedBase):
    """A buffer over a writable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        super().__init__(raw, buffer_size)


class BufferedRandom(_BufferedBase):
    """A buffer over a seekable raw stream, for reading and writing."""


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


class TextIOWrapper(_Wrapped, TextIOBase):
    """A text stream over a binary buffer: decodes what it reads,
    encodes what it writes, and translates newlines."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        if not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        "".encode(encoding)
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors or "strict"
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self.write_through = bool(write_through)
        self._pending = b""
        self._decoded = ""
        self._seen = set()
        self._utf8 = encoding.lower().replace("_", "-") in ("utf-8", "utf8")

    def _inner(self):
        return self.buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def newlines(self):
        kinds = [k for k in ("\r", "\n", "\r\n") if k in self._seen]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def __repr__(self):
        parts = [f"<{type(self).__module__}.{type(self).__qualname__}"]
        try:
            parts.append(f"name={self.name!r}")
        except AttributeError:
            pass
        parts.append(f"encoding={self._encoding!r}>")
        return " ".join(parts)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        self.flush()
        if encoding is not None:
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self.write_through = bool(write_through)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        text = s
        if self._newline in ("\r", "\r\n") and "\n" in text:
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        self._decoded = ""
        return len(s)

    def flush(self):
        self.buffer.flush()

    def _translate(self, text, final):
        """Apply the newline mode to freshly decoded text, recording the
        kinds of newline seen."""
        if self._newline is None or self._newline == "":
            if text.endswith("\r") and not final:
                # A \r\n may be split between two reads.
                self._carry = "\r"
                text = text[:-1]
            crlf = text.count("\r\n")
            if crlf:
                self._seen.add("\r\n")
            if text.count("\r") > crlf:
                self._seen.add("\r")
            if text.count("\n") > crlf:
                self._seen.add("\n")
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _decode_more(self, size):
        """Read and decode at least one more chunk; False at the end."""
        chunk = self.buffer.read(size) if size > 0 else self.buffer.read()
        data = self._pending + (chunk or b"")
        final = not chunk
        if not data:
            carry = getattr(self, "_carry", "")
            if not carry:
                return False
            self._carry = ""
            self._decoded += self._translate(carry, True)
            return True
        cut = len(data) if final or not self._utf8 else _utf8_complete(data)
        self._pending = data[cut:]
        carry = getattr(self, "_carry", "")
        self._carry = ""
        text = carry + data[:cut].decode(self._encoding, self._errors)
        self._decoded += self._translate(text, final)
        return True

    def read(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if size is None or size < 0:
            while self._decode_more(-1):
                pass
            text, self._decoded = self._decoded, ""
            return text
        while len(self._decoded) < size and self._decode_more(max(size, 64)):
            pass
        text, self._decoded = self._decoded[:size], self._decoded[size:]
        return text

    def _line_end(self, eof):
        """Where the first line of the decoded text ends (just past its
        newline), -1 when it has none yet, None when a trailing \r needs
        more text to decide."""
        d = self._decoded
        nl = self._newline
        if nl == "":
            lf = d.find("\n")
            cr = d.find("\r")
            if cr >= 0 and (lf < 0 or cr < lf):
                if cr + 1 < len(d):
                    return cr + 2 if d[cr + 1] == "\n" else cr + 1
                return cr + 1 if eof else None
            return lf + 1 if lf >= 0 else -1
        if nl is None:
            nl = "\n"
        i = d.find(nl)
        return i + len(nl) if i >= 0 else -1

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if size is None:
            size = -1
        eof = False
        while True:
            end = self._line_end(eof)
            if end is None:
                eof = not self._decode_more(64)
                continue
            if end < 0 and (size < 0 or len(self._decoded) < size) and not eof:
                eof = not self._decode_more(DEFAULT_BUFFER_SIZE)
                continue
            if end < 0:
                end = len(self._decoded)
            if 0 <= size < end:
                end = size
            line, self._decoded = self._decoded[:end], self._decoded[end:]
            return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self

    def tell(self):
        self.flush()
        return self.buffer.tell() - len(self._pending) - len(self._decoded.encode(self._encoding, self._errors))

    def seek(self, cookie, whence=0):
        self.flush()
        self._decoded, self._pending = "", b""
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        return self.buffer.truncate(pos)


class FileIO(RawIOBase):
    """io.FileIO(name, mode): the raw file object that
    open(name, mode + 'b', buffering=0) returns."""

    def __new__(cls, file, mode="r", closefd=True, opener=None):
        if "b" not in mode:
            mode += "b"
        return open(file, mode, buffering=0, closefd=closefd, opener=opener)


FileIO.register(_io.FileIO)
BufferedReader.register(_io.BufferedReader)
BufferedWriter.register(_io.BufferedWriter)
BufferedRandom.register(_io.BufferedRandom)
BufferedIOBase.register(BytesIO)
TextIOWrapper.register(_io.TextIOWrapper)
TextIOBase.register(StringIO)

try:
    import sys as _sys
    TextIOWrapper.register(type(_sys.stdout))
except (AttributeError, ImportError):
    pass
