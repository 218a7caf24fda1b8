package py

import (
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa/syntax"
)

// Helpers that the compiling tools (py_compile, compileall, dis) share
// with the import system.

// SyntaxError converts an error of the parser or compiler (for the
// source src) into the SyntaxError exception Python code sees.
func (in *Interpreter) SyntaxError(err error, src []byte) error {
	return in.syntaxErrorFrom(err, src)
}

// FormatExceptionOnly returns the text traceback.format_exception_only
// gives for exc: for a SyntaxError, the File/line/caret lines then the
// message; for anything else, "Type: message".
func (t *Thread) FormatExceptionOnly(exc *Exception) string {
	var b strings.Builder
	if exc.typ.IsSubtype(SyntaxErrorType) {
		// traceback.py shows the location only when there is a line
		// number (a SyntaxError about null bytes has none).
		if _, ok := exc.attr("lineno").(Int); ok {
			t.formatSyntaxErrorLines(&b, exc)
		}
	}
	b.WriteString(t.exceptionHeadline(exc))
	b.WriteString("\n")
	return b.String()
}

// ShowSyntaxWarning reports a compile-time warning as CPython's compiler
// does: through warnings.warn_explicit when the warnings module is
// imported (so that its filters apply; an "error" filter makes this
// return the exception, and the compilation fails), otherwise written
// to sys.stderr in the warnings module's default format:
//
//	file:line: SyntaxWarning: message
//	  source line
//
// Without the warnings module only SyntaxWarnings are shown: the default
// filters hide the DeprecationWarnings of compiled modules.
func (in *Interpreter) ShowSyntaxWarning(w syntax.Warning, src []byte) error {
	if wm := in.modules.GetString("warnings"); wm != nil && wm != None {
		if cat, ok := in.builtins.dict.GetString(w.Category).(*Type); ok {
			_, err := CallMethod(in.main, wm, "warn_explicit", NewStr(w.Msg), cat, NewStr(w.Filename), NewInt(int64(w.Lineno)))
			return err
		}
	}
	if w.Category != "SyntaxWarning" {
		return nil
	}
	in.writeStderr(FormatSyntaxWarning(w, src))
	return nil
}

// FormatSyntaxWarning returns the text ShowSyntaxWarning writes.
func FormatSyntaxWarning(w syntax.Warning, src []byte) string {
	text := w.Filename + ":" + strconv.Itoa(w.Lineno) + ": " + w.Category + ": " + w.Msg + "\n"
	if decoded, _, err := syntax.DecodeSource(src, w.Filename); err == nil {
		lines := splitLinesKeep(decoded)
		if w.Lineno >= 1 && w.Lineno <= len(lines) {
			if line := strings.TrimSpace(lines[w.Lineno-1]); line != "" {
				text += "  " + line + "\n"
			}
		}
	}
	return text
}
