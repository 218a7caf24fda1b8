// Package itertools implements the itertools module: the iterator
// building blocks (count, cycle, repeat, accumulate, chain, compress,
// dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile,
// tee, zip_longest) and the combinatoric iterators (product,
// permutations, combinations, combinations_with_replacement).
package itertools

import "github.com/kaa-lang/kaa/py"

// iterTypes lists the module's types by attribute name.
func iterTypes() map[string]*py.Type {
	return map[string]*py.Type{
		"count": CountType, "cycle": CycleType, "repeat": RepeatType,
		"accumulate": AccumulateType, "chain": ChainType, "compress": CompressType,
		"dropwhile": DropWhileType, "filterfalse": FilterFalseType, "groupby": GroupByType,
		"islice": ISliceType, "pairwise": PairwiseType, "starmap": StarMapType,
		"takewhile": TakeWhileType, "zip_longest": ZipLongestType,
		"product": ProductType, "permutations": PermutationsType,
		"combinations": CombinationsType, "combinations_with_replacement": CWRType,
		"_tee": TeeType, "_grouper": GrouperType, "_tee_dataobject": teeDataType,
	}
}

// Init creates the itertools module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("itertools")
	m.Set("__doc__", py.NewStr("Functional tools for creating and using iterators."))
	for name, typ := range iterTypes() {
		m.Set(name, typ)
	}
	m.AddFunc("tee", teeFunc, "Returns a tuple of n independent iterators.")
	return m, nil
}

// newType declares an iterator type of the module: subclassable, with
// Iter returning the iterator and Next implemented by next.
func newType(name string, doc string) *py.Type {
	typ := py.NewBuiltinType("itertools."+name, nil, py.FlagBaseType)
	typ.Doc = doc
	return typ
}

// finish fills the common slots of an iterator type.
func finish(typ *py.Type, newFn func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error),
	next func(t *py.Thread, o py.Object) (py.Object, bool, error)) {
	typ.QualName = typ.ShortName()
	typ.AddAttr("__module__", py.NewStr("itertools"))
	typ.Slots.Iter = func(t *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	typ.Slots.Next = func(t *py.Thread, o py.Object) (py.Object, bool, error) { return next(t, base(o)) }
	if newFn != nil {
		typ.Slots.New = func(t *py.Thread, sub *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
			o, err := newFn(t, args, kw)
			if err != nil || sub == typ {
				return o, err
			}
			return py.NewInstanceWithBase(sub, o), nil
		}
	}
	typ.AddClassMethod("__class_getitem__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("__class_getitem__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.NewGenericAlias(self, args[0]), nil
	}, "See PEP 585")
}

// base unwraps an instance of a subclass of an itertools type.
func base(o py.Object) py.Object {
	if inst, ok := o.(*py.Instance); ok && inst.Base() != nil {
		return inst.Base()
	}
	return o
}

// positional checks that a constructor got no keyword arguments and
// between min and max positional ones, with CPython's messages.
func positional(name string, args []py.Object, kw *py.Tuple, min, max int) error {
	if kw != nil && kw.Len() > 0 {
		return py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) < min || len(args) > max {
		switch {
		case min == max:
			return py.Errorf(py.TypeErrorType, "%s expected %d argument%s, got %d", name, min, plural(min), len(args))
		case len(args) < min:
			return py.Errorf(py.TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
		}
		return py.Errorf(py.TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// iterAll returns iterators over each of args.
func iterAll(t *py.Thread, args []py.Object) ([]py.Object, error) {
	its := make([]py.Object, len(args))
	for i, a := range args {
		it, err := py.Iter(t, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return its, nil
}
