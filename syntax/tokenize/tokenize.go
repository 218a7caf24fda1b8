// Package tokenize is the token view of CPython's pure-Python tokenize
// module (Lib/tokenize.py), which `kaa -m tokenize` prints. It differs
// from the tokens the parser reads (package syntax): it reports
// ENCODING, COMMENT and NL tokens, gives every operator the type OP (the
// exact type is derived from its text), produces ERRORTOKEN for what it
// cannot match instead of failing, counts columns in characters, and has
// its own errors ("EOF in multi-line statement"...).
//
// The scanner follows the module's regular expressions (PseudoToken and
// the string tails) with hand-written matchers that accept exactly what
// those expressions accept, first alternative first.
package tokenize

import (
	"github.com/kaa-lang/kaa/internal/ucd"
	"github.com/kaa-lang/kaa/syntax"
)

// Token is one token as tokenize.TokenInfo holds it. Lines count from 1
// and columns count characters from 0.
type Token struct {
	Type   syntax.Kind // generic type: OP for every operator
	String string
	Start  [2]int // line, column
	End    [2]int
	// Line is the physical line (or lines, for a string spanning
	// several) the token was found in: TokenInfo.line.
	Line string
}

// ExactType returns the token's exact type: the operator's own kind for
// OP tokens (tokenize.TokenInfo.exact_type), else Type.
func (t Token) ExactType() syntax.Kind {
	if t.Type == syntax.OP {
		if k, ok := exactTypes[t.String]; ok {
			return k
		}
	}
	return t.Type
}

// Error is an exception the tokenize module raises. Kind is the Python
// class: "TokenError" and "IndentationError" carry a position (Line,
// Col); "SyntaxError" comes from encoding detection and
// "UnicodeDecodeError" from decoding a line.
type Error struct {
	Kind string
	Msg  string
	Line int
	Col  int
}

func (e *Error) Error() string { return e.Msg }

// exactTypes maps operator text to its exact kind (token.EXACT_TOKEN_TYPES).
var exactTypes = func() map[string]syntax.Kind {
	m := make(map[string]syntax.Kind)
	for k := syntax.LPAR; k <= syntax.COLONEQUAL; k++ {
		m[k.OpText()] = k
	}
	return m
}()

// isOperator3, isOperator2 and isOperator1 are the operators of
// EXACT_TOKEN_TYPES by length.
func isOperator3(s string) bool {
	switch s {
	case ">>=", "<<=", "//=", "...", "**=":
		return true
	}
	return false
}

func isOperator2(s string) bool {
	switch s {
	case "|=", "^=", "@=", ">>", ">=", "==", "<=", "<<", ":=", "/=", "//", "->", "-=", "+=", "*=", "**", "&=", "%=", "!=":
		return true
	}
	return false
}

func isOperator1(r rune) bool {
	switch r {
	case '~', '}', '|', '{', '^', ']', '[', '@', '>', '=', '<', ';', ':', '/', '.', '-', ',', '+', '*', ')', '(', '&', '%':
		return true
	}
	return false
}

// isWord is \w of Python's regular expressions.
func isWord(r rune) bool {
	if r < 128 {
		return r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return ucd.IsAlnum(r)
}
