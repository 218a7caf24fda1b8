package bytecode

// The disassembler lives here, beside the instruction set it describes,
// and writes the layout of CPython 3.11's dis.dis: a line-number column,
// the byte offset of each instruction (4 times its index, since kaa's
// instructions are 32-bit words), ">>" on jump targets, the opcode name,
// its argument and the argument's meaning in parentheses, then the
// exception table, then the nested code objects.
//
// The package imports nothing of kaa's, so it cannot produce the repr()
// of every constant by itself: the text of str, bytes, float and complex
// constants comes from the Reprs functions the caller passes in (package
// compile passes syntax's repr helpers; see compile.Reprs).

import (
	"bufio"
	"io"
	"math/big"
	"strconv"
	"strings"
)

// Reprs supplies the repr() text of the constants whose text this package
// does not compute itself. A nil function falls back to a plain Go
// formatting, which is enough for tests of the layout but not CPython's
// text.
type Reprs struct {
	Str     func(string) string
	Bytes   func(string) string
	Float   func(float64) string
	Complex func(complex128) string
	// Code formats a nested code object; nil gives
	// `<code object NAME, file "FILE", line N>` (CPython also shows the
	// object's address, which would make the output differ between runs).
	Code func(*Code) string
}

// Const returns repr() of the constant c.
func (r *Reprs) Const(c Const) string {
	var b strings.Builder
	r.writeConst(&b, c)
	return b.String()
}

func (r *Reprs) writeConst(b *strings.Builder, c Const) {
	switch v := c.(type) {
	case NoneType:
		b.WriteString("None")
	case EllipsisType:
		b.WriteString("Ellipsis")
	case bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case int64:
		b.WriteString(strconv.FormatInt(v, 10))
	case *big.Int:
		b.WriteString(v.String())
	case float64:
		if r != nil && r.Float != nil {
			b.WriteString(r.Float(v))
		} else {
			b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		}
	case complex128:
		if r != nil && r.Complex != nil {
			b.WriteString(r.Complex(v))
		} else {
			b.WriteString(strconv.FormatComplex(v, 'g', -1, 128))
		}
	case string:
		if r != nil && r.Str != nil {
			b.WriteString(r.Str(v))
		} else {
			b.WriteString(strconv.Quote(v))
		}
	case Bytes:
		if r != nil && r.Bytes != nil {
			b.WriteString(r.Bytes(string(v)))
		} else {
			b.WriteString("b" + strconv.Quote(string(v)))
		}
	case Tuple:
		b.WriteByte('(')
		for i, item := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			r.writeConst(b, item)
		}
		if len(v) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case FrozenSet:
		if len(v) == 0 {
			b.WriteString("frozenset()")
			return
		}
		b.WriteString("frozenset({")
		for i, item := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			r.writeConst(b, item)
		}
		b.WriteString("})")
	case *Code:
		if r != nil && r.Code != nil {
			b.WriteString(r.Code(v))
		} else {
			b.WriteString("<code object " + v.Name + ", file \"" + v.Filename +
				"\", line " + strconv.Itoa(v.FirstLineNo) + ">")
		}
	default:
		b.WriteString("<unknown constant>")
	}
}

// Instruction is one instruction as the disassembler describes it, like
// an item of CPython's dis.get_instructions().
type Instruction struct {
	Op           Opcode
	Arg          uint32 // the full argument, EXTENDED_ARG prefixes included
	HasArg       bool   // whether the opcode uses its argument
	ArgRepr      string // the meaning of the argument, "" when none is shown
	Offset       int    // byte offset: 4 times the instruction's index
	StartsLine   int    // the source line this instruction starts, or -1
	IsJumpTarget bool
	Position     Position
}

// Instructions decodes the instructions of c with the meaning of each
// argument.
func Instructions(c *Code, r *Reprs) []Instruction {
	labels := make(map[int]bool)
	out := make([]Instruction, 0, len(c.Instrs))
	var ext uint32
	lastLine := int32(-1)
	for i, in := range c.Instrs {
		op := in.Op()
		arg := ext | in.Arg()
		if op == EXTENDED_ARG {
			ext = arg << 24
		} else {
			ext = 0
		}
		ins := Instruction{
			Op:         op,
			Arg:        arg,
			HasArg:     op.HasArg(),
			Offset:     4 * i,
			StartsLine: -1,
		}
		if i < len(c.Positions) {
			ins.Position = c.Positions[i]
			if l := ins.Position.Line; l >= 0 && l != lastLine {
				ins.StartsLine = int(l)
				lastLine = l
			}
		} else {
			ins.Position = Position{-1, -1, -1, -1}
		}
		if op.IsJump() {
			labels[int(arg)] = true
		}
		ins.ArgRepr = argRepr(c, r, op, arg)
		out = append(out, ins)
	}
	for _, e := range c.ExceptionTable {
		labels[e.Target] = true
	}
	for i := range out {
		out[i].IsJumpTarget = labels[i]
	}
	return out
}

func argRepr(c *Code, r *Reprs, op Opcode, arg uint32) string {
	switch {
	case op == LOAD_CONST: // KW_NAMES shows its index only, as CPython's dis does
		if int(arg) < len(c.Consts) {
			return r.Const(c.Consts[arg])
		}
	case op == LOAD_GLOBAL:
		if int(arg>>1) < len(c.Names) {
			if arg&1 != 0 {
				return "NULL + " + c.Names[arg>>1]
			}
			return c.Names[arg>>1]
		}
	case op.UsesName():
		if int(arg) < len(c.Names) {
			return c.Names[arg]
		}
	case op.IsJump():
		return "to " + strconv.Itoa(4*int(arg))
	case op.UsesLocal():
		if int(arg) < len(c.LocalsPlusNames) {
			return c.LocalsPlusNames[arg]
		}
	case op == COMPARE_OP:
		if int(arg) < len(compareOpSymbols) {
			return compareOpSymbols[arg]
		}
	case op == BINARY_OP:
		if arg < uint32(NumBinaryOps) {
			return BinaryOp(arg).Symbol()
		}
	case op == FORMAT_VALUE:
		s := [...]string{"", "str", "repr", "ascii"}[arg&FormatConvMask]
		if arg&FormatHasSpec != 0 {
			if s != "" {
				s += ", "
			}
			s += "with format"
		}
		return s
	case op == MAKE_FUNCTION:
		var parts []string
		for i, name := range [...]string{"defaults", "kwdefaults", "annotations", "closure"} {
			if arg&(1<<i) != 0 {
				parts = append(parts, name)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// Disassemble writes the disassembly of c, then of the code objects among
// its constants (recursively), as CPython's dis.dis does for a code object.
func Disassemble(w io.Writer, c *Code, r *Reprs) error {
	bw := bufio.NewWriter(w)
	disassembleRecursive(bw, c, r)
	return bw.Flush()
}

func disassembleRecursive(w *bufio.Writer, c *Code, r *Reprs) {
	disassembleOne(w, c, r)
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			w.WriteString("\nDisassembly of ")
			w.WriteString(r.Const(sub))
			w.WriteString(":\n")
			disassembleRecursive(w, sub, r)
		}
	}
}

// DisassembleCode writes the disassembly of c alone, without its nested
// code objects (CPython's dis.disassemble).
func DisassembleCode(w io.Writer, c *Code, r *Reprs) error {
	bw := bufio.NewWriter(w)
	disassembleOne(bw, c, r)
	return bw.Flush()
}

func disassembleOne(w *bufio.Writer, c *Code, r *Reprs) {
	ins := Instructions(c, r)
	maxLine := -1
	for _, in := range ins {
		if in.StartsLine > maxLine {
			maxLine = in.StartsLine
		}
	}
	lineWidth := 0
	if maxLine >= 0 {
		lineWidth = 3
		if maxLine >= 1000 {
			lineWidth = len(strconv.Itoa(maxLine))
		}
	}
	offsetWidth := 4
	if n := 4 * (len(ins) - 1); n >= 10000 {
		offsetWidth = len(strconv.Itoa(n))
	}
	var line strings.Builder
	for _, in := range ins {
		if lineWidth > 0 && in.StartsLine >= 0 && in.Offset > 0 {
			w.WriteByte('\n')
		}
		line.Reset()
		if lineWidth > 0 {
			if in.StartsLine >= 0 {
				padLeft(&line, strconv.Itoa(in.StartsLine), lineWidth)
			} else {
				line.WriteString(strings.Repeat(" ", lineWidth))
			}
			line.WriteByte(' ')
		}
		line.WriteString("    ")
		if in.IsJumpTarget {
			line.WriteString(">> ")
		} else {
			line.WriteString("   ")
		}
		padLeft(&line, strconv.Itoa(in.Offset), offsetWidth)
		line.WriteByte(' ')
		name := in.Op.String()
		line.WriteString(name)
		if in.HasArg {
			for i := len(name); i < 20; i++ {
				line.WriteByte(' ')
			}
			line.WriteByte(' ')
			padLeft(&line, strconv.FormatUint(uint64(in.Arg), 10), 5)
			if in.ArgRepr != "" {
				line.WriteString(" (")
				line.WriteString(in.ArgRepr)
				line.WriteByte(')')
			}
		}
		w.WriteString(strings.TrimRight(line.String(), " "))
		w.WriteByte('\n')
	}
	if len(c.ExceptionTable) > 0 {
		w.WriteString("ExceptionTable:\n")
		for _, e := range c.ExceptionTable {
			w.WriteString("  ")
			w.WriteString(strconv.Itoa(4 * e.Start))
			w.WriteString(" to ")
			w.WriteString(strconv.Itoa(4 * (e.End - 1)))
			w.WriteString(" -> ")
			w.WriteString(strconv.Itoa(4 * e.Target))
			w.WriteString(" [")
			w.WriteString(strconv.Itoa(e.Depth))
			w.WriteByte(']')
			if e.Lasti {
				w.WriteString(" lasti")
			}
			w.WriteByte('\n')
		}
	}
}

func padLeft(b *strings.Builder, s string, width int) {
	for i := len(s); i < width; i++ {
		b.WriteByte(' ')
	}
	b.WriteString(s)
}
