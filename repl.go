package kaa

// REPL runs the interactive prompt on the interpreter's standard streams
// until end of input, returning the exit status.
func (i *Interpreter) REPL(quiet bool) int { return i.in.REPL(quiet) }

// RunModule runs a module found on sys.path as __main__ (kaa -m),
// returning the exit status.
func (i *Interpreter) RunModule(name string) int { return i.in.RunModuleAsMain(name) }
