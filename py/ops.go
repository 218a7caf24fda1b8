package py

import "github.com/kaa-lang/kaa/bytecode"

// BinaryOp and CompareOp are the operations of BINARY_OP and COMPARE_OP.
type (
	BinaryOp  = bytecode.BinaryOp
	CompareOp = bytecode.CompareOp
)

// The binary operations, numbered as in bytecode.
const (
	NB_ADD                     = bytecode.NB_ADD
	NB_AND                     = bytecode.NB_AND
	NB_FLOOR_DIVIDE            = bytecode.NB_FLOOR_DIVIDE
	NB_LSHIFT                  = bytecode.NB_LSHIFT
	NB_MATRIX_MULTIPLY         = bytecode.NB_MATRIX_MULTIPLY
	NB_MULTIPLY                = bytecode.NB_MULTIPLY
	NB_REMAINDER               = bytecode.NB_REMAINDER
	NB_OR                      = bytecode.NB_OR
	NB_POWER                   = bytecode.NB_POWER
	NB_RSHIFT                  = bytecode.NB_RSHIFT
	NB_SUBTRACT                = bytecode.NB_SUBTRACT
	NB_TRUE_DIVIDE             = bytecode.NB_TRUE_DIVIDE
	NB_XOR                     = bytecode.NB_XOR
	NB_INPLACE_ADD             = bytecode.NB_INPLACE_ADD
	NB_INPLACE_AND             = bytecode.NB_INPLACE_AND
	NB_INPLACE_FLOOR_DIVIDE    = bytecode.NB_INPLACE_FLOOR_DIVIDE
	NB_INPLACE_LSHIFT          = bytecode.NB_INPLACE_LSHIFT
	NB_INPLACE_MATRIX_MULTIPLY = bytecode.NB_INPLACE_MATRIX_MULTIPLY
	NB_INPLACE_MULTIPLY        = bytecode.NB_INPLACE_MULTIPLY
	NB_INPLACE_REMAINDER       = bytecode.NB_INPLACE_REMAINDER
	NB_INPLACE_OR              = bytecode.NB_INPLACE_OR
	NB_INPLACE_POWER           = bytecode.NB_INPLACE_POWER
	NB_INPLACE_RSHIFT          = bytecode.NB_INPLACE_RSHIFT
	NB_INPLACE_SUBTRACT        = bytecode.NB_INPLACE_SUBTRACT
	NB_INPLACE_TRUE_DIVIDE     = bytecode.NB_INPLACE_TRUE_DIVIDE
	NB_INPLACE_XOR             = bytecode.NB_INPLACE_XOR
)

// The comparison operations.
const (
	CmpLT = bytecode.CmpLT
	CmpLE = bytecode.CmpLE
	CmpEQ = bytecode.CmpEQ
	CmpNE = bytecode.CmpNE
	CmpGT = bytecode.CmpGT
	CmpGE = bytecode.CmpGE
)

// binaryDunders names the methods of each plain binary operation: the
// method, its reflected form and its in-place form.
var binaryDunders = [bytecode.NB_XOR + 1][3]string{
	NB_ADD:             {"__add__", "__radd__", "__iadd__"},
	NB_AND:             {"__and__", "__rand__", "__iand__"},
	NB_FLOOR_DIVIDE:    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	NB_LSHIFT:          {"__lshift__", "__rlshift__", "__ilshift__"},
	NB_MATRIX_MULTIPLY: {"__matmul__", "__rmatmul__", "__imatmul__"},
	NB_MULTIPLY:        {"__mul__", "__rmul__", "__imul__"},
	NB_REMAINDER:       {"__mod__", "__rmod__", "__imod__"},
	NB_OR:              {"__or__", "__ror__", "__ior__"},
	NB_POWER:           {"__pow__", "__rpow__", "__ipow__"},
	NB_RSHIFT:          {"__rshift__", "__rrshift__", "__irshift__"},
	NB_SUBTRACT:        {"__sub__", "__rsub__", "__isub__"},
	NB_TRUE_DIVIDE:     {"__truediv__", "__rtruediv__", "__itruediv__"},
	NB_XOR:             {"__xor__", "__rxor__", "__ixor__"},
}

// compareDunders names the comparison methods, indexed by CompareOp.
var compareDunders = [6]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// swappedCompare is the reflection of each comparison (a < b is b > a).
var swappedCompare = [6]CompareOp{CmpGT, CmpGE, CmpEQ, CmpNE, CmpLT, CmpLE}
