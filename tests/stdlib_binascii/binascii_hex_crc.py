import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(0, 256, 7))
for f in (binascii.hexlify, binascii.b2a_hex):
    show(f, data)
    show(f, b"")
    show(f, b"\x01\x02\x03\x04\x05", ":")
    show(f, b"\x01\x02\x03\x04\x05", b"-", 2)
    show(f, b"\x01\x02\x03\x04\x05", "_", -2)
    show(f, b"\x01\x02\x03\x04\x05", " ", 0)
    show(f, b"\x01\x02\x03", "ab")
    show(f, b"\x01\x02\x03", "\u00e9")
    show(f, b"\x01\x02\x03", 3)
    show(f, "abc")
    show(f, bytearray(b"xyz"), sep="|", bytes_per_sep=1)

for f in (binascii.unhexlify, binascii.a2b_hex):
    for s in [b"00ff7F", "abcdef", b"abc", b"zz", b"0g", "\u00e900", b"", bytearray(b"1234"), 1.5]:
        show(f, s)
show(binascii.unhexlify, hexstr=b"00")

for s in [b"", b"a", b"abc", b"hello world", bytes(range(256)), b"\xff" * 1000]:
    print(binascii.crc32(s), binascii.crc32(s, 1), binascii.crc32(s, 0xFFFFFFFF), binascii.crc32(s, -1),
          binascii.crc32(s, 2**40 + 3), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF),
          binascii.crc_hqx(s, -1), binascii.crc_hqx(s, 0x12345))
crc = 0
for part in [b"The quick ", b"brown fox ", b"jumps"]:
    crc = binascii.crc32(part, crc)
print(crc == binascii.crc32(b"The quick brown fox jumps"))
show(binascii.crc32, "abc")
show(binascii.crc32, b"abc", 1.5)
show(binascii.crc32)
show(binascii.crc_hqx, b"a")
show(binascii.crc_hqx, b"a", "b")
