package random

import (
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"_random": Init}

// TestReference checks the generator against the reference output of
// MT19937 (init_by_array with {0x123, 0x234, 0x345, 0x456}).
func TestReference(t *testing.T) {
	var g mt
	g.initByArray([]uint32{0x123, 0x234, 0x345, 0x456})
	want := []uint32{1067595299, 955945823, 477289528, 4107218783, 4228976476}
	for i, w := range want {
		if got := g.uint32(); got != w {
			t.Fatalf("word %d = %d, want %d", i, got, w)
		}
	}
}

func TestAgainstCPython(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`import _random
r = _random.Random(12345)
print(r.random(), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(200))
for s in (0, -7, 2**64 + 3, 10**40, 2.5, -1.5, (1, 2)):
    r.seed(s)
    print(r.random())
s = r.getstate()
print(len(s), s[-1], r.random())
r.setstate(s)
print(r.random())
for bad in ((1,), [0] * 625, (0,) * 624 + (625,), (-1,) * 625, (0,) * 624 + (2**70,)):
    try:
        r.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)
for k in (-1, 1.5, 2**40):
    try:
        r.getrandbits(k)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _random.Random(1, 2)
except TypeError as e:
    print(e)
class Sub(_random.Random):
    pass
x = Sub(3)
print(x.random(), isinstance(x, _random.Random), _random.Random.__module__)`,
	})
}

// fixedRandom is a System whose random source always gives the same
// bytes, so that unseeded generators are reproducible.
type fixedRandom struct{ py.OSSystem }

func (fixedRandom) ReadRandom(b []byte) error {
	for i := range b {
		b[i] = byte(i)
	}
	return nil
}

// TestSystemRandomSource checks that unseeded generators draw from the
// interpreter's System.
func TestSystemRandomSource(t *testing.T) {
	run := func() string {
		var out strings.Builder
		in := py.NewInterpreter(py.Config{Stdout: &out, Modules: mods, Lib: lib.Source, System: fixedRandom{}})
		if status := in.RunMain([]byte("import _random\nprint(_random.Random().random(), _random._urandom(3))\n"), "<test>", false); status != 0 {
			t.Fatalf("status %d", status)
		}
		in.FlushStdio()
		return out.String()
	}
	a, b := run(), run()
	if a != b || !strings.HasSuffix(a, "b'\\x00\\x01\\x02'\n") {
		t.Errorf("got %q and %q", a, b)
	}
}
