package weakref

import "github.com/kaa-lang/kaa/py"

// Init creates the _weakref module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_weakref")
	m.Set("ref", RefType)
	m.Set("ReferenceType", RefType)
	m.Set("ProxyType", ProxyType)
	m.Set("CallableProxyType", CallableProxyType)
	m.Set("_registry", newRegistry())
	m.AddFunc("proxy", proxyNew, "Create a proxy object that weakly references 'object'.")
	m.AddFunc("getweakrefcount", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("getweakrefcount", args, kw, 1, 1); err != nil {
			return nil, err
		}
		reg, err := registryOf(t)
		if err != nil {
			return nil, err
		}
		return py.NewInt(int64(len(reg.live(args[0])))), nil
	}, "Return the number of weak references to 'object'.")
	m.AddFunc("getweakrefs", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("getweakrefs", args, kw, 1, 1); err != nil {
			return nil, err
		}
		reg, err := registryOf(t)
		if err != nil {
			return nil, err
		}
		var out []py.Object
		for _, r := range reg.live(args[0]) {
			out = append(out, r.outer)
		}
		return py.NewList(out), nil
	}, "Return a list of all weak reference objects pointing to 'object'.")
	m.AddFunc("_remove_dead_weakref", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("_remove_dead_weakref", args, kw, 2, 2); err != nil {
			return nil, err
		}
		d, ok := py.AsDict(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "_remove_dead_weakref() argument 1 must be dict, not %s", py.TypeName(args[0]))
		}
		v, err := d.GetItem(t, args[1])
		if err != nil || v == nil {
			return py.None, err
		}
		if r := asRef(v); r != nil && r.referent() == nil {
			if _, err := d.DelItem(t, args[1]); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}, "Atomically delete key from dict if it is mapped to a dead weakref.")
	return m, nil
}
