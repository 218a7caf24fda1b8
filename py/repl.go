package py

import (
	"bufio"
	"strings"
)

// REPL reads statements from stdin and runs them in __main__ (the
// program's, after -i), printing expression values, until end of input.
// It returns the exit status.
func (in *Interpreter) REPL(quiet bool) int {
	t := in.main
	in.inREPL = true
	// After a program (-i) the loop continues in its namespace.
	main, ok := in.modules.GetString("__main__").(*Module)
	if !ok {
		main = NewModule("__main__")
		main.dict.SetString("__builtins__", in.builtins)
		in.modules.SetString("__main__", main)
	}
	if !quiet {
		in.writeStderr("Python " + versionLine + "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")
	}
	r := bufio.NewReader(in.stdin)
	for {
		var src strings.Builder
		prompt := ">>> "
		for {
			in.flushStdout()
			in.writeStderr(prompt)
			line, err := r.ReadString('\n')
			if line == "" && err != nil {
				in.writeStderr("\n")
				return in.finish(nil)
			}
			src.WriteString(line)
			text := src.String()
			if strings.TrimSpace(text) == "" {
				break
			}
			code, cerr := in.CompileSource([]byte(text), "<stdin>", "single")
			if cerr != nil {
				if needsMore(cerr, line) {
					prompt = "... "
					continue
				}
				in.reportUncaught(AsException(cerr))
				break
			}
			if prompt == "... " && strings.TrimSpace(line) != "" {
				continue
			}
			_, err = t.Protect(func() (Object, error) { return t.RunCode(code, main.dict, nil) })
			if err != nil {
				exc := AsException(err)
				if exc.typ.IsSubtype(SystemExitType) {
					return in.finish(err)
				}
				in.reportUncaught(exc)
			}
			break
		}
	}
}

// needsMore reports whether a compile error means the statement is
// incomplete (more lines should be read).
func needsMore(err error, line string) bool {
	exc := AsException(err)
	msg, _ := exc.attr("msg").(*Str)
	if msg == nil {
		return false
	}
	m := msg.s
	return strings.Contains(m, "unexpected EOF") || strings.Contains(m, "was never closed") ||
		strings.Contains(m, "expected an indented block") || strings.HasSuffix(strings.TrimSpace(line), ":") ||
		strings.Contains(m, "unterminated triple-quoted")
}

// RunModuleAsMain runs the module name (found on sys.path) as __main__,
// as `python -m name` does, returning the exit status.
func (in *Interpreter) RunModuleAsMain(name string) int {
	return in.runModuleAsMain(name)
}
