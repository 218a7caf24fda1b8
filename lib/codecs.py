"""codecs -- Python codec registry, API and helpers.

kaa's own implementation. The text codecs are those kaa's str.encode
and bytes.decode know (utf-8, utf-8-sig, ascii, latin-1, utf-16 and
utf-32 in both byte orders); the bytes-to-bytes codecs hex, base64,
zlib and quopri and the str-to-str rot13 are coded here. Codecs and
error handlers registered here are seen by this module's functions
(encode, decode, lookup, lookup_error and the codec objects), not by
str.encode and bytes.decode.
"""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps input it cannot encode yet."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps incomplete input for later."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded data to a stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes data from a stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Decode at most chars characters (all when negative), reading
        about size bytes at a time from the stream."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, consumed = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, consumed = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[consumed:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """Read one line of decoded text."""
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                # A '\r' at the end may be the first half of '\r\n'.
                if data.endswith("\r"):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """Wraps a stream with a StreamReader and a StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """Not provided by kaa."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("kaa's codecs has no StreamRecoder")


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Not provided by kaa."""
    raise NotImplementedError("kaa's codecs has no EncodedFile")


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file; without an encoding this is builtins.open."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


# The error handler registry.

def strict_errors(exc):
    """Raise the exception: the 'strict' error handler."""
    if not isinstance(exc, BaseException):
        raise TypeError("codec must pass exception instance")
    raise exc


def _check_unicode_error(exc, name):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def ignore_errors(exc):
    """Skip the offending data: the 'ignore' error handler."""
    _check_unicode_error(exc, 'ignore')
    return ('', exc.end)


def replace_errors(exc):
    """Replace with '?' (encoding) or U+FFFD: the 'replace' error handler."""
    _check_unicode_error(exc, 'replace')
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('\ufffd' * (exc.end - exc.start), exc.end)


def _escape_char(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exc):
    """Replace with backslash escapes: the 'backslashreplace' error handler."""
    _check_unicode_error(exc, 'backslashreplace')
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    return (''.join(_escape_char(c) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    """Replace with XML character references: the 'xmlcharrefreplace' handler."""
    if not isinstance(exc, UnicodeEncodeError):
        _check_unicode_error(exc, 'xmlcharrefreplace')
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    """Replace with \\N{...} escapes: the 'namereplace' error handler."""
    if not isinstance(exc, UnicodeEncodeError):
        _check_unicode_error(exc, 'namereplace')
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None else _escape_char(c))
    return (''.join(out), exc.end)


def _surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        chunk = exc.object[exc.start:exc.end]
        if all(b >= 128 for b in chunk):
            return (''.join(chr(0xDC00 + b) for b in chunk), exc.end)
    elif isinstance(exc, UnicodeEncodeError):
        chunk = exc.object[exc.start:exc.end]
        if all(0xDC80 <= ord(c) <= 0xDCFF for c in chunk):
            return (bytes(ord(c) - 0xDC00 for c in chunk), exc.end)
    else:
        _check_unicode_error(exc, 'surrogateescape')
    raise exc


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': _surrogateescape_errors,
}
# The handlers str.encode and bytes.decode apply themselves.
_NATIVE_HANDLERS = frozenset(('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
                              'namereplace', 'surrogateescape', 'surrogatepass'))


def register_error(name, handler):
    """Register handler as the error handler called name."""
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """Return the error handler registered as name."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# Text codecs over str.encode and bytes.decode.

def _encode_text(s, encoding, errors):
    # str.encode, with error handlers registered here applied by hand.
    if errors is None:
        errors = 'strict'
    if errors in _NATIVE_HANDLERS and _error_handlers.get(errors) is _builtin_handler(errors):
        return s.encode(encoding, errors)
    handler = lookup_error(errors)
    out = bytearray()
    pos = 0
    while True:
        try:
            out += s[pos:].encode(encoding, 'strict')
            return bytes(out)
        except UnicodeEncodeError as exc:
            out += s[pos:pos + exc.start].encode(encoding, 'strict')
            err = UnicodeEncodeError(exc.encoding, s, pos + exc.start, pos + exc.end, exc.reason)
            result = handler(err)
            if not isinstance(result, tuple) or len(result) != 2:
                raise TypeError("encoding error handler must return (str/bytes, int) tuple")
            rep, newpos = result
            out += rep if isinstance(rep, bytes) else rep.encode(encoding, 'strict')
            if newpos < 0:
                newpos += len(s)
            pos = newpos


def _decode_text(b, encoding, errors):
    if errors is None:
        errors = 'strict'
    if errors in _NATIVE_HANDLERS and _error_handlers.get(errors) is _builtin_handler(errors):
        return bytes(b).decode(encoding, errors)
    handler = lookup_error(errors)
    data = bytes(b)
    out = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(encoding, 'strict'))
            return ''.join(out)
        except UnicodeDecodeError as exc:
            out.append(data[pos:pos + exc.start].decode(encoding, 'strict'))
            err = UnicodeDecodeError(exc.encoding, data, pos + exc.start, pos + exc.end, exc.reason)
            result = handler(err)
            if not isinstance(result, tuple) or len(result) != 2:
                raise TypeError("decoding error handler must return (str, int) tuple")
            rep, newpos = result
            out.append(rep)
            if newpos < 0:
                newpos += len(data)
            pos = newpos


def _builtin_handler(name):
    return {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
            'xmlcharrefreplace': xmlcharrefreplace_errors, 'backslashreplace': backslashreplace_errors,
            'namereplace': namereplace_errors, 'surrogateescape': _surrogateescape_errors}.get(name)


def _utf8_complete(data):
    # How many bytes of data to decode now: all but an incomplete (so far
    # valid) UTF-8 sequence at the end, which waits for more input.
    n = len(data)
    for back in range(1, min(3, n) + 1):
        c = data[n - back]
        if 0x80 <= c <= 0xBF:
            continue
        if 0xC2 <= c <= 0xF4:
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            if back < need:
                if back >= 2:
                    second = data[n - back + 1]
                    lo, hi = 0x80, 0xBF
                    if c == 0xE0:
                        lo = 0xA0
                    elif c == 0xF0:
                        lo = 0x90
                    elif c == 0xF4:
                        hi = 0x8F
                    if not lo <= second <= hi:
                        return n
                return n - back
        return n
    return n


def _bytes_arg(input):
    if isinstance(input, bytes):
        return input
    try:
        return memoryview(input).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__) from None


def _partial_utf16(data, order):
    n = len(data) - len(data) % 2
    if n >= 2:
        high = data[n - 1] if order == 'le' else data[n - 2]
        if 0xD8 <= high <= 0xDB:
            n -= 2
    return n


def _make_text_codec(name, pyname, kind, order=None):
    # Functions and classes of one text codec: pyname is the encoding name
    # str.encode knows; kind is 'utf-8', 'utf-16', 'utf-32' or None.
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (name.replace('-', '_'), type(input).__name__))
        return (_encode_text(input, pyname, errors), len(input))

    def partial(data, final):
        if final or kind is None:
            return len(data)
        if kind == 'utf-8':
            return _utf8_complete(data)
        if kind == 'utf-16':
            return _partial_utf16(data, order or 'le')
        return len(data) - len(data) % 4

    def decode(input, errors='strict', final=False):
        data = _bytes_arg(input)
        n = partial(data, final)
        return (_decode_text(data[:n], pyname, errors), n)

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return _encode_text(input, pyname, self.errors)

    class IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors, False)

    encode.__name__ = name.replace('-', '_') + '_encode'
    decode.__name__ = name.replace('-', '_') + '_decode'
    for cls, suffix in ((IncEncoder, 'IncrementalEncoder'), (IncDecoder, 'IncrementalDecoder'),
                        (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = suffix
    return encode, decode, IncEncoder, IncDecoder, Writer, Reader


def _make_bom_codec(name, width, bom_le, bom_be):
    # utf-16 and utf-32: a BOM is written first and read to learn the byte
    # order (little-endian when there is none).
    le_enc, le_dec = _make_text_codec(name + '-le', name + '-le', name)[:2]
    be_enc, be_dec = _make_text_codec(name + '-be', name + '-be', name, 'be')[:2]

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (name.replace('-', '_'), type(input).__name__))
        return (bom_le + le_enc(input, errors)[0], len(input))

    def decode_with_order(input, errors, final, order):
        data = _bytes_arg(input)
        if order is None:
            if data.startswith(bom_le) and not (width == 2 and data.startswith(b'\xff\xfe\x00\x00') and False):
                text, n = le_dec(data[width:], errors, final)
                return text, n + width, 'le'
            if data.startswith(bom_be):
                text, n = be_dec(data[width:], errors, final)
                return text, n + width, 'be'
            if len(data) < width and not final:
                return '', 0, None
            order = 'le'
        dec = le_dec if order == 'le' else be_dec
        text, n = dec(data, errors, final)
        return text, n, order

    def decode(input, errors='strict', final=False):
        text, n, _ = decode_with_order(input, errors, final, None)
        return text, n

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            out = le_enc(input, self.errors)[0]
            if not self.started:
                self.started = True
                out = bom_le + out
            return out

        def reset(self):
            self.started = False

        def getstate(self):
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = not state

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.order = None

        def _buffer_decode(self, input, errors, final):
            text, n, self.order = decode_with_order(input, errors, final, self.order)
            return text, n

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.order = None

    class Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.started = False

        def encode(self, input, errors='strict'):
            out = le_enc(input, errors)[0]
            if not self.started:
                self.started = True
                out = bom_le + out
            return out, len(input)

        def reset(self):
            self.started = False

    class Reader(StreamReader):
        def __init__(self, stream, errors='strict'):
            StreamReader.__init__(self, stream, errors)
            self.order = None

        def decode(self, input, errors='strict'):
            text, n, self.order = decode_with_order(input, errors, False, self.order)
            return text, n

        def reset(self):
            StreamReader.reset(self)
            self.order = None

    encode.__name__ = name.replace('-', '_') + '_encode'
    decode.__name__ = name.replace('-', '_') + '_decode'
    for cls, suffix in ((IncEncoder, 'IncrementalEncoder'), (IncDecoder, 'IncrementalDecoder'),
                        (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = suffix
    return encode, decode, IncEncoder, IncDecoder, Writer, Reader


def _make_sig_codec():
    # utf-8-sig: a BOM written first, and skipped when read first.
    enc8, dec8 = _make_text_codec('utf-8', 'utf-8', 'utf-8')[:2]

    def encode(input, errors='strict'):
        return (BOM_UTF8 + enc8(input, errors)[0], len(input))

    def decode_first(data, errors, final):
        if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
            return '', 0, False
        skip = 3 if data[:3] == BOM_UTF8 else 0
        text, n = dec8(data[skip:], errors, final)
        return text, n + skip, True

    def decode(input, errors='strict', final=False):
        text, n, _ = decode_first(_bytes_arg(input), errors, final)
        return text, n

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first:
                self.first = False
                return BOM_UTF8 + enc8(input, self.errors)[0]
            return enc8(input, self.errors)[0]

        def reset(self):
            self.first = True

        def getstate(self):
            return 1 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            if self.first:
                text, n, done = decode_first(input, errors, final)
                if done:
                    self.first = False
                return text, n
            return dec8(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = True

    class Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.first = True

        def encode(self, input, errors='strict'):
            out = enc8(input, errors)[0]
            if self.first:
                self.first = False
                out = BOM_UTF8 + out
            return out, len(input)

        def reset(self):
            self.first = True

    class Reader(StreamReader):
        def __init__(self, stream, errors='strict'):
            StreamReader.__init__(self, stream, errors)
            self.first = True

        def decode(self, input, errors='strict'):
            if self.first:
                text, n, done = decode_first(input, errors, False)
                if done:
                    self.first = False
                return text, n
            return dec8(input, errors, False)

        def reset(self):
            StreamReader.reset(self)
            self.first = True

    for cls, suffix in ((IncEncoder, 'IncrementalEncoder'), (IncDecoder, 'IncrementalDecoder'),
                        (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = suffix
    return encode, decode, IncEncoder, IncDecoder, Writer, Reader


# Bytes-to-bytes and str-to-str codecs.

def _make_transform_codec(name, enc, dec, to_type):
    def encode(input, errors='strict'):
        assert errors == 'strict'
        return (enc(input), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return (dec(input), len(input))

    empty = to_type()

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input)

    class IncDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input)

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class Reader(StreamReader):
        charbuffertype = to_type

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    encode.__name__ = name + '_encode'
    decode.__name__ = name + '_decode'
    del empty
    return encode, decode, IncEncoder, IncDecoder, Writer, Reader


def _hex_encode(b):
    import binascii
    return binascii.b2a_hex(b)


def _hex_decode(b):
    import binascii
    return binascii.a2b_hex(b)


def _b64_encode(b):
    import base64
    return base64.encodebytes(b)


def _b64_decode(b):
    import base64
    return base64.decodebytes(b)


def _zlib_encode(b):
    import zlib
    return zlib.compress(b)


def _zlib_decode(b):
    import zlib
    return zlib.decompress(b)


def _qp_encode(b):
    import binascii
    return binascii.b2a_qp(b, quotetabs=True)


def _qp_decode(b):
    import binascii
    return binascii.a2b_qp(b)


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(s):
    return str.translate(s, _ROT13)


# name: (CodecInfo name, factory, is text encoding)
_CODECS = {
    'utf_8': ('utf-8', lambda: _make_text_codec('utf-8', 'utf-8', 'utf-8'), True),
    'utf_8_sig': ('utf-8-sig', _make_sig_codec, True),
    'ascii': ('ascii', lambda: _make_text_codec('ascii', 'ascii', None), True),
    'latin_1': ('iso8859-1', lambda: _make_text_codec('latin-1', 'latin-1', None), True),
    'utf_16': ('utf-16', lambda: _make_bom_codec('utf-16', 2, BOM_UTF16_LE, BOM_UTF16_BE), True),
    'utf_16_le': ('utf-16-le', lambda: _make_text_codec('utf-16-le', 'utf-16-le', 'utf-16'), True),
    'utf_16_be': ('utf-16-be', lambda: _make_text_codec('utf-16-be', 'utf-16-be', 'utf-16', 'be'), True),
    'utf_32': ('utf-32', lambda: _make_bom_codec('utf-32', 4, BOM_UTF32_LE, BOM_UTF32_BE), True),
    'utf_32_le': ('utf-32-le', lambda: _make_text_codec('utf-32-le', 'utf-32-le', 'utf-32'), True),
    'utf_32_be': ('utf-32-be', lambda: _make_text_codec('utf-32-be', 'utf-32-be', 'utf-32'), True),
    'hex_codec': ('hex', lambda: _make_transform_codec('hex', _hex_encode, _hex_decode, bytes), False),
    'base64_codec': ('base64', lambda: _make_transform_codec('base64', _b64_encode, _b64_decode, bytes), False),
    'zlib_codec': ('zlib', lambda: _make_transform_codec('zlib', _zlib_encode, _zlib_decode, bytes), False),
    'quopri_codec': ('quopri', lambda: _make_transform_codec('quopri', _qp_encode, _qp_decode, bytes), False),
    'rot_13': ('rot-13', lambda: _make_transform_codec('rot13', _rot13, _rot13, str), False),
}

_ALIASES = {
    'utf8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8', 'utf8_ucs2': 'utf_8', 'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8',
    'us_ascii': 'ascii', '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii',
    'ansi_x3.4_1986': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii',
    'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii', 'us': 'ascii',
    'latin1': 'latin_1', 'latin': 'latin_1', 'l1': 'latin_1', '8859': 'latin_1', 'cp819': 'latin_1',
    'csisolatin1': 'latin_1', 'ibm819': 'latin_1', 'iso8859': 'latin_1', 'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1', 'iso_8859_1_1987': 'latin_1', 'iso_ir_100': 'latin_1',
    'utf16': 'utf_16', 'u16': 'utf_16', 'utf_16le': 'utf_16_le', 'unicodelittleunmarked': 'utf_16_le',
    'utf_16be': 'utf_16_be', 'unicodebigunmarked': 'utf_16_be',
    'utf32': 'utf_32', 'u32': 'utf_32', 'utf_32le': 'utf_32_le', 'utf_32be': 'utf_32_be',
    'hex': 'hex_codec', 'base64': 'base64_codec', 'base_64': 'base64_codec',
    'zlib': 'zlib_codec', 'zip': 'zlib_codec', 'rot13': 'rot_13',
    'quopri': 'quopri_codec', 'quotedprintable': 'quopri_codec', 'quoted_printable': 'quopri_codec',
}


def _normalize_encoding(name):
    # encodings.normalize_encoding: runs of non-alphanumeric characters
    # other than '.' become one '_'.
    out = []
    punct = False
    for c in name:
        if c.isalnum() or c == '.':
            if punct and out:
                out.append('_')
            out.append(c)
            punct = False
        else:
            punct = True
    return ''.join(out)


_builtin_cache = {}


def _builtin_search(name):
    key = _normalize_encoding(name).lower()
    key = _ALIASES.get(key, key)
    entry = _CODECS.get(key)
    if entry is None:
        return None
    info = _builtin_cache.get(key)
    if info is None:
        cname, factory, is_text = entry
        enc, dec, ienc, idec, writer, reader = factory()
        if is_text:
            dec = _final_decoder(dec)
        info = CodecInfo(enc, dec, reader, writer, ienc, idec, name=cname,
                         _is_text_encoding=is_text)
        _builtin_cache[key] = info
    return info


def _final_decoder(dec):
    # A codec's stateless decode: all the input, incomplete or not.
    def decode(input, errors='strict'):
        return dec(input, errors, True)
    decode.__name__ = 'decode'
    return decode


_search_functions = [_builtin_search]
_lookup_cache = {}


def register(search_function):
    """Register a codec search function: it takes a normalised encoding
    name and returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _lookup_cache.clear()


def lookup(encoding):
    """Look up a codec in the registry and return its CodecInfo."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_').replace('-', '_')
    info = _lookup_cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _lookup_cache[key] = info
        return info
    raise LookupError("unknown encoding: %s" % encoding)


def _wrapped(action, encoding, exc):
    if isinstance(exc, UnicodeError):
        return exc
    try:
        new = type(exc)("%s with '%s' codec failed (%s: %s)" % (action, encoding, type(exc).__name__, exc))
    except Exception:
        return exc
    return new


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except Exception as exc:
        new = _wrapped('encoding', encoding, exc)
        if new is exc:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except Exception as exc:
        new = _wrapped('decoding', encoding, exc)
        if new is exc:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    """Look up the codec for encoding and return its encoder function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Look up the codec for encoding and return its decoder function."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """Look up the codec for encoding and return its IncrementalEncoder class."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """Look up the codec for encoding and return its IncrementalDecoder class."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    """Look up the codec for encoding and return its StreamReader class."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """Look up the codec for encoding and return its StreamWriter class."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes of iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    """Return a dictionary mapping each item of rng to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Invert a decoding map; targets reached more than once map to None."""
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


def _export_codec_functions():
    # The module-level codec functions CPython's _codecs provides.
    g = globals()
    for key, fname in (('utf_8', 'utf_8'), ('ascii', 'ascii'), ('latin_1', 'latin_1'),
                       ('utf_16', 'utf_16'), ('utf_16_le', 'utf_16_le'), ('utf_16_be', 'utf_16_be'),
                       ('utf_32', 'utf_32'), ('utf_32_le', 'utf_32_le'), ('utf_32_be', 'utf_32_be')):
        enc, dec = _CODECS[key][1]()[:2]
        g[fname + '_encode'] = enc
        g[fname + '_decode'] = dec


_export_codec_functions()
