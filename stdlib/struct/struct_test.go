package pystruct

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"struct": Init}

func TestPackUnpack(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`import struct
for fmt in ["<i", ">h", "=Q", "!l", "@d", "<e", ">f", "3s", "5p", "?", "c", "<2h2x", "@bi", "@bq0i"]:
    print(fmt, struct.calcsize(fmt))`,
		`import struct
print(struct.pack("<ihb", -2, 515, 7), struct.unpack(">Hh", b"\x01\x02\xff\xfe"))
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x7c"), struct.pack(">d", -0.0))
print(struct.pack("3s2p", b"abcdef", b"xyz"), struct.unpack("3s2p", b"abc\x01q"))`,
		`import struct
for fmt, v in [("b", 200), ("<H", -1), (">H", -1), ("<q", 2**63), (">Q", -1), ("<i", 1.5), ("<d", "x"), ("c", b"ab")]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, e)`,
		`import struct
s = struct.Struct("<hi")
buf = bytearray(10)
s.pack_into(buf, 2, 1, -1)
print(bytes(buf), s.unpack_from(buf, 2), list(struct.iter_unpack("<h", b"abcd")), s.size, s.format)
try:
    s.unpack(b"abc")
except struct.error as e:
    print(e)`,
	})
}

func TestFloat16(t *testing.T) {
	cases := []struct {
		f    float64
		bits uint16
		ok   bool
	}{
		{0, 0, true}, {1, 0x3c00, true}, {-2, 0xc000, true}, {65504, 0x7bff, true},
		{65520, 0, false}, {5.960464477539063e-08, 1, true}, {2.98e-08, 0, true},
	}
	for _, c := range cases {
		bits, ok := float16Bits(c.f)
		if ok != c.ok || (ok && bits != c.bits) {
			t.Errorf("float16Bits(%v) = %#x, %v; want %#x, %v", c.f, bits, ok, c.bits, c.ok)
		}
		if ok && float16Value(bits) != c.f && c.f != 2.98e-08 {
			t.Errorf("float16Value(%#x) = %v; want %v", bits, float16Value(bits), c.f)
		}
	}
}
