// Package functools implements _functools, the Go half of kaa's
// functools module: partial, reduce, cmp_to_key and the cache behind
// lru_cache. The Python half (lib/functools.py) adds wraps,
// total_ordering, cached_property, singledispatch and the decorators.
package functools

import (
	"strings"

	"github.com/kaa-lang/kaa/py"
)

// Partial is functools.partial(func, /, *args, **keywords).
type Partial struct {
	py.DictField
	fn   py.Object
	args []py.Object
	kw   *py.Dict
}

// PartialType is the type of partial objects.
var PartialType = py.NewBuiltinType("functools.partial", nil, py.FlagBaseType|py.FlagHasDict)

// Type returns PartialType.
func (*Partial) Type() *py.Type { return PartialType }

// asPartial unwraps a partial or an instance of a subclass.
func asPartial(o py.Object) *Partial {
	switch v := o.(type) {
	case *Partial:
		return v
	case *py.Instance:
		if p, ok := v.Base().(*Partial); ok {
			return p
		}
	}
	return nil
}

func partialNew(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	pos := args[:len(args)-nkw]
	if len(pos) < 1 {
		return nil, py.Errorf(py.TypeErrorType, "type 'partial' takes at least one argument")
	}
	fn := pos[0]
	if fn.Type().Slots.Call == nil {
		return nil, py.Errorf(py.TypeErrorType, "the first argument must be callable")
	}
	p := &Partial{kw: py.NewDict()}
	var before []py.Object
	// A plain partial of a plain partial is flattened.
	if inner, ok := fn.(*Partial); ok && typ == PartialType && (py.InstanceDict(inner) == nil || py.InstanceDict(inner).Len() == 0) {
		fn = inner.fn
		before = inner.args
		if err := p.kw.Update(t, inner.kw); err != nil {
			return nil, err
		}
	}
	p.fn = fn
	p.args = append(append([]py.Object(nil), before...), pos[1:]...)
	for i := 0; i < nkw; i++ {
		if err := p.kw.SetItem(t, kw.At(i), args[len(pos)+i]); err != nil {
			return nil, err
		}
	}
	if typ != PartialType {
		return py.NewInstanceWithBase(typ, p), nil
	}
	return p, nil
}

func partialCall(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	p := asPartial(o)
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	if p.kw.Len() == 0 {
		all := make([]py.Object, 0, len(p.args)+len(args))
		all = append(append(all, p.args...), args...)
		return py.Call(t, p.fn, all, kw)
	}
	// Merge the stored keywords with the call's (the call's win).
	merged := p.kw.Copy()
	for i := 0; i < nkw; i++ {
		if err := merged.SetItem(t, kw.At(i), args[len(args)-nkw+i]); err != nil {
			return nil, err
		}
	}
	all := make([]py.Object, 0, len(p.args)+len(args)+merged.Len())
	all = append(append(all, p.args...), args[:len(args)-nkw]...)
	names := make([]py.Object, 0, merged.Len())
	for pos := 0; ; {
		next, k, v, ok := merged.Next(pos)
		if !ok {
			break
		}
		pos = next
		names = append(names, k)
		all = append(all, v)
	}
	return py.Call(t, p.fn, all, py.NewTupleFromSlice(names))
}

func partialRepr(t *py.Thread, o py.Object) (py.Object, error) {
	p := asPartial(o)
	name := "functools.partial"
	if o.Type() != PartialType {
		name = o.Type().QualName
	}
	if t.ReprEnter(o) {
		return py.NewStr("..."), nil
	}
	defer t.ReprLeave(o)
	r, err := py.Repr(t, p.fn)
	if err != nil {
		return nil, err
	}
	parts := []string{r.String()}
	for _, a := range p.args {
		ar, err := py.Repr(t, a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, ar.String())
	}
	for pos := 0; ; {
		next, k, v, ok := p.kw.Next(pos)
		if !ok {
			break
		}
		pos = next
		ks, err := py.StrOf(t, k)
		if err != nil {
			return nil, err
		}
		vr, err := py.Repr(t, v)
		if err != nil {
			return nil, err
		}
		parts = append(parts, ks.String()+"="+vr.String())
	}
	return py.NewStr(name + "(" + strings.Join(parts, ", ") + ")"), nil
}

func init() {
	PartialType.QualName = "partial"
	PartialType.AddAttr("__module__", py.NewStr("functools"))
	PartialType.Doc = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"
	s := &PartialType.Slots
	s.New = partialNew
	s.Call = partialCall
	s.Repr = partialRepr
	PartialType.AddGetSet("func", func(t *py.Thread, o py.Object) (py.Object, error) { return asPartial(o).fn, nil }, nil, "function object to use in future partial calls")
	PartialType.AddGetSet("args", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewTupleCopy(asPartial(o).args), nil
	}, nil, "tuple of arguments to future partial calls")
	PartialType.AddGetSet("keywords", func(t *py.Thread, o py.Object) (py.Object, error) { return asPartial(o).kw, nil }, nil, "dictionary of keyword arguments to future partial calls")
	PartialType.AddGetSet("__dict__", func(t *py.Thread, o py.Object) (py.Object, error) { return py.InstanceDict(o), nil }, nil, "")
	PartialType.AddClassMethod("__class_getitem__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("__class_getitem__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.NewGenericAlias(self, args[0]), nil
	}, "See PEP 585")
	PartialType.AddMethod("__reduce__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		p := asPartial(self)
		var d py.Object = py.None
		if dd := py.InstanceDict(self); dd != nil && dd.Len() > 0 {
			d = dd
		}
		return py.NewTuple(self.Type(), py.NewTuple(p.fn), py.NewTuple(p.fn, py.NewTupleCopy(p.args), p.kw, d)), nil
	}, "")
}
