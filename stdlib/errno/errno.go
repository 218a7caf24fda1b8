// Package errno implements the errno module: the standard error codes of
// the system (Linux's, as CPython defines them) and errorcode, the map
// from code to name.
package errno

import "github.com/kaa-lang/kaa/py"

// Init creates the errno module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("errno")
	m.Set("__doc__", py.NewStr("This module makes available standard errno system symbols."))
	errorcode := py.NewDict()
	for _, c := range codes {
		m.Set(c.name, py.NewInt(int64(c.value)))
	}
	t := in.MainThread()
	for _, p := range primary {
		if err := errorcode.SetItem(t, py.NewInt(int64(p.value)), py.NewStr(p.name)); err != nil {
			return nil, err
		}
	}
	m.Set("errorcode", errorcode)
	return m, nil
}
