package syntax

// Node is any node of the abstract syntax tree. The concrete node types in
// ast_nodes.go mirror CPython 3.11's ast classes: one Go struct per class,
// fields in ASDL order, each tagged with its Python field name.
type Node interface {
	// PyName is the node's class name in Python's ast module.
	PyName() string
}

// Mod is the root of a tree: Module, Interactive, Expression or FunctionType.
type Mod interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	Position() *Span
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	Position() *Span
	exprNode()
}

// Pattern is a pattern of a match statement's case clause.
type Pattern interface {
	Node
	Position() *Span
	patternNode()
}

// Span is the source range of a node, as CPython's lineno, col_offset,
// end_lineno and end_col_offset attributes give it: lines count from 1,
// columns count UTF-8 bytes from 0, and the end is exclusive.
type Span struct {
	Lineno       int32
	ColOffset    int32
	EndLineno    int32
	EndColOffset int32
}

// Position returns the span itself, so that every node embedding a Span
// exposes its position through the Stmt, Expr and Pattern interfaces.
func (s *Span) Position() *Span { return s }

// Value is the value of a Constant node or a MatchSingleton pattern. It is
// one of:
//
//	None, Ellipsis          the singletons
//	bool                    True and False
//	int64                   an int literal that fits in 64 bits
//	*big.Int                a larger int literal
//	float64                 a float literal
//	complex128              an imaginary literal (real part 0)
//	string                  a str; lone surrogates from escapes such as
//	                        "\ud800" are kept as their 3-byte generalized
//	                        UTF-8 encoding
//	Bytes                   a bytes literal
type Value any

// NoneType is the type of None.
type NoneType struct{}

// EllipsisType is the type of Ellipsis (the literal `...`).
type EllipsisType struct{}

// Bytes is the value of a bytes literal.
type Bytes string

// The singleton constant values.
var (
	None     = NoneType{}
	Ellipsis = EllipsisType{}
)
