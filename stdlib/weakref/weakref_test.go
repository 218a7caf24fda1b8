package weakref_test

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/gc"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
	"github.com/kaa-lang/kaa/stdlib/weakref"
)

func TestWeakrefDies(t *testing.T) {
	mods := map[string]py.ModuleInit{"_weakref": weakref.Init, "gc": gc.Init}
	out, stderr, status := modtest.Run(mods, `import _weakref, gc
class C:
    pass
seen = []
def make():
    c = C()
    return _weakref.ref(c, lambda r: seen.append(r() is None)), c
r, keep = make()
print(r() is keep)
del keep
gc.collect()
print(r(), seen)
try:
    _weakref.ref(1)
except TypeError as e:
    print(e)
`)
	want := "True\nNone [True]\ncannot create weak reference to 'int' object\n"
	if out != want || status != 0 {
		t.Errorf("got (status %d):\n%s%s\nwant:\n%s", status, out, stderr, want)
	}
}
