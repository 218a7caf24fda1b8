package kaa

import "github.com/kaa-lang/kaa/py"

// stdlibModules lists the modules implemented in Go (packages under
// stdlib/), by import name. A package stdlib/<name> exports
//
//	func Init(in *py.Interpreter) (*py.Module, error)
//
// and is registered here explicitly.
func stdlibModules() map[string]py.ModuleInit {
	return map[string]py.ModuleInit{}
}

// libSource finds kaa's own Python modules (lib/), none yet.
func libSource(name string) ([]byte, string, bool, bool) { return nil, "", false, false }
