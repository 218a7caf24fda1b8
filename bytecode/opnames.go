package bytecode

// opNames holds each opcode's name, as dis prints it.
var opNames = [NumOpcodes]string{
	NOP:                        "NOP",
	POP_TOP:                    "POP_TOP",
	PUSH_NULL:                  "PUSH_NULL",
	COPY:                       "COPY",
	SWAP:                       "SWAP",
	EXTENDED_ARG:               "EXTENDED_ARG",
	RESUME:                     "RESUME",
	UNARY_POSITIVE:             "UNARY_POSITIVE",
	UNARY_NEGATIVE:             "UNARY_NEGATIVE",
	UNARY_NOT:                  "UNARY_NOT",
	UNARY_INVERT:               "UNARY_INVERT",
	BINARY_OP:                  "BINARY_OP",
	BINARY_SUBSCR:              "BINARY_SUBSCR",
	STORE_SUBSCR:               "STORE_SUBSCR",
	DELETE_SUBSCR:              "DELETE_SUBSCR",
	COMPARE_OP:                 "COMPARE_OP",
	IS_OP:                      "IS_OP",
	CONTAINS_OP:                "CONTAINS_OP",
	GET_ITER:                   "GET_ITER",
	GET_YIELD_FROM_ITER:        "GET_YIELD_FROM_ITER",
	FOR_ITER:                   "FOR_ITER",
	GET_LEN:                    "GET_LEN",
	MATCH_MAPPING:              "MATCH_MAPPING",
	MATCH_SEQUENCE:             "MATCH_SEQUENCE",
	MATCH_KEYS:                 "MATCH_KEYS",
	MATCH_CLASS:                "MATCH_CLASS",
	PUSH_EXC_INFO:              "PUSH_EXC_INFO",
	POP_EXCEPT:                 "POP_EXCEPT",
	CHECK_EXC_MATCH:            "CHECK_EXC_MATCH",
	CHECK_EG_MATCH:             "CHECK_EG_MATCH",
	PREP_RERAISE_STAR:          "PREP_RERAISE_STAR",
	RERAISE:                    "RERAISE",
	RAISE_VARARGS:              "RAISE_VARARGS",
	WITH_EXCEPT_START:          "WITH_EXCEPT_START",
	LOAD_ASSERTION_ERROR:       "LOAD_ASSERTION_ERROR",
	BEFORE_WITH:                "BEFORE_WITH",
	BEFORE_ASYNC_WITH:          "BEFORE_ASYNC_WITH",
	GET_AITER:                  "GET_AITER",
	GET_ANEXT:                  "GET_ANEXT",
	END_ASYNC_FOR:              "END_ASYNC_FOR",
	GET_AWAITABLE:              "GET_AWAITABLE",
	SEND:                       "SEND",
	ASYNC_GEN_WRAP:             "ASYNC_GEN_WRAP",
	YIELD_VALUE:                "YIELD_VALUE",
	RETURN_VALUE:               "RETURN_VALUE",
	RETURN_GENERATOR:           "RETURN_GENERATOR",
	LOAD_BUILD_CLASS:           "LOAD_BUILD_CLASS",
	PRINT_EXPR:                 "PRINT_EXPR",
	SETUP_ANNOTATIONS:          "SETUP_ANNOTATIONS",
	IMPORT_NAME:                "IMPORT_NAME",
	IMPORT_FROM:                "IMPORT_FROM",
	IMPORT_STAR:                "IMPORT_STAR",
	LOAD_CONST:                 "LOAD_CONST",
	LOAD_NAME:                  "LOAD_NAME",
	STORE_NAME:                 "STORE_NAME",
	DELETE_NAME:                "DELETE_NAME",
	LOAD_GLOBAL:                "LOAD_GLOBAL",
	STORE_GLOBAL:               "STORE_GLOBAL",
	DELETE_GLOBAL:              "DELETE_GLOBAL",
	LOAD_FAST:                  "LOAD_FAST",
	STORE_FAST:                 "STORE_FAST",
	DELETE_FAST:                "DELETE_FAST",
	MAKE_CELL:                  "MAKE_CELL",
	LOAD_CLOSURE:               "LOAD_CLOSURE",
	LOAD_DEREF:                 "LOAD_DEREF",
	STORE_DEREF:                "STORE_DEREF",
	DELETE_DEREF:               "DELETE_DEREF",
	LOAD_CLASSDEREF:            "LOAD_CLASSDEREF",
	COPY_FREE_VARS:             "COPY_FREE_VARS",
	LOAD_ATTR:                  "LOAD_ATTR",
	STORE_ATTR:                 "STORE_ATTR",
	DELETE_ATTR:                "DELETE_ATTR",
	LOAD_METHOD:                "LOAD_METHOD",
	BUILD_TUPLE:                "BUILD_TUPLE",
	BUILD_LIST:                 "BUILD_LIST",
	BUILD_SET:                  "BUILD_SET",
	BUILD_MAP:                  "BUILD_MAP",
	BUILD_CONST_KEY_MAP:        "BUILD_CONST_KEY_MAP",
	BUILD_STRING:               "BUILD_STRING",
	BUILD_SLICE:                "BUILD_SLICE",
	LIST_APPEND:                "LIST_APPEND",
	SET_ADD:                    "SET_ADD",
	MAP_ADD:                    "MAP_ADD",
	LIST_EXTEND:                "LIST_EXTEND",
	SET_UPDATE:                 "SET_UPDATE",
	DICT_UPDATE:                "DICT_UPDATE",
	DICT_MERGE:                 "DICT_MERGE",
	LIST_TO_TUPLE:              "LIST_TO_TUPLE",
	UNPACK_SEQUENCE:            "UNPACK_SEQUENCE",
	UNPACK_EX:                  "UNPACK_EX",
	FORMAT_VALUE:               "FORMAT_VALUE",
	MAKE_FUNCTION:              "MAKE_FUNCTION",
	KW_NAMES:                   "KW_NAMES",
	CALL:                       "CALL",
	CALL_FUNCTION_EX:           "CALL_FUNCTION_EX",
	JUMP_FORWARD:               "JUMP_FORWARD",
	JUMP_BACKWARD:              "JUMP_BACKWARD",
	JUMP_BACKWARD_NO_INTERRUPT: "JUMP_BACKWARD_NO_INTERRUPT",
	POP_JUMP_IF_FALSE:          "POP_JUMP_IF_FALSE",
	POP_JUMP_IF_TRUE:           "POP_JUMP_IF_TRUE",
	POP_JUMP_IF_NONE:           "POP_JUMP_IF_NONE",
	POP_JUMP_IF_NOT_NONE:       "POP_JUMP_IF_NOT_NONE",
	JUMP_IF_FALSE_OR_POP:       "JUMP_IF_FALSE_OR_POP",
	JUMP_IF_TRUE_OR_POP:        "JUMP_IF_TRUE_OR_POP",
}

// String returns the opcode's name, such as "LOAD_FAST".
func (op Opcode) String() string {
	if op < NumOpcodes {
		return opNames[op]
	}
	return "<" + itoa(int(op)) + ">"
}

// itoa formats a small non-negative int without importing strconv.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// OpcodeByName returns the opcode called name, and whether there is one.
func OpcodeByName(name string) (Opcode, bool) {
	for i, n := range opNames {
		if n == name {
			return Opcode(i), true
		}
	}
	return 0, false
}

// IsJump reports whether op's argument is a jump target (an instruction
// index).
func (op Opcode) IsJump() bool {
	switch op {
	case FOR_ITER, SEND, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
		POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
		JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		return true
	}
	return false
}

// IsUnconditionalJump reports whether op always jumps.
func (op Opcode) IsUnconditionalJump() bool {
	return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT
}

// UsesName reports whether op's argument indexes co_names (for LOAD_GLOBAL
// the index is the argument shifted right by one).
func (op Opcode) UsesName() bool {
	switch op {
	case IMPORT_NAME, IMPORT_FROM, LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL,
		STORE_GLOBAL, DELETE_GLOBAL, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD:
		return true
	}
	return false
}

// UsesConst reports whether op's argument indexes co_consts.
func (op Opcode) UsesConst() bool { return op == LOAD_CONST || op == KW_NAMES }

// UsesLocal reports whether op's argument indexes the fast locals
// (co_varnames followed by the cell and free variables).
func (op Opcode) UsesLocal() bool {
	switch op {
	case LOAD_FAST, STORE_FAST, DELETE_FAST, MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF,
		STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF:
		return true
	}
	return false
}

// HasArg reports whether op uses its argument at all.
func (op Opcode) HasArg() bool {
	switch op {
	case NOP, POP_TOP, PUSH_NULL, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
		BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, GET_ITER, GET_YIELD_FROM_ITER,
		GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, PUSH_EXC_INFO, POP_EXCEPT,
		CHECK_EXC_MATCH, CHECK_EG_MATCH, PREP_RERAISE_STAR, WITH_EXCEPT_START,
		LOAD_ASSERTION_ERROR, BEFORE_WITH, BEFORE_ASYNC_WITH, GET_AITER, GET_ANEXT,
		END_ASYNC_FOR, ASYNC_GEN_WRAP, YIELD_VALUE, RETURN_VALUE, RETURN_GENERATOR,
		LOAD_BUILD_CLASS, PRINT_EXPR, SETUP_ANNOTATIONS, IMPORT_STAR, LIST_TO_TUPLE:
		return false
	}
	return true
}

// BinaryOp is the argument of BINARY_OP, numbered as CPython 3.11 numbers
// them (the in-place forms follow the plain ones).
type BinaryOp uint8

// The BINARY_OP arguments.
const (
	NB_ADD BinaryOp = iota
	NB_AND
	NB_FLOOR_DIVIDE
	NB_LSHIFT
	NB_MATRIX_MULTIPLY
	NB_MULTIPLY
	NB_REMAINDER
	NB_OR
	NB_POWER
	NB_RSHIFT
	NB_SUBTRACT
	NB_TRUE_DIVIDE
	NB_XOR
	NB_INPLACE_ADD
	NB_INPLACE_AND
	NB_INPLACE_FLOOR_DIVIDE
	NB_INPLACE_LSHIFT
	NB_INPLACE_MATRIX_MULTIPLY
	NB_INPLACE_MULTIPLY
	NB_INPLACE_REMAINDER
	NB_INPLACE_OR
	NB_INPLACE_POWER
	NB_INPLACE_RSHIFT
	NB_INPLACE_SUBTRACT
	NB_INPLACE_TRUE_DIVIDE
	NB_INPLACE_XOR
	// NumBinaryOps is the number of BINARY_OP arguments; not an operation.
	NumBinaryOps
)

var binaryOpSymbols = [NumBinaryOps]string{
	"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
	"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
}

// Symbol returns the operator as Python spells it ("+", "//=", ...), which
// is also how dis shows BINARY_OP's argument.
func (op BinaryOp) Symbol() string { return binaryOpSymbols[op] }

// Inplace reports whether op is an augmented-assignment form.
func (op BinaryOp) Inplace() bool { return op >= NB_INPLACE_ADD }

// Plain returns the non-inplace form of op.
func (op BinaryOp) Plain() BinaryOp {
	if op >= NB_INPLACE_ADD {
		return op - NB_INPLACE_ADD
	}
	return op
}

// CompareOp is the argument of COMPARE_OP, numbered as CPython's rich
// comparison operations (Py_LT ... Py_GE).
type CompareOp uint8

// The COMPARE_OP arguments.
const (
	CmpLT CompareOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

var compareOpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// Symbol returns the comparison as Python spells it.
func (op CompareOp) Symbol() string { return compareOpSymbols[op] }
