package syntax

import "fmt"

// Error is a SyntaxError (or its subclasses IndentationError and TabError)
// found while tokenizing or parsing, carrying what CPython's exception
// carries. Offsets are 1-based and count characters (code points), as
// SyntaxError.offset does in CPython 3.11; 0 means unknown.
type Error struct {
	Type      string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string // the offending source line, or "" when CPython gives None
}

// Error formats the error as str() of CPython's exception does:
// "msg (filename, line N)".
func (e *Error) Error() string {
	if e.Lineno > 0 {
		return fmt.Sprintf("%s (%s, line %d)", e.Msg, e.Filename, e.Lineno)
	}
	return e.Msg
}

// Warning is a compile-time warning such as the DeprecationWarning for an
// invalid escape sequence, reported at a source position.
type Warning struct {
	Category string // "DeprecationWarning", "SyntaxWarning"...
	Msg      string
	Filename string
	Lineno   int
}
