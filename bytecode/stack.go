package bytecode

// StackEffect returns the net change in stack depth caused by executing op
// with argument arg. For the instructions that behave differently when
// they jump, jump selects the case: false for the fall-through path, true
// for the jump. The second result is false for an opcode that is not
// defined.
//
// The figures are CPython 3.11's, with kaa's CALL doing the work of
// CPython's PRECALL and CALL together.
func StackEffect(op Opcode, arg uint32, jump bool) (int, bool) {
	a := int(arg)
	switch op {
	case NOP, EXTENDED_ARG, RESUME:
		return 0, true
	case POP_TOP:
		return -1, true
	case PUSH_NULL, COPY:
		return 1, true
	case SWAP:
		return 0, true
	case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT:
		return 0, true
	case BINARY_OP, BINARY_SUBSCR:
		return -1, true
	case STORE_SUBSCR:
		return -3, true
	case DELETE_SUBSCR:
		return -2, true
	case COMPARE_OP, IS_OP, CONTAINS_OP:
		return -1, true
	case GET_ITER, GET_YIELD_FROM_ITER:
		return 0, true
	case FOR_ITER:
		// Pushes the next item, or pops the exhausted iterator and jumps.
		if jump {
			return -1, true
		}
		return 1, true
	case GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS:
		return 1, true
	case MATCH_CLASS:
		return -2, true
	case PUSH_EXC_INFO:
		return 1, true
	case POP_EXCEPT:
		return -1, true
	case CHECK_EXC_MATCH, CHECK_EG_MATCH:
		return 0, true
	case PREP_RERAISE_STAR:
		return -1, true
	case RERAISE:
		return -1, true
	case RAISE_VARARGS:
		return -a, true
	case WITH_EXCEPT_START:
		return 1, true
	case LOAD_ASSERTION_ERROR:
		return 1, true
	case BEFORE_WITH, BEFORE_ASYNC_WITH:
		return 1, true
	case GET_AITER:
		return 0, true
	case GET_ANEXT:
		return 1, true
	case END_ASYNC_FOR:
		return -2, true
	case GET_AWAITABLE:
		return 0, true
	case SEND:
		if jump {
			return -1, true
		}
		return 0, true
	case ASYNC_GEN_WRAP, YIELD_VALUE:
		return 0, true
	case RETURN_VALUE:
		return -1, true
	case RETURN_GENERATOR:
		return 0, true
	case LOAD_BUILD_CLASS:
		return 1, true
	case PRINT_EXPR:
		return -1, true
	case SETUP_ANNOTATIONS:
		return 0, true
	case IMPORT_NAME:
		return -1, true
	case IMPORT_FROM:
		return 1, true
	case IMPORT_STAR:
		return -1, true
	case LOAD_CONST, LOAD_NAME:
		return 1, true
	case STORE_NAME:
		return -1, true
	case DELETE_NAME:
		return 0, true
	case LOAD_GLOBAL:
		return int(arg&1) + 1, true
	case STORE_GLOBAL:
		return -1, true
	case DELETE_GLOBAL:
		return 0, true
	case LOAD_FAST:
		return 1, true
	case STORE_FAST:
		return -1, true
	case DELETE_FAST:
		return 0, true
	case MAKE_CELL, COPY_FREE_VARS:
		return 0, true
	case LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF:
		return 1, true
	case STORE_DEREF:
		return -1, true
	case DELETE_DEREF:
		return 0, true
	case LOAD_ATTR:
		return 0, true
	case STORE_ATTR:
		return -2, true
	case DELETE_ATTR:
		return -1, true
	case LOAD_METHOD:
		return 1, true
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - a, true
	case BUILD_MAP:
		return 1 - 2*a, true
	case BUILD_CONST_KEY_MAP:
		return -a, true
	case BUILD_SLICE:
		if a == 3 {
			return -2, true
		}
		return -1, true
	case LIST_APPEND, SET_ADD:
		return -1, true
	case MAP_ADD:
		return -2, true
	case LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE:
		return -1, true
	case LIST_TO_TUPLE:
		return 0, true
	case UNPACK_SEQUENCE:
		return a - 1, true
	case UNPACK_EX:
		return a&0xFF + a>>8, true
	case FORMAT_VALUE:
		if a&FormatHasSpec != 0 {
			return -1, true
		}
		return 0, true
	case MAKE_FUNCTION:
		n := 0
		for bit := uint32(1); bit <= 8; bit <<= 1 {
			if arg&bit != 0 {
				n--
			}
		}
		return n, true
	case KW_NAMES:
		return 0, true
	case CALL:
		return -a - 1, true
	case CALL_FUNCTION_EX:
		if arg&1 != 0 {
			return -3, true
		}
		return -2, true
	case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT:
		return 0, true
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE:
		return -1, true
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0, true
		}
		return -1, true
	}
	return 0, false
}

// The FORMAT_VALUE argument bits.
const (
	FormatConvMask = 0x3 // the conversion: one of the FormatConv values
	FormatHasSpec  = 0x4 // a format spec is on the stack above the value
)

// The conversions of FORMAT_VALUE (its argument & FormatConvMask).
const (
	FormatConvNone  = 0
	FormatConvStr   = 1 // !s
	FormatConvRepr  = 2 // !r
	FormatConvASCII = 3 // !a
)

// The MAKE_FUNCTION argument bits, saying what sits on the stack below the
// code object.
const (
	MakeFunctionDefaults    = 0x01 // a tuple of positional defaults
	MakeFunctionKwDefaults  = 0x02 // a dict of keyword-only defaults
	MakeFunctionAnnotations = 0x04 // a tuple of annotation names and values
	MakeFunctionClosure     = 0x08 // a tuple of cells
)
