"""Functions that read and write gzipped files.

The user of the file doesn't have to worry about the compression, but
random access is not allowed. kaa's own implementation over its zlib
module.
"""

import builtins
import io
import os
import struct
import sys
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode.

    filename is a path (str, bytes or path-like) or a file object to
    read or write. mode is one of 'r', 'rb', 'a', 'ab', 'w', 'wb', 'x',
    'xb' for binary mode, or 'rt', 'at', 'wt', 'xt' for text mode.
    """
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _member_header(mtime, compresslevel, fname=b""):
    flags = FNAME if fname else 0
    head = b"\037\213\010" + bytes((flags,)) + struct.pack("<L", int(mtime) & 0xFFFFFFFF)
    head += bytes((_xfl(compresslevel), 255))
    if fname:
        head += fname + b"\000"
    return head


class GzipFile(io.BufferedIOBase):
    """A file object that compresses or decompresses gzip data on the fly.

    Reading supports files of several members (concatenated gzip
    streams); writing makes one member.
    """

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        given_mode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")

        if mode.startswith("r"):
            self.mode = READ
            self._buffer = io.BufferedReader(_GzipReader(fileobj), buffer_size=READ_BUFFER_SIZE)
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if given_mode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._offset = 0
            self._compressor = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                                zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header(compresslevel)

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """Last modification time read from the stream, or None."""
        return self._buffer.raw._last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _write_header(self, compresslevel):
        name = os.path.basename(self.name)
        if not isinstance(name, bytes):
            try:
                name = name.encode("latin-1")
            except UnicodeEncodeError:
                name = b""
        if name.endswith(b".gz"):
            name = name[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_member_header(mtime, compresslevel, name))

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compressor.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def read(self, size=-1):
        self._check_not_closed()
        self._check_read("read")
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._check_not_closed()
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._buffer.read1(size)

    def peek(self, n):
        self._check_not_closed()
        self._check_read("peek")
        return self._buffer.peek(n)

    def _check_read(self, what):
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, what + "() on write-only GzipFile object")

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compressor.flush())
                fileobj.write(struct.pack("<L", self._crc & 0xFFFFFFFF))
                fileobj.write(struct.pack("<L", self._size & 0xFFFFFFFF))
            elif self.mode == READ:
                self._buffer.close()
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compressor.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Return the uncompressed stream file position indicator to the
        beginning of the file."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._buffer.seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self._offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            count = offset - self._offset
            chunk = b"\0" * 1024
            for _ in range(count // 1024):
                self.write(chunk)
            self.write(b"\0" * (count % 1024))
            return self._offset
        if self.mode == READ:
            self._check_not_closed()
            return self._buffer.seek(offset, whence)
        return self._offset

    def tell(self):
        self._check_not_closed()
        if self.mode == READ:
            return self._buffer.tell()
        return self._offset

    def readline(self, size=-1):
        self._check_not_closed()
        return self._buffer.readline(size)

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        data += more
    return data


def _read_member_header(fp):
    """Read a member header; return its mtime, or None at the end of the
    data."""
    magic = fp.read(2)
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flag, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            while True:
                c = fp.read(1)
                if not c or c == b"\000":
                    break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return mtime


class _PaddedFile:
    """A read-only file view with some bytes pushed back in front."""

    def __init__(self, f, prepend=b""):
        self._buffer = prepend
        self._length = len(prepend)
        self.file = f
        self._read = 0

    def read(self, size):
        if self._read is None:
            return self.file.read(size)
        if self._read + size <= self._length:
            start = self._read
            self._read += size
            return self._buffer[start:self._read]
        start = self._read
        self._read = None
        return self._buffer[start:] + self.file.read(size - self._length + start)

    def prepend(self, prepend=b""):
        if self._read is None:
            self._buffer = prepend
        else:
            self._read -= len(prepend)
            return
        self._length = len(self._buffer)
        self._read = 0

    def seek(self, off):
        self._read = None
        self._buffer = None
        return self.file.seek(off)

    def seekable(self):
        return True


class _GzipReader(io.RawIOBase):
    """The raw stream of decompressed data of all the members of a file."""

    def __init__(self, fp):
        self._fp = _PaddedFile(fp)
        self._pos = 0
        self._size = -1
        self._eof = False
        self._new_member = True
        self._last_mtime = None
        self._decompressor = None

    def readable(self):
        return True

    def seekable(self):
        return self._fp.seekable()

    def _start_member(self):
        self._crc = zlib.crc32(b"")
        self._stream_size = 0
        self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)

    def readinto(self, b):
        with memoryview(b) as view, view.cast("B") as byte_view:
            data = self.read(len(byte_view))
            byte_view[:len(data)] = data
        return len(data)

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if not size or self._eof:
            return b""
        while True:
            if self._decompressor is not None and self._decompressor.eof:
                self._read_trailer()
                self._new_member = True
                self._decompressor = None
            if self._new_member:
                self._start_member()
                mtime = _read_member_header(self._fp)
                if mtime is None:
                    self._eof = True
                    self._size = self._pos
                    return b""
                self._last_mtime = mtime
                self._new_member = False
            buf = self._fp.read(READ_BUFFER_SIZE)
            d = self._decompressor
            data = d.decompress(buf, size)
            if d.unconsumed_tail:
                self._fp.prepend(d.unconsumed_tail)
            elif d.unused_data:
                self._fp.prepend(d.unused_data)
            if data:
                break
            if buf == b"" and not d.eof:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        self._crc = zlib.crc32(data, self._crc)
        self._stream_size += len(data)
        self._pos += len(data)
        return data

    def readall(self):
        chunks = []
        while True:
            data = self.read(sys.maxsize)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def _read_trailer(self):
        crc32, isize = struct.unpack("<II", _read_exact(self._fp, 8))
        if crc32 != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(self._crc)))
        if isize != (self._stream_size & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        # Zero bytes may pad the end of a member.
        c = b"\x00"
        while c == b"\x00":
            c = self._fp.read(1)
        if c:
            self._fp.prepend(c)

    def _rewind(self):
        self._fp.seek(0)
        self._eof = False
        self._pos = 0
        self._new_member = True
        self._decompressor = None

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            pass
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset = self._size + offset
        else:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self._rewind()
        else:
            offset -= self._pos
        while offset > 0:
            data = self.read(min(io.DEFAULT_BUFFER_SIZE, offset))
            if not data:
                break
            offset -= len(data)
        return self._pos

    def tell(self):
        return self._pos


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip bytes.

    mtime (default: now) is written in the header; pass 0 for output
    that does not depend on the time.
    """
    if mtime == 0:
        # zlib's own gzip framing has a zero mtime.
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime), _xfl(compresslevel), 255)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompress gzip data (one or more members) in one shot."""
    out = []
    fp = io.BytesIO(data)
    while True:
        if _read_member_header(fp) is None:
            return b"".join(out)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        rest = fp.read()
        member = d.decompress(rest)
        if not d.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        trailer = d.unused_data
        if len(trailer) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc, size = struct.unpack("<II", trailer[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if size != (len(member) & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        out.append(member)
        rest = trailer[8:].lstrip(b"\x00")
        fp = io.BytesIO(rest)
