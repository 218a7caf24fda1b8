package functools

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"_functools": Init}

func TestFunctools(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`from _functools import partial, reduce, cmp_to_key
p = partial(int, base=2)
print(p("101"), p.args, p.keywords, reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(max, [], 7))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
try:
    reduce(max, [])
except TypeError as e:
    print(e)`,
	})
}
