package zlib

import (
	"runtime"
	"testing"
	"time"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"zlib": Init}

func TestAgainstCPython(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`import zlib
data = b"kaa " * 1000 + bytes(range(256))
for wbits in (15, -15, 31, 9):
    c = zlib.compress(data, 6, wbits)
    d = zlib.decompressobj(wbits)
    out = b"".join(d.decompress(c[i:i + 10]) for i in range(0, len(c), 10)) + d.flush()
    print(wbits, zlib.decompress(c, wbits) == data, out == data, d.eof, d.unused_data)
print(zlib.crc32(data), zlib.adler32(data))`,
		`import zlib
for bad in [b"", b"x\x9c", b"junk data", zlib.compress(b"abc")[:-1] + b"\x00"]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print(e)`,
	})
}

// TestAbandonedDecompressor checks that the decoder goroutine of a
// Decompress object dropped in mid-stream ends once it is collected.
func TestAbandonedDecompressor(t *testing.T) {
	before := runtime.NumGoroutine()
	func() {
		var th *py.Thread
		in := py.NewInterpreter(py.Config{})
		th = in.MainThread()
		for i := 0; i < 20; i++ {
			d := &Decompress{kind: kindZlib, window: 15}
			if _, err := d.run(th, []byte{0x78, 0x9c, 0x4b}, 0); err != nil {
				t.Fatal(err)
			}
		}
	}()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		runtime.GC()
		if runtime.NumGoroutine() <= before+2 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("decoder goroutines still running: %d before, %d after", before, runtime.NumGoroutine())
}
