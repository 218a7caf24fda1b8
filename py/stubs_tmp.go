package py

// addBuiltinFunctions adds the built-in functions (filled in by builtins
// work).
func (in *Interpreter) addBuiltinFunctions(b *Module) {}

// initSys creates the sys module.
func (in *Interpreter) initSys() {
	s := NewModule("sys")
	in.sys = s
	in.modules.SetString("sys", s)
}
