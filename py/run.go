package py

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/compile"
	"github.com/kaa-lang/kaa/syntax"
)

// CompileSource compiles source text (bytes, decoded as CPython decodes
// source files) in mode "exec", "eval" or "single", returning a
// SyntaxError exception on failure.
func (in *Interpreter) CompileSource(src []byte, filename, mode string) (*Code, error) {
	bc, err := compileBytecode(src, filename, mode, 0)
	if err != nil {
		var ce *compileError
		if errors.As(err, &ce) {
			// Errors of the compiler proper carry no source line: CPython
			// reads it from the file named, if there is one.
			return nil, in.syntaxErrorFrom(ce.err, fileSource(filename))
		}
		return nil, in.syntaxErrorFrom(err, src)
	}
	return in.NewCode(bc), nil
}

// compileError marks an error of the compiler (after parsing).
type compileError struct{ err error }

func (e *compileError) Error() string { return e.err.Error() }
func (e *compileError) Unwrap() error { return e.err }

// fileSource reads a source file for error reports, or returns nil.
func fileSource(filename string) []byte {
	if filename == "" || strings.HasPrefix(filename, "<") {
		return nil
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return nil
	}
	return data
}

// compileBytecode parses and compiles source to a bytecode.Code.
func compileBytecode(src []byte, filename, mode string, flags uint32) (*bytecode.Code, error) {
	var pm syntax.Mode
	switch mode {
	case "exec":
		pm = syntax.ModeExec
	case "eval":
		pm = syntax.ModeEval
	case "single":
		pm = syntax.ModeSingle
	default:
		return nil, fmt.Errorf("compile() mode must be 'exec', 'eval' or 'single'")
	}
	mod, err := syntax.Parse(src, filename, pm, 0)
	if err != nil {
		return nil, err
	}
	bc, err := compile.Compile(mod, filename, compile.Options{Flags: flags})
	if err != nil {
		return nil, &compileError{err}
	}
	return bc, nil
}

// syntaxErrorFrom converts a parser or compiler error into a SyntaxError
// (or IndentationError, TabError) exception.
func (in *Interpreter) syntaxErrorFrom(err error, src []byte) error {
	var se *syntax.Error
	if !errors.As(err, &se) {
		return Errorf(SyntaxErrorType, "%v", err)
	}
	typ := SyntaxErrorType
	switch se.Type {
	case "IndentationError":
		typ = IndentationErrorType
	case "TabError":
		typ = TabErrorType
	}
	text := se.Text
	if text == "" && se.Lineno > 0 && src != nil {
		if decoded, _, derr := syntax.DecodeSource(src, se.Filename); derr == nil {
			lines := splitLinesKeep(decoded)
			if se.Lineno <= len(lines) {
				text = lines[se.Lineno-1]
			}
		}
	}
	e := &Exception{typ: typ}
	var textObj Object = None
	if text != "" || se.Lineno == 0 {
		// A line that is not valid UTF-8 shows as CPython decodes it,
		// with U+FFFD for the bad bytes.
		textObj = NewStr(strings.ToValidUTF8(text, "\ufffd"))
	}
	if se.Lineno == 0 && se.Msg == "source code string cannot contain null bytes" {
		// CPython finds null bytes before tokenizing: no location at all.
		e.args = NewTuple(NewStr(se.Msg))
		e.setAttr("msg", NewStr(se.Msg))
		for _, a := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"} {
			e.setAttr(a, None)
		}
		return e
	}
	if se.Lineno == 0 && (strings.HasPrefix(se.Msg, "unknown encoding") || strings.HasPrefix(se.Msg, "encoding problem")) {
		// The source cannot be decoded: CPython reports line 0, offset -1.
		info := NewTuple(NewStr(se.Filename), NewInt(0), NewInt(-1), None)
		e.args = NewTuple(NewStr(se.Msg), info)
		e.setAttr("msg", NewStr(se.Msg))
		e.setAttr("filename", NewStr(se.Filename))
		e.setAttr("lineno", NewInt(0))
		e.setAttr("offset", NewInt(-1))
		e.setAttr("text", None)
		e.setAttr("end_lineno", None)
		e.setAttr("end_offset", None)
		e.setAttr("print_file_and_line", None)
		return e
	}
	// As CPython, positions are ints, 0 when unknown.
	lineno := NewInt(int64(se.Lineno))
	offset := NewInt(int64(se.Offset))
	endLineno := NewInt(int64(se.EndLineno))
	endOffset := NewInt(int64(se.EndOffset))
	info := NewTuple(NewStr(se.Filename), lineno, offset, textObj, endLineno, endOffset)
	e.args = NewTuple(NewStr(se.Msg), info)
	e.setAttr("msg", NewStr(se.Msg))
	e.setAttr("filename", NewStr(se.Filename))
	e.setAttr("lineno", lineno)
	e.setAttr("offset", offset)
	e.setAttr("text", textObj)
	e.setAttr("end_lineno", endLineno)
	e.setAttr("end_offset", endOffset)
	e.setAttr("print_file_and_line", None)
	return e
}

// splitLinesKeep splits text into lines keeping their newlines.
func splitLinesKeep(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		if i < len(s) {
			i++
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}

// RunCode runs a module-level code object with the given globals and
// locals (locals nil: the globals).
func (t *Thread) RunCode(code *Code, globals *Dict, locals Object) (Object, error) {
	builtins := t.interp.builtins.dict
	switch b := globals.GetString("__builtins__").(type) {
	case *Module:
		builtins = b.dict
	case *Dict:
		builtins = b
	case nil:
		globals.SetString("__builtins__", t.interp.builtins)
	}
	f := t.newFrame(code, globals, builtins)
	if locals == nil {
		f.locals = globals
	} else {
		f.locals = locals
	}
	var mod *Module
	if name, ok := globals.GetStr(dnName).(*Str); ok {
		if m, ok := t.interp.modules.GetStr(name).(*Module); ok && m.dict == globals {
			mod = m
			mod.initializing = true
		}
	}
	r, err := t.eval(f, nil)
	if mod != nil {
		mod.initializing = false
	}
	t.releaseFrame(f)
	return r, err
}

// Protect runs fn, turning a Go panic (an interpreter bug) into a
// SystemError so that it never crashes the process. Embedders call Python
// code through it.
func (t *Thread) Protect(fn func() (Object, error)) (r Object, err error) {
	depth, frame := t.depth, t.frame
	defer func() {
		if p := recover(); p != nil {
			t.depth, t.frame = depth, frame
			if _, ok := p.(memoryExhausted); ok {
				err = NewError(MemoryErrorType)
				return
			}
			if e, ok := p.(error); ok && isStackOverflow(e) {
				err = Errorf(RecursionErrorType, "maximum recursion depth exceeded")
				return
			}
			err = panicError(p)
		}
	}()
	return fn()
}

// isStackOverflow is never true in practice (Go aborts on stack
// exhaustion); kept for the recursion-limit design note.
func isStackOverflow(error) bool { return false }

// ExitStatus is how a program ended: the status a command should exit
// with.
type ExitStatus int

// RunMain runs src as the __main__ module (a script, -c code or stdin),
// printing an uncaught exception's traceback to stderr as CPython does.
// It returns the process exit status.
func (in *Interpreter) RunMain(src []byte, filename string, setFile bool) int {
	if setFile && isPycFile(filename, src) {
		return in.runPycMain(src, filename)
	}
	t := in.main
	main := NewModule("__main__")
	main.dict.SetString("__builtins__", in.builtins)
	if setFile {
		main.dict.SetString("__file__", NewStr(filename))
		main.dict.SetString("__cached__", None)
	}
	main.dict.SetString("__loader__", mainLoader(filename, setFile))
	in.modules.SetString("__main__", main)
	_, err := t.Protect(func() (Object, error) {
		code, err := in.CompileSource(src, filename, "exec")
		if err != nil {
			return nil, err
		}
		return t.RunCode(code, main.dict, nil)
	})
	return in.finish(err)
}

// finish handles the outcome of a program: SystemExit, or an uncaught
// exception printed through sys.excepthook; it flushes the standard
// streams and returns the exit status.
func (in *Interpreter) finish(err error) int {
	if in.inspect && !in.inREPL {
		// -i: the program's end, whatever it was (SystemExit included,
		// which is reported like any exception), leads into the
		// interactive loop; atexit runs when that ends.
		if err != nil {
			in.reportUncaught(AsException(err))
		}
		in.flushStd()
		return in.REPL(true)
	}
	t := in.main
	status := 0
	if err != nil {
		exc := AsException(err)
		switch {
		case exc.typ.IsSubtype(SystemExitType):
			status = in.systemExitStatus(exc)
		case exc.typ.IsSubtype(KeyboardInterruptType):
			// CPython dies of SIGINT after the traceback: the shell
			// sees 128+2.
			in.reportUncaught(exc)
			status = 130
		default:
			in.reportUncaught(exc)
			status = 1
		}
	}
	in.runAtExit(t)
	t.closeLiveGenerators()
	in.flushStd()
	return status
}

// systemExitStatus converts SystemExit's code to an exit status,
// printing a non-int code to stderr.
func (in *Interpreter) systemExitStatus(exc *Exception) int {
	t := in.main
	code := exc.attr("code")
	if code == None && len(exc.args.items) > 0 {
		code = exc.args.items[0]
	}
	switch c := code.(type) {
	case *NoneType:
		return 0
	case Int:
		return int(c) & 0xff
	case Bool:
		if c {
			return 1
		}
		return 0
	}
	if isInt(code) {
		return 1
	}
	in.flushStdout()
	s, err := StrOf(t, code)
	if err == nil {
		in.writeStderr(s.s + "\n")
	}
	return 1
}

// reportUncaught prints an exception through sys.excepthook.
func (in *Interpreter) reportUncaught(exc *Exception) {
	t := in.main
	if hook := in.sys.Get("excepthook"); hook != nil {
		if b, ok := hook.(*BuiltinFunction); !ok || b.Name != "excepthook" {
			var tb Object = None
			if exc.traceback != nil {
				tb = exc.traceback
			}
			if _, err := Call(t, hook, []Object{exc.typ, exc, tb}, nil); err == nil {
				return
			}
			in.writeStderr("Error in sys.excepthook:\n")
		}
	}
	in.flushStdout()
	var w stringWriter
	t.PrintException(&w, exc)
	in.writeStderr(w.String())
}
