package operator

import (
	"strings"

	"github.com/kaa-lang/kaa/py"
)

// AttrGetter is attrgetter(*attrs): each attribute a dotted path.
type AttrGetter struct {
	paths [][]*py.Str
	names []string
}

// ItemGetter is itemgetter(*items).
type ItemGetter struct{ items []py.Object }

// MethodCaller is methodcaller(name, /, *args, **kwargs).
type MethodCaller struct {
	name   *py.Str
	args   []py.Object // positional then keyword values
	kwargs *py.Tuple
}

// The callable types of the module.
var (
	AttrGetterType   = py.NewBuiltinType("operator.attrgetter", nil, 0)
	ItemGetterType   = py.NewBuiltinType("operator.itemgetter", nil, 0)
	MethodCallerType = py.NewBuiltinType("operator.methodcaller", nil, 0)
)

// Type returns AttrGetterType.
func (*AttrGetter) Type() *py.Type { return AttrGetterType }

// Type returns ItemGetterType.
func (*ItemGetter) Type() *py.Type { return ItemGetterType }

// Type returns MethodCallerType.
func (*MethodCaller) Type() *py.Type { return MethodCallerType }

// oneArg checks the single argument of a getter's call.
func oneArg(name string, args []py.Object, kw *py.Tuple) error {
	if err := py.NoKwargs(name, kw); err != nil {
		return err
	}
	if len(args) != 1 {
		return py.Errorf(py.TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	return nil
}

// get follows one dotted path.
func (g *AttrGetter) get(t *py.Thread, o py.Object, path []*py.Str) (py.Object, error) {
	for _, name := range path {
		var err error
		if o, err = py.GetAttr(t, o, name); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// reprArgs formats constructor arguments for a repr.
func reprArgs(t *py.Thread, name string, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var parts []string
	npos := len(args)
	if kwnames != nil {
		npos -= kwnames.Len()
	}
	for i, a := range args {
		r, err := py.Repr(t, a)
		if err != nil {
			return nil, err
		}
		if i >= npos {
			k, _ := py.AsStr(kwnames.At(i - npos))
			parts = append(parts, k.String()+"="+r.String())
			continue
		}
		parts = append(parts, r.String())
	}
	return py.NewStr(name + "(" + strings.Join(parts, ", ") + ")"), nil
}

func init() {
	for _, typ := range []*py.Type{AttrGetterType, ItemGetterType, MethodCallerType} {
		typ.QualName = typ.ShortName()
		typ.AddAttr("__module__", py.NewStr("operator"))
	}
	AttrGetterType.Doc = "Return a callable object that fetches the given attribute(s) from its operand."
	ItemGetterType.Doc = "Return a callable object that fetches the given item(s) from its operand."
	MethodCallerType.Doc = "Return a callable object that calls the given method on its operand."

	AttrGetterType.Slots.New = func(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("attrgetter", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeErrorType, "attrgetter expected 1 argument, got 0")
		}
		g := &AttrGetter{}
		for _, a := range args {
			s, ok := py.AsStr(a)
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "attribute name must be a string")
			}
			var path []*py.Str
			for _, part := range strings.Split(s.String(), ".") {
				path = append(path, t.Interp().Intern(part))
			}
			g.paths = append(g.paths, path)
			g.names = append(g.names, s.String())
		}
		return g, nil
	}
	AttrGetterType.Slots.Call = func(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		g := o.(*AttrGetter)
		if err := oneArg("attrgetter", args, kw); err != nil {
			return nil, err
		}
		if len(g.paths) == 1 {
			return g.get(t, args[0], g.paths[0])
		}
		out := make([]py.Object, len(g.paths))
		for i, p := range g.paths {
			v, err := g.get(t, args[0], p)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return py.NewTupleFromSlice(out), nil
	}
	AttrGetterType.Slots.Repr = func(t *py.Thread, o py.Object) (py.Object, error) {
		g := o.(*AttrGetter)
		args := make([]py.Object, len(g.names))
		for i, n := range g.names {
			args[i] = py.NewStr(n)
		}
		return reprArgs(t, "operator.attrgetter", args, nil)
	}
	AttrGetterType.AddMethod("__reduce__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		g := self.(*AttrGetter)
		names := make([]py.Object, len(g.names))
		for i, n := range g.names {
			names[i] = py.NewStr(n)
		}
		return py.NewTuple(AttrGetterType, py.NewTupleFromSlice(names)), nil
	}, "Return state information for pickling")

	ItemGetterType.Slots.New = func(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("itemgetter", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeErrorType, "itemgetter expected 1 argument, got 0")
		}
		return &ItemGetter{items: append([]py.Object(nil), args...)}, nil
	}
	ItemGetterType.Slots.Call = func(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		g := o.(*ItemGetter)
		if err := oneArg("itemgetter", args, kw); err != nil {
			return nil, err
		}
		if len(g.items) == 1 {
			return py.GetItem(t, args[0], g.items[0])
		}
		out := make([]py.Object, len(g.items))
		for i, k := range g.items {
			v, err := py.GetItem(t, args[0], k)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return py.NewTupleFromSlice(out), nil
	}
	ItemGetterType.Slots.Repr = func(t *py.Thread, o py.Object) (py.Object, error) {
		g := o.(*ItemGetter)
		if t.ReprEnter(o) {
			return py.NewStr("operator.itemgetter(...)"), nil
		}
		defer t.ReprLeave(o)
		return reprArgs(t, "operator.itemgetter", g.items, nil)
	}
	ItemGetterType.AddMethod("__reduce__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return py.NewTuple(ItemGetterType, py.NewTupleCopy(self.(*ItemGetter).items)), nil
	}, "Return state information for pickling")

	MethodCallerType.Slots.New = func(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		npos := len(args)
		if kw != nil {
			npos -= kw.Len()
		}
		if npos < 1 {
			return nil, py.Errorf(py.TypeErrorType, "methodcaller needs at least one argument, the method name")
		}
		name, ok := py.AsStr(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "method name must be a string")
		}
		return &MethodCaller{name: t.Interp().Intern(name.String()), args: append([]py.Object(nil), args[1:]...), kwargs: kw}, nil
	}
	MethodCallerType.Slots.Call = func(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		c := o.(*MethodCaller)
		if err := oneArg("methodcaller", args, kw); err != nil {
			return nil, err
		}
		m, err := py.GetAttr(t, args[0], c.name)
		if err != nil {
			return nil, err
		}
		return py.Call(t, m, append([]py.Object(nil), c.args...), c.kwargs)
	}
	MethodCallerType.Slots.Repr = func(t *py.Thread, o py.Object) (py.Object, error) {
		c := o.(*MethodCaller)
		if t.ReprEnter(o) {
			return py.NewStr("operator.methodcaller(...)"), nil
		}
		defer t.ReprLeave(o)
		return reprArgs(t, "operator.methodcaller", append([]py.Object{c.name}, c.args...), c.kwargs)
	}
}
