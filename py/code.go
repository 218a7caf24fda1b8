package py

import (
	"math/big"

	"github.com/kaa-lang/kaa/bytecode"
)

// Code is a runnable code object: a bytecode.Code whose constants have
// been converted to objects once and whose names are interned, with the
// inline caches of its instructions beside them.
type Code struct {
	bc       *bytecode.Code
	instrs   []bytecode.Instr
	consts   []Object
	names    []*Str
	varnames []*Str // localsplus names
	kinds    []byte
	filename *Str
	name     *Str
	qualname *Str

	nlocalsplus int
	ncells      int // cell variables (fast locals that are cells)
	nfree       int
	argcount    int
	posonly     int
	kwonly      int
	flags       uint32
	stacksize   int
	// cell2arg maps the index of a cell variable that is also a
	// parameter to the parameter's index.
	cellArgs []int

	caches []cacheEntry
}

// CodeType is the type of code objects.
var CodeType = newBuiltinType("code", ObjectType, 0)

// Type returns CodeType.
func (*Code) Type() *Type { return CodeType }

// Bytecode returns the pure-data code this object was made from.
func (c *Code) Bytecode() *bytecode.Code { return c.bc }

// Name returns co_name.
func (c *Code) Name() string { return c.name.s }

// Filename returns co_filename.
func (c *Code) Filename() string { return c.filename.s }

// cacheEntry is the inline cache of one instruction (LOAD_ATTR,
// LOAD_METHOD, STORE_ATTR, LOAD_GLOBAL).
type cacheEntry struct {
	typ     *Type
	version uint32
	kind    uint8
	index   int32
	value   Object
	dict    *Dict
	dict2   *Dict
	ver2    uint32
	// more holds the entries for further classes at an attribute site
	// that sees instances of several classes (eval_cache_poly.go).
	more *polyCache
}

// NewCode converts a compiled code object for the interpreter: constants
// become objects, names are interned in the interpreter's table.
func (in *Interpreter) NewCode(bc *bytecode.Code) *Code {
	c := &Code{
		bc:        bc,
		instrs:    quicken(bc.Instrs),
		filename:  in.Intern(bc.Filename),
		name:      in.Intern(bc.Name),
		qualname:  in.Intern(bc.QualName),
		argcount:  bc.ArgCount,
		posonly:   bc.PosOnlyArgCount,
		kwonly:    bc.KwOnlyArgCount,
		flags:     bc.Flags,
		stacksize: bc.StackSize,
		kinds:     bc.LocalsPlusKinds,
	}
	c.consts = make([]Object, len(bc.Consts))
	for i, k := range bc.Consts {
		c.consts[i] = in.constObject(k)
	}
	c.names = make([]*Str, len(bc.Names))
	for i, n := range bc.Names {
		c.names[i] = in.Intern(n)
	}
	c.varnames = make([]*Str, len(bc.LocalsPlusNames))
	for i, n := range bc.LocalsPlusNames {
		c.varnames[i] = in.Intern(n)
	}
	c.nlocalsplus = len(bc.LocalsPlusNames)
	for _, k := range bc.LocalsPlusKinds {
		if k&bytecode.CO_FAST_CELL != 0 {
			c.ncells++
		}
		if k&bytecode.CO_FAST_FREE != 0 {
			c.nfree++
		}
	}
	c.caches = make([]cacheEntry, len(bc.Instrs))
	return c
}

// constObject converts a bytecode constant.
func (in *Interpreter) constObject(k bytecode.Const) Object {
	switch v := k.(type) {
	case bytecode.NoneType:
		return None
	case bytecode.EllipsisType:
		return Ellipsis
	case bool:
		return Bool(v)
	case int64:
		return NewInt(v)
	case *big.Int:
		return NewIntFromBig(v)
	case float64:
		return Float(v)
	case complex128:
		return Complex(v)
	case string:
		if len(v) < 40 {
			return in.Intern(v)
		}
		return NewStr(v)
	case bytecode.Bytes:
		return NewBytes([]byte(v))
	case bytecode.Tuple:
		items := make([]Object, len(v))
		for i, x := range v {
			items[i] = in.constObject(x)
		}
		return NewTupleFromSlice(items)
	case bytecode.FrozenSet:
		s := NewFrozenSet()
		for _, x := range v {
			_ = s.Add(in.main, in.constObject(x))
		}
		return s
	case *bytecode.Code:
		return in.NewCode(v)
	}
	return None
}
