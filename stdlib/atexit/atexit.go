// Package atexit implements the atexit module: functions registered to
// run when the interpreter exits (the Interpreter keeps the list).
package atexit

import "github.com/kaa-lang/kaa/py"

// Init creates the atexit module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("atexit")
	m.Set("__doc__", py.NewStr("allow programmer to define multiple exit functions to be executed\nupon normal program termination."))
	m.AddFunc("register", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if len(args) == 0 || (kw != nil && len(args) == kw.Len()) {
			return nil, py.Errorf(py.TypeErrorType, "register() takes at least 1 argument (0 given)")
		}
		fn := args[0]
		if fn.Type().Slots.Call == nil {
			return nil, py.Errorf(py.TypeErrorType, "the first argument must be callable")
		}
		rest := append([]py.Object(nil), args[1:]...)
		t.Interp().RegisterAtExit(fn, rest, kw)
		return fn, nil
	}, "Register a function to be executed upon normal program termination.")
	m.AddFunc("unregister", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("unregister", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.None, t.Interp().UnregisterAtExit(t, args[0])
	}, "Unregister an exit function which was previously registered using atexit.register.")
	return m, nil
}
