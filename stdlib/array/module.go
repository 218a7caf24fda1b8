package array

import "github.com/kaa-lang/kaa/py"

// Init creates the array module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("array")
	m.Set("__doc__", py.NewStr("This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers."))
	m.Set("array", ArrayType)
	m.Set("ArrayType", ArrayType)
	m.Set("typecodes", py.NewStr(typecodes))
	return m, nil
}
