// Package opcode implements _opcode, the Go half of kaa's opcode and dis
// modules (lib/opcode.py, lib/dis.py): the tables of kaa's instruction
// set (package bytecode), stack effects, the decoded instructions of a
// code object, and its disassembly text in CPython's layout.
package opcode

import (
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/compile"
	"github.com/kaa-lang/kaa/py"
)

// Init creates the _opcode module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_opcode")
	m.Set("__doc__", py.NewStr("Opcode support module (kaa's instruction set)."))
	names := make([]py.Object, 256)
	opmap := py.NewDict()
	var hasarg, hasconst, hasname, hasjump, haslocal, hasfree, hascompare []py.Object
	for i := 0; i < 256; i++ {
		op := bytecode.Opcode(i)
		if i >= int(bytecode.NumOpcodes) {
			names[i] = py.NewStr("<" + strconv.Itoa(i) + ">")
			continue
		}
		names[i] = py.NewStr(op.String())
		opmap.SetString(op.String(), py.NewInt(int64(i)))
		n := py.NewInt(int64(i))
		if op.HasArg() {
			hasarg = append(hasarg, n)
		}
		switch {
		case op.UsesConst():
			hasconst = append(hasconst, n)
		case op.UsesName():
			hasname = append(hasname, n)
		case op.IsJump():
			hasjump = append(hasjump, n)
		case op == bytecode.COMPARE_OP:
			hascompare = append(hascompare, n)
		case op.UsesLocal():
			if isFreeOp(op) {
				hasfree = append(hasfree, n)
			} else {
				haslocal = append(haslocal, n)
			}
		}
	}
	m.Set("opname", py.NewList(names))
	m.Set("opmap", opmap)
	m.Set("hasarg", py.NewList(hasarg))
	m.Set("hasconst", py.NewList(hasconst))
	m.Set("hasname", py.NewList(hasname))
	m.Set("hasjabs", py.NewList(hasjump))
	m.Set("hasjrel", py.NewList(nil))
	m.Set("haslocal", py.NewList(haslocal))
	m.Set("hasfree", py.NewList(hasfree))
	m.Set("hascompare", py.NewList(hascompare))
	var cmp []py.Object
	for i := 0; i < 6; i++ {
		cmp = append(cmp, py.NewStr(bytecode.CompareOp(i).Symbol()))
	}
	m.Set("cmp_op", py.NewTuple(cmp...))
	var nbops []py.Object
	for i := 0; i < int(bytecode.NumBinaryOps); i++ {
		nbops = append(nbops, py.NewStr(bytecode.BinaryOp(i).Symbol()))
	}
	m.Set("nb_ops", py.NewList(nbops))
	m.AddFunc("stack_effect", stackEffect, "Compute the stack effect of the opcode.")
	m.AddFunc("get_instructions", getInstructions, "get_instructions(code) -> list of (opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target, positions)")
	m.AddFunc("disassemble", disassemble, "disassemble(code) -> the disassembly text of one code object, as dis.disassemble prints it")
	return m, nil
}

// isFreeOp reports whether a local-indexing opcode deals with cells.
func isFreeOp(op bytecode.Opcode) bool {
	switch op {
	case bytecode.MAKE_CELL, bytecode.LOAD_CLOSURE, bytecode.LOAD_DEREF, bytecode.STORE_DEREF,
		bytecode.DELETE_DEREF, bytecode.LOAD_CLASSDEREF:
		return true
	}
	return false
}

func stackEffect(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var opObj, argObj, jumpObj py.Object = nil, py.None, py.None
	if err := py.UnpackArgs("stack_effect", args, kw, "opcode", &opObj, "oparg?", &argObj, "/", "*", "jump?", &jumpObj); err != nil {
		return nil, err
	}
	op, err := py.AsIndex(t, opObj)
	if err != nil {
		return nil, err
	}
	if op < 0 || op >= int(bytecode.NumOpcodes) {
		return nil, py.Errorf(py.ValueErrorType, "invalid opcode or oparg")
	}
	code := bytecode.Opcode(op)
	var arg uint32
	if code.HasArg() {
		if argObj == py.None {
			return nil, py.Errorf(py.ValueErrorType, "stack_effect: opcode requires oparg but oparg was not specified")
		}
		a, err := py.AsIndex(t, argObj)
		if err != nil {
			return nil, err
		}
		arg = uint32(a)
	} else if argObj != py.None {
		return nil, py.Errorf(py.ValueErrorType, "stack_effect: opcode does not permit oparg but oparg was specified")
	}
	var effect int
	var ok bool
	if jumpObj == py.None {
		a, ok1 := bytecode.StackEffect(code, arg, false)
		b, ok2 := bytecode.StackEffect(code, arg, true)
		effect, ok = max(a, b), ok1 && ok2
	} else {
		j, err := py.Truth(t, jumpObj)
		if err != nil {
			return nil, err
		}
		effect, ok = bytecode.StackEffect(code, arg, j)
	}
	if !ok {
		return nil, py.Errorf(py.ValueErrorType, "invalid opcode or oparg")
	}
	return py.NewInt(int64(effect)), nil
}

// codeArg unpacks a code object argument.
func codeArg(fn string, args []py.Object, kw *py.Tuple) (*py.Code, error) {
	if err := py.CheckArgs(fn, args, kw, 1, 1); err != nil {
		return nil, err
	}
	c, ok := args[0].(*py.Code)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "%s() expects a code object, not %s", fn, py.TypeName(args[0]))
	}
	return c, nil
}

// reprsFor returns the constant reprs of a code object's disassembly:
// as compile shows them, with nested code objects shown by their repr
// (address included, as CPython's dis shows them).
func reprsFor(t *py.Thread, c *py.Code) *bytecode.Reprs {
	r := compile.Reprs()
	codes := map[*bytecode.Code]*py.Code{}
	var walk func(c *py.Code)
	walk = func(c *py.Code) {
		codes[c.Bytecode()] = c
		consts, err := py.GetAttrString(t, c, "co_consts")
		if err != nil {
			return
		}
		if tu, ok := consts.(*py.Tuple); ok {
			for _, k := range tu.Items() {
				if sub, ok := k.(*py.Code); ok {
					walk(sub)
				}
			}
		}
	}
	walk(c)
	r.Code = func(bc *bytecode.Code) string {
		if pc, ok := codes[bc]; ok {
			if s, err := py.Repr(t, pc); err == nil {
				return s.String()
			}
		}
		return "<code object " + bc.Name + ", file \"" + bc.Filename + "\", line " + strconv.Itoa(bc.FirstLineNo) + ">"
	}
	return r
}

func disassemble(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	c, err := codeArg("disassemble", args, kw)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	if err := bytecode.DisassembleCode(&b, c.Bytecode(), reprsFor(t, c)); err != nil {
		return nil, err
	}
	return py.NewStr(b.String()), nil
}

func getInstructions(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	c, err := codeArg("get_instructions", args, kw)
	if err != nil {
		return nil, err
	}
	bc := c.Bytecode()
	consts, err := py.GetAttrString(t, c, "co_consts")
	if err != nil {
		return nil, err
	}
	ct, _ := consts.(*py.Tuple)
	opt := func(v int32) py.Object {
		if v < 0 {
			return py.None
		}
		return py.NewInt(int64(v))
	}
	var out []py.Object
	for _, in := range bytecode.Instructions(bc, reprsFor(t, c)) {
		var arg, argval py.Object = py.None, py.None
		if in.HasArg {
			arg = py.NewInt(int64(in.Arg))
			argval = arg
			a := int(in.Arg)
			switch op := in.Op; {
			case op == bytecode.LOAD_CONST:
				if ct != nil && a < ct.Len() {
					argval = ct.At(a)
				}
			case op == bytecode.LOAD_GLOBAL:
				if a>>1 < len(bc.Names) {
					argval = py.NewStr(bc.Names[a>>1])
				}
			case op.UsesName():
				if a < len(bc.Names) {
					argval = py.NewStr(bc.Names[a])
				}
			case op.UsesLocal():
				if a < len(bc.LocalsPlusNames) {
					argval = py.NewStr(bc.LocalsPlusNames[a])
				}
			case op.IsJump():
				argval = py.NewInt(int64(4 * a))
			case op == bytecode.COMPARE_OP:
				argval = py.NewStr(in.ArgRepr)
			}
		}
		var starts py.Object = py.None
		if in.StartsLine >= 0 {
			starts = py.NewInt(int64(in.StartsLine))
		}
		p := in.Position
		out = append(out, py.NewTuple(py.NewStr(in.Op.String()), py.NewInt(int64(in.Op)), arg, argval,
			py.NewStr(in.ArgRepr), py.NewInt(int64(in.Offset)), starts, py.Bool(in.IsJumpTarget),
			py.NewTuple(opt(p.Line), opt(p.EndLine), opt(p.Col), opt(p.EndCol))))
	}
	return py.NewList(out), nil
}
