package sre

// The opcodes of compiled patterns, numbered as CPython 3.11's sre
// numbers them (so that re.DEBUG's disassembly reads the same). The
// parser uses some of them as node kinds, plus minRepeat and maxRepeat,
// which never appear in compiled code.
const (
	opFailure opcode = iota
	opSuccess
	opAny
	opAnyAll
	opAssert
	opAssertNot
	opAt
	opBranch
	opCategory
	opCharset
	opBigCharset
	opGroupref
	opGrouprefExists
	opIn
	opInfo
	opJump
	opLiteral
	opMark
	opMaxUntil
	opMinUntil
	opNotLiteral
	opNegate
	opRange
	opRepeat
	opRepeatOne
	opSubpattern
	opMinRepeatOne
	opAtomicGroup
	opPossessiveRepeat
	opPossessiveRepeatOne
	opGrouprefIgnore
	opInIgnore
	opLiteralIgnore
	opNotLiteralIgnore
	opGrouprefLocIgnore
	opInLocIgnore
	opLiteralLocIgnore
	opNotLiteralLocIgnore
	opGrouprefUniIgnore
	opInUniIgnore
	opLiteralUniIgnore
	opNotLiteralUniIgnore
	opRangeUniIgnore
	// Parser-only node kinds.
	opMinRepeat
	opMaxRepeat
)

// opcode is an operation of the parse tree or of compiled code.
type opcode = uint32

// opNames are the names of the opcodes, as re.DEBUG prints them.
var opNames = [...]string{
	"FAILURE", "SUCCESS", "ANY", "ANY_ALL", "ASSERT", "ASSERT_NOT", "AT",
	"BRANCH", "CATEGORY", "CHARSET", "BIGCHARSET", "GROUPREF",
	"GROUPREF_EXISTS", "IN", "INFO", "JUMP", "LITERAL", "MARK",
	"MAX_UNTIL", "MIN_UNTIL", "NOT_LITERAL", "NEGATE", "RANGE", "REPEAT",
	"REPEAT_ONE", "SUBPATTERN", "MIN_REPEAT_ONE", "ATOMIC_GROUP",
	"POSSESSIVE_REPEAT", "POSSESSIVE_REPEAT_ONE", "GROUPREF_IGNORE",
	"IN_IGNORE", "LITERAL_IGNORE", "NOT_LITERAL_IGNORE",
	"GROUPREF_LOC_IGNORE", "IN_LOC_IGNORE", "LITERAL_LOC_IGNORE",
	"NOT_LITERAL_LOC_IGNORE", "GROUPREF_UNI_IGNORE", "IN_UNI_IGNORE",
	"LITERAL_UNI_IGNORE", "NOT_LITERAL_UNI_IGNORE", "RANGE_UNI_IGNORE",
	"MIN_REPEAT", "MAX_REPEAT",
}

// Position assertions (the argument of AT).
const (
	atBeginning = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atLocBoundary
	atLocNonBoundary
	atUniBoundary
	atUniNonBoundary
)

// atNames are the names of the AT codes.
var atNames = [...]string{
	"AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING",
	"AT_BOUNDARY", "AT_NON_BOUNDARY", "AT_END", "AT_END_LINE",
	"AT_END_STRING", "AT_LOC_BOUNDARY", "AT_LOC_NON_BOUNDARY",
	"AT_UNI_BOUNDARY", "AT_UNI_NON_BOUNDARY",
}

// Character categories (the argument of CATEGORY).
const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catLinebreak
	catNotLinebreak
	catLocWord
	catLocNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
	catUniLinebreak
	catUniNotLinebreak
)

// catNames are the names of the categories.
var catNames = [...]string{
	"CATEGORY_DIGIT", "CATEGORY_NOT_DIGIT", "CATEGORY_SPACE",
	"CATEGORY_NOT_SPACE", "CATEGORY_WORD", "CATEGORY_NOT_WORD",
	"CATEGORY_LINEBREAK", "CATEGORY_NOT_LINEBREAK", "CATEGORY_LOC_WORD",
	"CATEGORY_LOC_NOT_WORD", "CATEGORY_UNI_DIGIT", "CATEGORY_UNI_NOT_DIGIT",
	"CATEGORY_UNI_SPACE", "CATEGORY_UNI_NOT_SPACE", "CATEGORY_UNI_WORD",
	"CATEGORY_UNI_NOT_WORD", "CATEGORY_UNI_LINEBREAK",
	"CATEGORY_UNI_NOT_LINEBREAK",
}

// The flags of re.compile.
const (
	flagTemplate   = 1
	flagIgnoreCase = 2
	flagLocale     = 4
	flagMultiline  = 8
	flagDotAll     = 16
	flagUnicode    = 32
	flagVerbose    = 64
	flagDebug      = 128
	flagASCII      = 256

	typeFlags   = flagASCII | flagLocale | flagUnicode
	globalFlags = flagDebug | flagTemplate
)

// The flags of the INFO block.
const (
	infoPrefix  = 1 // the pattern starts with a literal prefix
	infoLiteral = 2 // the whole pattern is that literal
	infoCharset = 4 // the pattern starts with a character of a set
)

// Limits, as CPython's on 64-bit machines.
const (
	maxRepeat = 1<<32 - 1 // MAXREPEAT: "no upper bound" in repeats
	maxGroups = 1<<30 - 1 // MAXGROUPS
	maxCode   = 1<<32 - 1 // the largest code word
	magic     = 20220615  // MAGIC of CPython 3.11's sre
)

// maxWidth stands for "unbounded" in pattern widths (CPython's 1 << 64;
// widths saturate at it).
const maxWidth = ^uint64(0)
