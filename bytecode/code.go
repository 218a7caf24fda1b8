package bytecode

// Code is a compiled code object as pure data: what the compiler produces,
// what marshal writes into a .pyc file and reads back, and what the
// virtual machine turns into a runnable code object. Field meanings follow
// CPython 3.11's code objects (the co_* attribute named beside each).
type Code struct {
	ArgCount        int    // co_argcount: positional parameters, including positional-only
	PosOnlyArgCount int    // co_posonlyargcount
	KwOnlyArgCount  int    // co_kwonlyargcount
	Flags           uint32 // co_flags: CO_* bits
	StackSize       int    // co_stacksize: the most values the value stack holds

	Instrs []Instr  // the instructions (co_code is their little-endian bytes)
	Consts []Const  // co_consts
	Names  []string // co_names: global, attribute and imported names

	// LocalsPlusNames are the names of the fast locals: the parameters and
	// other locals (co_varnames), then the cell variables that are not
	// parameters, then the free variables (co_freevars), in the order the
	// frame lays them out. LocalsPlusKinds gives each one's CO_FAST_* bits.
	LocalsPlusNames []string
	LocalsPlusKinds []byte

	Filename    string // co_filename
	Name        string // co_name
	QualName    string // co_qualname
	FirstLineNo int    // co_firstlineno

	// Positions holds one source range per instruction (an EXTENDED_ARG
	// prefix has the position of the instruction it extends), for
	// tracebacks and co_positions(). A field is -1 when unknown (None in
	// CPython).
	Positions []Position

	// ExceptionTable lists the protected instruction ranges in increasing
	// order. The ranges do not overlap: an instruction is covered by at
	// most one entry, whose handler is the innermost one in force there.
	ExceptionTable []ExceptionEntry
}

// Position is the source range of one instruction: lines count from 1 and
// columns count UTF-8 bytes from 0 (end exclusive), as in CPython's
// co_positions(); -1 means unknown.
type Position struct {
	Line, EndLine, Col, EndCol int32
}

// ExceptionEntry is one row of the exception table (PEP 654 era zero-cost
// exceptions, as in CPython 3.11): when an exception is raised by an
// instruction with index in [Start, End), the value stack is popped down
// to Depth items, the offset of the raising instruction is pushed if Lasti
// is set, then the exception, and execution continues at Target.
type ExceptionEntry struct {
	Start, End, Target int
	Depth              int
	Lasti              bool
}

// Code flag bits (co_flags), with CPython's values.
const (
	CO_OPTIMIZED          = 0x0001
	CO_NEWLOCALS          = 0x0002
	CO_VARARGS            = 0x0004
	CO_VARKEYWORDS        = 0x0008
	CO_NESTED             = 0x0010
	CO_GENERATOR          = 0x0020
	CO_NOFREE             = 0x0040
	CO_COROUTINE          = 0x0080
	CO_ITERABLE_COROUTINE = 0x0100
	CO_ASYNC_GENERATOR    = 0x0200

	// Future-statement flags, as CPython records them in co_flags.
	CO_FUTURE_DIVISION         = 0x20000
	CO_FUTURE_ABSOLUTE_IMPORT  = 0x40000
	CO_FUTURE_WITH_STATEMENT   = 0x80000
	CO_FUTURE_PRINT_FUNCTION   = 0x100000
	CO_FUTURE_UNICODE_LITERALS = 0x200000
	CO_FUTURE_BARRY_AS_BDFL    = 0x400000
	CO_FUTURE_GENERATOR_STOP   = 0x800000
	CO_FUTURE_ANNOTATIONS      = 0x1000000
)

// Kinds of fast locals (LocalsPlusKinds), with CPython 3.11's values. A
// parameter captured by an inner function is both LOCAL and CELL.
const (
	CO_FAST_LOCAL = 0x20
	CO_FAST_CELL  = 0x40
	CO_FAST_FREE  = 0x80
)

// Const is a constant of a code object. It is one of:
//
//	None, Ellipsis     the singletons (NoneType{}, EllipsisType{})
//	bool
//	int64, *big.Int    ints (an int64 whenever the value fits)
//	float64
//	complex128
//	string             a str (lone surrogates kept in generalized UTF-8)
//	Bytes
//	Tuple              a tuple of constants
//	FrozenSet          a frozenset of constants
//	*Code              a nested code object
type Const any

// NoneType is the type of the None constant.
type NoneType struct{}

// EllipsisType is the type of the Ellipsis constant.
type EllipsisType struct{}

// Bytes is a bytes constant.
type Bytes string

// Tuple is a tuple constant.
type Tuple []Const

// FrozenSet is a frozenset constant, its items in the order the compiler
// produced them (marshal keeps that order so output is deterministic).
type FrozenSet []Const

// The singleton constants.
var (
	None     = NoneType{}
	Ellipsis = EllipsisType{}
)

// VarNames returns co_varnames: the names of the fast locals that are
// plain locals or parameters.
func (c *Code) VarNames() []string { return c.namesOfKind(CO_FAST_LOCAL) }

// CellVars returns co_cellvars: the locals captured by inner functions.
func (c *Code) CellVars() []string { return c.namesOfKind(CO_FAST_CELL) }

// FreeVars returns co_freevars: the variables this code takes from an
// enclosing function's cells.
func (c *Code) FreeVars() []string { return c.namesOfKind(CO_FAST_FREE) }

func (c *Code) namesOfKind(kind byte) []string {
	var out []string
	for i, k := range c.LocalsPlusKinds {
		if k&kind != 0 {
			out = append(out, c.LocalsPlusNames[i])
		}
	}
	return out
}
