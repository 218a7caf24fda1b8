package bytecode

import "errors"

// maxStackSize bounds StackSize in a code object read from outside (a
// .pyc file or marshal data), so that a corrupt value cannot make the
// virtual machine allocate a huge frame.
const maxStackSize = 1 << 20

// Validate checks that c holds together well enough for the virtual
// machine to run it without indexing out of range: counts and table
// lengths agree, every opcode exists, every argument that indexes the
// constants, names, fast locals or instructions is in range, the
// exception table points inside the code, and the code cannot run off
// its end. It checks c alone, not the code objects among its constants.
// Code read by Unmarshal has been validated already; the compiler's
// output always passes.
func (c *Code) Validate() error {
	n := len(c.Instrs)
	nlocals := len(c.LocalsPlusNames)
	switch {
	case n == 0:
		return errors.New("code object without instructions")
	case c.ArgCount < 0 || c.PosOnlyArgCount < 0 || c.KwOnlyArgCount < 0 || c.PosOnlyArgCount > c.ArgCount:
		return errors.New("bad argument counts")
	case c.StackSize < 0 || c.StackSize > maxStackSize:
		return errors.New("bad stack size")
	case len(c.LocalsPlusKinds) != nlocals:
		return errors.New("locals and their kinds differ in number")
	case len(c.Positions) != n:
		return errors.New("position table and instructions differ in length")
	}
	nargs := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&CO_VARARGS != 0 {
		nargs++
	}
	if c.Flags&CO_VARKEYWORDS != 0 {
		nargs++
	}
	if nargs > nlocals {
		return errors.New("more parameters than locals")
	}
	var ext uint32
	for _, in := range c.Instrs {
		op := in.Op()
		if op >= NumOpcodes {
			return errors.New("unknown opcode")
		}
		arg := ext | in.Arg()
		ext = 0
		ok := true
		switch {
		case op == EXTENDED_ARG:
			ext = arg << 24
		case op == KW_NAMES:
			ok = int(arg) < len(c.Consts) && isNameTuple(c.Consts[arg])
		case op.UsesConst():
			ok = int(arg) < len(c.Consts)
		case op == LOAD_GLOBAL:
			ok = int(arg>>1) < len(c.Names)
		case op.UsesName():
			ok = int(arg) < len(c.Names)
		case op.UsesLocal():
			ok = int(arg) < nlocals
		case op.IsJump():
			ok = int(arg) < n
		case op == COMPARE_OP:
			ok = int(arg) < len(compareOpSymbols)
		case op == BINARY_OP:
			ok = arg < uint32(NumBinaryOps)
		case op == COPY_FREE_VARS:
			ok = int(arg) <= nlocals
		}
		if !ok {
			return errors.New(op.String() + " argument out of range")
		}
	}
	switch c.Instrs[n-1].Op() {
	case RETURN_VALUE, RERAISE, RAISE_VARARGS, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT:
	default:
		return errors.New("code can run past its last instruction")
	}
	for _, e := range c.ExceptionTable {
		if e.Start < 0 || e.Start >= e.End || e.End > n || e.Target < 0 || e.Target >= n || e.Depth < 0 || e.Depth > c.StackSize {
			return errors.New("exception table entry out of range")
		}
	}
	return nil
}

func isNameTuple(k Const) bool {
	t, ok := k.(Tuple)
	if !ok {
		return false
	}
	for _, x := range t {
		if _, ok := x.(string); !ok {
			return false
		}
	}
	return true
}
