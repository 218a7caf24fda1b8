// Package gc implements the gc module. kaa's memory is managed by Go's
// garbage collector, which needs no help with reference cycles, so most
// of the module only keeps up appearances: the thresholds and the
// enabled flag are remembered but change nothing. collect() runs a full
// Go collection and then the callbacks of weak references whose referent
// it found dead.
package gc

import (
	"runtime"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/weakref"
)

// state is the module's per-interpreter state.
type state struct {
	enabled   bool
	threshold [3]int
	frozen    int
}

// Init creates the gc module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("gc")
	m.Set("__doc__", py.NewStr("This module provides access to the garbage collector for reference cycles."))
	st := &state{enabled: true, threshold: [3]int{700, 10, 10}}
	for name, v := range map[string]int64{"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4,
		"DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38} {
		m.Set(name, py.NewInt(v))
	}
	m.Set("garbage", py.NewList(nil))
	m.Set("callbacks", py.NewList(nil))
	noArgs := func(name string, f func(t *py.Thread) (py.Object, error), doc string) {
		m.AddFunc(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if err := py.CheckArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return f(t)
		}, doc)
	}
	m.AddFunc("collect", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		generation := 2
		if err := py.UnpackArgs("collect", args, kw, "generation?", &generation); err != nil {
			return nil, err
		}
		if generation < 0 || generation > 2 {
			return nil, py.Errorf(py.ValueErrorType, "invalid generation")
		}
		Collect(t)
		return py.NewInt(0), nil
	}, "Run the garbage collector.")
	noArgs("enable", func(t *py.Thread) (py.Object, error) { st.enabled = true; return py.None, nil }, "Enable automatic garbage collection.")
	noArgs("disable", func(t *py.Thread) (py.Object, error) { st.enabled = false; return py.None, nil }, "Disable automatic garbage collection.")
	noArgs("isenabled", func(t *py.Thread) (py.Object, error) { return py.Bool(st.enabled), nil }, "Returns true if automatic garbage collection is enabled.")
	noArgs("get_threshold", func(t *py.Thread) (py.Object, error) {
		return py.NewTuple(py.NewInt(int64(st.threshold[0])), py.NewInt(int64(st.threshold[1])), py.NewInt(int64(st.threshold[2]))), nil
	}, "Return the current collection thresholds.")
	m.AddFunc("set_threshold", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("set_threshold", args, kw, 1, 3); err != nil {
			return nil, err
		}
		for i, a := range args {
			v, err := py.AsIndex(t, a)
			if err != nil {
				return nil, err
			}
			st.threshold[i] = v
		}
		return py.None, nil
	}, "Set the collection thresholds (the collection frequency).")
	noArgs("get_count", func(t *py.Thread) (py.Object, error) {
		return py.NewTuple(py.NewInt(0), py.NewInt(0), py.NewInt(0)), nil
	}, "Return a three-tuple of the current collection counts.")
	noArgs("get_stats", func(t *py.Thread) (py.Object, error) {
		var gens []py.Object
		for i := 0; i < 3; i++ {
			d := py.NewDict()
			d.SetString("collections", py.NewInt(0))
			d.SetString("collected", py.NewInt(0))
			d.SetString("uncollectable", py.NewInt(0))
			gens = append(gens, d)
		}
		return py.NewList(gens), nil
	}, "Return a list of dictionaries containing per-generation statistics.")
	m.AddFunc("get_objects", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var generation py.Object = py.None
		if err := py.UnpackArgs("get_objects", args, kw, "generation?", &generation); err != nil {
			return nil, err
		}
		return py.NewList(nil), nil
	}, "Return a list of objects tracked by the collector (kaa tracks none).")
	for _, name := range []string{"get_referrers", "get_referents"} {
		m.AddFunc(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if err := py.NoKwargs(name, kw); err != nil {
				return nil, err
			}
			return py.NewList(nil), nil
		}, "Return the list of objects that refer to or are referred to by the arguments (kaa cannot tell: empty).")
	}
	m.AddFunc("is_tracked", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("is_tracked", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.Bool(tracked(args[0])), nil
	}, "Returns true if the object is tracked by the garbage collector.")
	m.AddFunc("is_finalized", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("is_finalized", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.False, nil
	}, "Returns true if the object has been already finalized by the GC.")
	noArgs("freeze", func(t *py.Thread) (py.Object, error) { st.frozen++; return py.None, nil }, "Freeze all current tracked objects and ignore them for future collections.")
	noArgs("unfreeze", func(t *py.Thread) (py.Object, error) { st.frozen = 0; return py.None, nil }, "Unfreeze all objects in the permanent generation.")
	noArgs("get_freeze_count", func(t *py.Thread) (py.Object, error) { return py.NewInt(0), nil }, "Return the number of objects in the permanent generation.")
	m.AddFunc("set_debug", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("set_debug", args, kw, 1, 1); err != nil {
			return nil, err
		}
		_, err := py.AsIndex(t, args[0])
		return py.None, err
	}, "Set the garbage collection debugging flags.")
	noArgs("get_debug", func(t *py.Thread) (py.Object, error) { return py.NewInt(0), nil }, "Get the garbage collection debugging flags.")
	return m, nil
}

// Collect runs a full Go collection, then the callbacks of the weak
// references whose referent it found unreachable. Weak pointers are
// cleared when the collection that found their object dead finishes,
// so one runtime.GC is enough; a second one catches objects that only
// the callbacks still referenced.
func Collect(t *py.Thread) {
	runtime.GC()
	if weakref.Sweep(t) > 0 {
		runtime.GC()
		weakref.Sweep(t)
	}
}

// tracked says whether CPython's collector would track o: containers
// and instances, not atoms such as numbers and strings.
func tracked(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Float, py.Complex, py.Bool, *py.Str, *py.Bytes, *py.NoneType:
		return false
	}
	if o.Type() == py.ObjectType {
		return false
	}
	if t, ok := py.AsTuple(o); ok && o.Type() == py.TupleType {
		for _, it := range t.Items() {
			if tracked(it) {
				return true
			}
		}
		return false
	}
	if d, ok := o.(*py.Dict); ok {
		for _, k := range d.Items() {
			if tracked(k) {
				return true
			}
		}
		return false
	}
	return true
}
