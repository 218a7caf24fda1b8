// Package bytecode defines kaa's instruction set and code objects as pure
// data: opcodes with their operands and stack effects, the Code type, the
// marshal format, the .pyc header and the disassembly text. It imports no
// other kaa package, so the compiler, the .pyc writer and the virtual
// machine can all share it.
//
// # Instructions
//
// An instruction is one 32-bit word:
//
//	 31                      8 7        0
//	+-------------------------+----------+
//	|      argument (24 bits) |  opcode  |
//	+-------------------------+----------+
//
// so decoding is a mask and a shift. An argument wider than 24 bits is
// built by EXTENDED_ARG prefixes, each contributing 24 more high bits.
// Instruction i sits at byte offset 4*i of co_code; jump arguments are
// absolute instruction indexes (not byte offsets), so there is no need for
// CPython's forward and backward variants of each conditional jump.
//
// The instruction set follows CPython 3.11's, with the same names and
// stack effects, so that CPython's documentation of the dis module reads
// true for kaa. The differences: no CACHE entries (kaa keeps its inline
// caches beside the code, not inside it), no PRECALL (CALL does its work),
// and the conditional jumps are POP_JUMP_IF_FALSE and friends with
// absolute targets.
//
// In the stack pictures below the top of the stack is on the right:
// "a b -> c" pops b then a and pushes c. NULL is a marker that is not a
// Python object (pushed by PUSH_NULL, LOAD_GLOBAL and LOAD_METHOD so that
// CALL can tell a method call from a plain call).
package bytecode

// Opcode is the operation of an instruction (its low 8 bits).
type Opcode uint8

// Instr is one encoded instruction: opcode in the low 8 bits, argument in
// the high 24.
type Instr uint32

// MaxArg is the largest argument one instruction word can hold; larger
// arguments need EXTENDED_ARG prefixes.
const MaxArg = 1<<24 - 1

// MakeInstr encodes op with arg, which must not exceed MaxArg.
func MakeInstr(op Opcode, arg uint32) Instr { return Instr(arg<<8 | uint32(op)) }

// Op returns the instruction's opcode.
func (i Instr) Op() Opcode { return Opcode(i) }

// Arg returns the instruction's 24-bit argument.
func (i Instr) Arg() uint32 { return uint32(i) >> 8 }

// The opcodes. Each comment gives the argument (if any) and the stack
// effect.
const (
	// NOP does nothing. It keeps a line number alive for tracing.
	NOP Opcode = iota
	// POP_TOP: a ->
	POP_TOP
	// PUSH_NULL: -> NULL
	PUSH_NULL
	// COPY i: pushes a copy of the i-th item from the top (COPY 1 duplicates
	// the top).  a ... -> a ... a
	COPY
	// SWAP i: swaps the top with the i-th item from the top (i >= 2).
	SWAP
	// EXTENDED_ARG x: prefixes the next instruction's argument with x.
	EXTENDED_ARG
	// RESUME where: marks the start of a function (0), the point after a
	// yield (1), after a yield from (2) or after an await (3). The VM checks
	// for interrupts and limits here.
	RESUME

	// UNARY_POSITIVE: a -> +a
	UNARY_POSITIVE
	// UNARY_NEGATIVE: a -> -a
	UNARY_NEGATIVE
	// UNARY_NOT: a -> not a
	UNARY_NOT
	// UNARY_INVERT: a -> ~a
	UNARY_INVERT

	// BINARY_OP op: a b -> a <op> b, op being one of the BinaryOp values
	// (NB_ADD ... NB_INPLACE_XOR, numbered as in CPython 3.11).
	BINARY_OP
	// BINARY_SUBSCR: a k -> a[k]
	BINARY_SUBSCR
	// STORE_SUBSCR: v a k -> (a[k] = v)
	STORE_SUBSCR
	// DELETE_SUBSCR: a k -> (del a[k])
	DELETE_SUBSCR
	// COMPARE_OP op: a b -> a <op> b, op being a CompareOp (< <= == != > >=).
	COMPARE_OP
	// IS_OP invert: a b -> (a is b), or (a is not b) when invert is 1.
	IS_OP
	// CONTAINS_OP invert: a b -> (a in b), or (a not in b) when invert is 1.
	CONTAINS_OP

	// GET_ITER: a -> iter(a)
	GET_ITER
	// GET_YIELD_FROM_ITER: a -> iter(a), unless a is a generator or a
	// coroutine (in a coroutine-flagged code) which is left as it is.
	GET_YIELD_FROM_ITER
	// FOR_ITER target: it -> it next(it); when the iterator is exhausted,
	// pops it and jumps to target.
	FOR_ITER

	// GET_LEN: a -> a len(a)
	GET_LEN
	// MATCH_MAPPING: a -> a (a is a mapping)
	MATCH_MAPPING
	// MATCH_SEQUENCE: a -> a (a is a sequence for pattern matching)
	MATCH_SEQUENCE
	// MATCH_KEYS: subject keys -> subject keys values-tuple-or-None
	MATCH_KEYS
	// MATCH_CLASS count: subject cls names -> attrs-tuple-or-None, count
	// being the number of positional sub-patterns.
	MATCH_CLASS

	// PUSH_EXC_INFO: exc -> prev_exc exc; makes exc the exception being
	// handled (sys.exc_info()) and saves the previous one below it.
	PUSH_EXC_INFO
	// POP_EXCEPT: prev_exc -> ; restores the exception being handled.
	POP_EXCEPT
	// CHECK_EXC_MATCH: exc type -> exc bool (isinstance match of an except
	// clause; TypeError for a non-exception class).
	CHECK_EXC_MATCH
	// CHECK_EG_MATCH: eg type -> rest match (the split of an exception group
	// for except*); match is None when nothing matched.
	CHECK_EG_MATCH
	// PREP_RERAISE_STAR: orig list -> exc-or-None; combines the exceptions
	// raised and re-raised by except* clauses into what propagates.
	PREP_RERAISE_STAR
	// RERAISE lasti: ... exc -> ; re-raises exc. When lasti is non-zero,
	// the item below the top is the instruction offset to report (set by an
	// exception-table entry with lasti).
	RERAISE
	// RAISE_VARARGS argc: raise (argc 0), raise exc (1), raise exc from
	// cause (2). cause? exc? ->
	RAISE_VARARGS
	// WITH_EXCEPT_START: exit lasti prev exc -> exit lasti prev exc res;
	// calls exit(type(exc), exc, exc.__traceback__).
	WITH_EXCEPT_START
	// LOAD_ASSERTION_ERROR: -> AssertionError
	LOAD_ASSERTION_ERROR

	// BEFORE_WITH: mgr -> exit mgr.__enter__()
	BEFORE_WITH
	// BEFORE_ASYNC_WITH: mgr -> aexit awaitable-of-aenter
	BEFORE_ASYNC_WITH
	// GET_AITER: a -> a.__aiter__()
	GET_AITER
	// GET_ANEXT: ait -> ait awaitable-of-anext
	GET_ANEXT
	// END_ASYNC_FOR: ait exc -> ; ends an async for loop on
	// StopAsyncIteration, re-raises anything else.
	END_ASYNC_FOR
	// GET_AWAITABLE where: a -> awaitable(a); where says what for (0 await,
	// 1 __aenter__, 2 __aexit__) to word the error.
	GET_AWAITABLE
	// SEND target: receiver value -> receiver result; sends value into the
	// receiver (a generator, coroutine or iterator). When the receiver
	// returns, replaces both with its return value and jumps to target.
	SEND
	// ASYNC_GEN_WRAP: v -> wrapped(v), marking a value yielded by an async
	// generator.
	ASYNC_GEN_WRAP
	// YIELD_VALUE: v -> sent; suspends the frame, giving v to the caller,
	// and pushes what the caller sends on resume.
	YIELD_VALUE
	// RETURN_VALUE: v -> ; returns v to the caller.
	RETURN_VALUE
	// RETURN_GENERATOR: -> None; starts a generator, coroutine or async
	// generator code. kaa's call machinery creates the generator object
	// itself and starts the frame after this instruction, so it is only
	// reached when a code object is run directly.
	RETURN_GENERATOR

	// LOAD_BUILD_CLASS: -> builtins.__build_class__
	LOAD_BUILD_CLASS
	// PRINT_EXPR: v -> ; prints v in interactive mode (sys.displayhook).
	PRINT_EXPR
	// SETUP_ANNOTATIONS: creates __annotations__ in the local namespace if
	// it is missing.
	SETUP_ANNOTATIONS
	// IMPORT_NAME namei: level fromlist -> module
	IMPORT_NAME
	// IMPORT_FROM namei: module -> module module.name (ImportError if
	// missing)
	IMPORT_FROM
	// IMPORT_STAR: module -> ; from module import *
	IMPORT_STAR

	// LOAD_CONST consti: -> co_consts[consti]
	LOAD_CONST
	// LOAD_NAME namei: -> value of co_names[namei] from locals, globals or
	// builtins
	LOAD_NAME
	// STORE_NAME namei: v -> ; locals[co_names[namei]] = v
	STORE_NAME
	// DELETE_NAME namei: del locals[co_names[namei]]
	DELETE_NAME
	// LOAD_GLOBAL (namei<<1 | push_null): -> NULL? value; looks the name up
	// in globals then builtins, pushing a NULL first when the low bit is set.
	LOAD_GLOBAL
	// STORE_GLOBAL namei: v ->
	STORE_GLOBAL
	// DELETE_GLOBAL namei
	DELETE_GLOBAL
	// LOAD_FAST i: -> localsplus[i] (UnboundLocalError when unset)
	LOAD_FAST
	// STORE_FAST i: v -> ; localsplus[i] = v
	STORE_FAST
	// DELETE_FAST i
	DELETE_FAST

	// MAKE_CELL i: replaces localsplus[i] with a new cell holding its value.
	MAKE_CELL
	// LOAD_CLOSURE i: -> the cell in localsplus[i]
	LOAD_CLOSURE
	// LOAD_DEREF i: -> the value of the cell in localsplus[i] (NameError or
	// UnboundLocalError when empty)
	LOAD_DEREF
	// STORE_DEREF i: v -> ; stores into the cell in localsplus[i]
	STORE_DEREF
	// DELETE_DEREF i: empties the cell in localsplus[i]
	DELETE_DEREF
	// LOAD_CLASSDEREF i: -> value; in a class body, looks in the class
	// namespace first, then the cell localsplus[i].
	LOAD_CLASSDEREF
	// COPY_FREE_VARS n: copies the function's n closure cells into the last
	// n slots of localsplus.
	COPY_FREE_VARS

	// LOAD_ATTR namei: a -> a.name
	LOAD_ATTR
	// STORE_ATTR namei: v a -> ; a.name = v
	STORE_ATTR
	// DELETE_ATTR namei: a -> ; del a.name
	DELETE_ATTR
	// LOAD_METHOD namei: a -> meth a (an unbound method and its self, when
	// the attribute is a plain function found on the type) or NULL a.name
	LOAD_METHOD

	// BUILD_TUPLE n: a1 ... an -> (a1, ..., an)
	BUILD_TUPLE
	// BUILD_LIST n: a1 ... an -> [a1, ..., an]
	BUILD_LIST
	// BUILD_SET n: a1 ... an -> {a1, ..., an}
	BUILD_SET
	// BUILD_MAP n: k1 v1 ... kn vn -> {k1: v1, ..., kn: vn}
	BUILD_MAP
	// BUILD_CONST_KEY_MAP n: v1 ... vn keys-tuple -> {k1: v1, ...}
	BUILD_CONST_KEY_MAP
	// BUILD_STRING n: s1 ... sn -> s1 + ... + sn (all str)
	BUILD_STRING
	// BUILD_SLICE n: start stop [step] -> slice(start, stop[, step]) (n is 2
	// or 3)
	BUILD_SLICE
	// LIST_APPEND i: list ... v -> list ... ; appends v to the list that
	// is i-th from the top once v is popped (comprehensions).
	LIST_APPEND
	// SET_ADD i: like LIST_APPEND for a set.
	SET_ADD
	// MAP_ADD i: dict ... k v -> dict ... ; dict[k] = v
	MAP_ADD
	// LIST_EXTEND i: list ... seq -> list ... ; list.extend(seq)
	LIST_EXTEND
	// SET_UPDATE i: set ... seq -> set ... ; set.update(seq)
	SET_UPDATE
	// DICT_UPDATE i: dict ... m -> dict ... ; dict.update(m)
	DICT_UPDATE
	// DICT_MERGE i: like DICT_UPDATE but a repeated key is a TypeError
	// ("got multiple values for keyword argument"), for f(**a, **b).
	DICT_MERGE
	// LIST_TO_TUPLE: list -> tuple(list)
	LIST_TO_TUPLE
	// UNPACK_SEQUENCE n: seq -> an ... a1 (exactly n items, the first on top)
	UNPACK_SEQUENCE
	// UNPACK_EX (after<<8 | before): seq -> a_last ... rest-list ... a1, for
	// a starred assignment target.
	UNPACK_EX

	// FORMAT_VALUE flags: value [spec] -> str; flags&3 is the conversion
	// (0 none, 1 str, 2 repr, 3 ascii) and flags&4 says a format spec is on
	// the stack above the value.
	FORMAT_VALUE
	// MAKE_FUNCTION flags: [defaults] [kwdefaults] [annotations] [closure]
	// code -> function; flags 0x01 defaults tuple, 0x02 kw-only defaults
	// dict, 0x04 annotations tuple, 0x08 closure tuple of cells.
	MAKE_FUNCTION
	// KW_NAMES consti: names the keyword arguments of the next CALL: the
	// tuple co_consts[consti] names the last len(tuple) arguments.
	KW_NAMES
	// CALL argc: NULL-or-meth callable-or-self a1 ... an -> result. When the
	// item below the callable is not NULL, it is the function and the
	// callable slot holds self, which becomes the first argument.
	CALL
	// CALL_FUNCTION_EX flags: NULL callable args-tuple [kwargs-dict] ->
	// result; flags&1 says a kwargs dict is present.
	CALL_FUNCTION_EX

	// JUMP_FORWARD target: jumps forward to target.
	JUMP_FORWARD
	// JUMP_BACKWARD target: jumps back to target (a loop); the VM checks for
	// interrupts and limits here.
	JUMP_BACKWARD
	// JUMP_BACKWARD_NO_INTERRUPT target: jumps back without the check (used
	// inside yield from / await loops).
	JUMP_BACKWARD_NO_INTERRUPT
	// POP_JUMP_IF_FALSE target: v -> ; jumps when v is false. The four
	// POP_JUMP_IF_* may jump backwards (the test at the bottom of a while
	// loop, a comprehension's filter), so the VM checks for interrupts and
	// limits when one goes to a lower index, as on JUMP_BACKWARD.
	POP_JUMP_IF_FALSE
	// POP_JUMP_IF_TRUE target: v -> ; jumps when v is true.
	POP_JUMP_IF_TRUE
	// POP_JUMP_IF_NONE target: v -> ; jumps when v is None.
	POP_JUMP_IF_NONE
	// POP_JUMP_IF_NOT_NONE target: v -> ; jumps when v is not None.
	POP_JUMP_IF_NOT_NONE
	// JUMP_IF_FALSE_OR_POP target: v -> v (and jumps) when v is false,
	// otherwise v -> . It only ever jumps forwards, as do FOR_ITER and SEND.
	JUMP_IF_FALSE_OR_POP
	// JUMP_IF_TRUE_OR_POP target: v -> v (and jumps) when v is true,
	// otherwise v -> .
	JUMP_IF_TRUE_OR_POP

	// NumOpcodes is the number of opcodes; not an opcode.
	NumOpcodes
)
