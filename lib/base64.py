"""Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings.

kaa's own implementation: base64 goes through binascii; the other
alphabets are coded here.
"""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_input(s):
    # Input to a decoder: bytes-like, or a str of ASCII characters.
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % type(s).__name__) from None
    return view.tobytes()


def _encode_input(s):
    if isinstance(s, bytes_types):
        return s
    return memoryview(s).tobytes()


def _check_altchars(altchars):
    assert len(altchars) == 2, repr(altchars)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        _check_altchars(altchars)
        out = out.translate(bytes.maketrans(b'+/', altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        _check_altchars(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet."""
    return b64decode(s)


_to_urlsafe = bytes.maketrans(b'+/', b'-_')
_from_urlsafe = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode s with the URL- and filesystem-safe alphabet ('-' and '_')."""
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    """Decode s, encoded with the URL- and filesystem-safe alphabet."""
    s = _decode_input(s)
    return b64decode(s.translate(_from_urlsafe))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# How many characters of the last group of eight carry data, by the
# number of bytes left over (0 to 4).
_B32_KEEP = (8, 2, 4, 5, 7)


_pair_tables = {}


def _pairs(alphabet):
    # The two-character spellings of every 10-bit (base32) or two-digit
    # (base85) value, built once per alphabet.
    table = _pair_tables.get(alphabet)
    if table is None:
        singles = [bytes((c,)) for c in alphabet]
        table = [a + b for a in singles for b in singles]
        _pair_tables[alphabet] = table
    return table


def _b32_encode(alphabet, s):
    data = bytes(_encode_input(s))
    pairs = _pairs(alphabet)
    extra = len(data) % 5
    if extra:
        data += bytes(5 - extra)
    parts = []
    append = parts.append
    from_bytes = int.from_bytes
    for start in range(0, len(data), 5):
        value = from_bytes(data[start:start + 5], 'big')
        append(pairs[value >> 30])
        append(pairs[(value >> 20) & 0x3FF])
        append(pairs[(value >> 10) & 0x3FF])
        append(pairs[value & 0x3FF])
    out = b''.join(parts)
    if extra:
        keep = _B32_KEEP[extra]
        out = out[:len(out) - 8 + keep] + b'=' * (8 - keep)
    return out


_digit_tables = {}


def _digit_table(alphabet):
    # A bytes.translate table from digits to their values, 0xff for
    # bytes outside the alphabet.
    table = _digit_tables.get(alphabet)
    if table is None:
        values = bytearray(b'\xff' * 256)
        for i, c in enumerate(alphabet):
            values[c] = i
        table = _digit_tables[alphabet] = bytes(values)
    return table


def _b32_decode(alphabet, s, casefold, map01):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    pads = total - len(s)
    digits = s.translate(_digit_table(alphabet))
    if b'\xff' in digits:
        raise binascii.Error('Non-base32 digit found')
    out = bytearray()
    value = 0
    for start in range(0, len(digits), 8):
        value = 0
        for d in digits[start:start + 8]:
            value = (value << 5) | d
        out += value.to_bytes(5, 'big')
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pads and out:
        value <<= 5 * pads
        keep = {1: 4, 3: 3, 4: 2, 6: 1}[pads]
        out[-5:] = value.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    return _b32_encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    return _b32_decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s using Base32hex and return a bytes object."""
    return _b32_encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode the Base32hex encoded bytes-like object or ASCII string s."""
    return _b32_decode(_B32HEX, s, casefold, None)


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def _words85(data, alphabet, pad, fold_zero, fold_spaces):
    # The base-85 digits of data, four bytes at a time.
    data = bytes(_encode_input(data))
    extra = -len(data) % 4
    padded = data + bytes(extra)
    pairs = _pairs(alphabet)
    parts = []
    append = parts.append
    from_bytes = int.from_bytes
    count = len(padded) // 4
    for k in range(count):
        word = from_bytes(padded[4 * k:4 * k + 4], 'big')
        partial = extra and not pad and k == count - 1
        if fold_zero and word == 0 and not partial:
            append(b'z')
        elif fold_spaces and word == 0x20202020 and not partial:
            append(b'y')
        else:
            digits = pairs[word // 614125] + pairs[word // 85 % 7225] + pairs[word % 85][1:]
            append(digits[:5 - extra] if partial else digits)
    return b''.join(parts)


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object."""
    out = _words85(b, _A85, pad, True, foldspaces)
    if adobe:
        out = b'<~' + out
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [out[i:i + width] for i in range(0, len(out), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        out = b'\n'.join(lines)
    if adobe:
        out += b'~>'
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b."""
    b = _decode_input(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (b'~>',))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []

    def flush(digits):
        value = 0
        for d in digits:
            value = value * 85 + d - 33
        if value > 0xFFFFFFFF:
            raise ValueError('Ascii85 overflow')
        out.extend(value.to_bytes(4, 'big'))

    for c in b:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                flush(group)
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        n = len(group)
        flush(group + [117] * (5 - n))
        del out[len(out) - (5 - n):]
    return bytes(out)


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object."""
    return _words85(b, _B85, pad, False, False)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    values = {c: i for i, c in enumerate(_B85)}
    b = _decode_input(b)
    extra = -len(b) % 5
    b = b + b'~' * extra
    out = bytearray()
    for start in range(0, len(b), 5):
        value = 0
        for j, c in enumerate(b[start:start + 5]):
            digit = values.get(c)
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (start + j))
            value = value * 85 + digit
        if value > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += value.to_bytes(4, 'big')
    if extra:
        del out[-extra:]
    return bytes(out)


def encode(input, output):
    """Encode a binary file into base64 lines of at most 76 characters."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode a binary file of base64 lines."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _check_bytes_input(s):
    try:
        view = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from err
    if view.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s" % (view.format, type(s).__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" % (view.ndim, type(s).__name__))


def encodebytes(s):
    """Encode bytes into base64 lines of at most 76 characters, each ending in a newline."""
    _check_bytes_input(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode a bytestring of base64 lines into a bytes object."""
    _check_bytes_input(s)
    return binascii.a2b_base64(s)
