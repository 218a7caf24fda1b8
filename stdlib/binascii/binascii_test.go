package binascii

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"binascii": Init}

func TestAgainstCPython(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`import binascii
for s in [b"", b"a", b"ab", b"abc", bytes(range(40))]:
    e = binascii.b2a_base64(s)
    print(e, binascii.a2b_base64(e) == s, binascii.hexlify(s, "-", 3), binascii.crc32(s), binascii.crc_hqx(s, 7))`,
		`import binascii
for s in [b"YWJj", b"YW=Jj", b"YWJjZA", b"Y", b"=YWJj"]:
    for strict in (False, True):
        try:
            print(binascii.a2b_base64(s, strict_mode=strict))
        except binascii.Error as e:
            print(e)`,
		`import binascii
print(binascii.b2a_qp(b"a=b \xff\n.\nx" + b"y" * 80), binascii.a2b_qp(b"a=3Db=\r\nc_d", header=True))
print(binascii.b2a_uu(b"hello", backtick=True), binascii.a2b_uu(b"%:&5L;&\\\n"))`,
	})
}

func TestCRCHqx(t *testing.T) {
	// The CRC-CCITT (XModem) check value of "123456789".
	if got := CRCHqx(0, []byte("123456789")); got != 0x31C3 {
		t.Errorf("CRCHqx = %#x; want 0x31c3", got)
	}
}
