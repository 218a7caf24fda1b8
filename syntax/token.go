// Package syntax turns Python 3.11 source text into tokens and an abstract
// syntax tree with CPython's node types, field names and positions.
//
// The package stands alone (it imports only the Go standard library), so
// the compiler and tools can use it without the runtime.
package syntax

// Kind is the type of a token, numbered as CPython's token module numbers
// them (NAME is 1, OP is 54, and each operator has its own exact kind).
type Kind uint8

// String returns the CPython name of the kind, such as "NAME" or "LPAR".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "UNKNOWN"
}

// IsOperator reports whether k is one of the exact operator kinds
// (LPAR through COLONEQUAL), which the generic tokenize view prints as OP.
func (k Kind) IsOperator() bool { return k >= LPAR && k <= COLONEQUAL }

// OpText returns the spelling of an operator kind ("(", "**=", ...), or ""
// when k is not an operator.
func (k Kind) OpText() string {
	if int(k) < len(opText) {
		return opText[k]
	}
	return ""
}

// Pos is a position in source text: a 1-based line number and a 0-based
// column counted in UTF-8 bytes from the start of the line, as CPython's
// AST col_offset counts them.
type Pos struct {
	Line int32
	Col  int32
}

// Token is one token of the stream the parser consumes (the view of
// CPython's C tokenizer: no COMMENT or NL tokens, operators carry their
// exact kind, an f-string is a single STRING token).
type Token struct {
	Kind  Kind
	Start Pos    // first byte of the token
	End   Pos    // one past the last byte of the token
	Text  string // the token's source text (for DEDENT and ENDMARKER, "")
}
