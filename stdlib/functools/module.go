package functools

import "github.com/kaa-lang/kaa/py"

// Init creates the _functools module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_functools")
	m.Set("partial", PartialType)
	m.Set("KeyWrapper", KeyWrapperType)
	m.Set("_lru_cache_wrapper", LRUWrapperType)
	m.AddFunc("reduce", reduce, "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.")
	m.AddFunc("cmp_to_key", cmpToKey, "Convert a cmp= function into a key= function.")
	return m, nil
}
