package itertools

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"itertools": Init}

func TestItertools(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`from itertools import *
print(list(islice(count(3, 2), 4)), list(islice(cycle("ab"), 5)), list(repeat(1, 3)))
print(list(accumulate([1, 2, 3])), list(chain("ab", [1])), list(compress("abc", [1, 0, 1])))
print(list(dropwhile(lambda x: x < 2, [1, 2, 1])), list(takewhile(lambda x: x < 2, [1, 2, 1])))
print([(k, list(g)) for k, g in groupby("aabcc")], list(pairwise("abc")), list(zip_longest("ab", "c", fillvalue=0)))
print(list(product("ab", repeat=2)), list(permutations(range(3), 2)), list(combinations("abc", 2)))
print(list(combinations_with_replacement("ab", 2)), [list(t) for t in tee("xy", 2)], list(starmap(pow, [(2, 3)])))`,
	})
}
