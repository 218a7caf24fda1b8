package time

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"time": Init}

func TestTime(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`import time
st = time.gmtime(1234567890)
print(st, time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %W %p", st), time.asctime(st))
print(time.strptime("2001-02-03", "%Y-%m-%d"), time.gmtime(-1.5)[:6])
print(type(time.time()).__name__, time.monotonic() <= time.monotonic())`,
	})
}
