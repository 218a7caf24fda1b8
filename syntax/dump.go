package syntax

import (
	"strconv"
	"strings"
)

// DumpOptions are the options of Python's ast.dump.
type DumpOptions struct {
	// Indent is the indentation of nested nodes. With NoIndent set the
	// tree is printed on one line (indent=None).
	Indent   string
	NoIndent bool
	// IncludeAttributes prints lineno, col_offset, end_lineno and
	// end_col_offset.
	IncludeAttributes bool
}

// Dump returns the text Python's ast.dump(node, indent=..., include_attributes=...)
// gives for node, byte for byte: fields in ASDL order, optional fields
// that are None left out, and nodes whose fields are all simple values
// (at most three of them) kept on one line.
func Dump(node Node, opts DumpOptions) string {
	d := &dumper{opts: opts}
	d.writeNode(node, 0)
	return string(d.buf)
}

// AppendDump appends Dump(node, opts) to buf.
func AppendDump(buf []byte, node Node, opts DumpOptions) []byte {
	d := &dumper{opts: opts, buf: buf}
	d.writeNode(node, 0)
	return d.buf
}

// dumper writes a dump. Fields of the nodes being written are kept on a
// stack (fields), each node's above its parent's.
type dumper struct {
	opts   DumpOptions
	buf    []byte
	fields []dumpField
}

// The kinds of field values.
const (
	fStr   uint8 = iota // a str: repr of s
	fInt                // an int: i
	fConst              // a constant: repr of v
	fEnum               // an operator or context: s + "()"
	fNode               // a node
	fList               // a list
	fNone               // None
)

// dumpField is one field or attribute to print.
type dumpField struct {
	name string
	kind uint8
	s    string
	i    int
	v    Value
	node Node
	list any
	n    int // list length
}

// field pushes a field; values marked omit are left out.
func (d *dumper) field(name string, f dumpField) {
	if f.kind == 255 {
		return
	}
	f.name = name
	d.fields = append(d.fields, f)
}

var omitted = dumpField{kind: 255}

func (d *dumper) node(n Node) dumpField {
	if n == nil {
		return dumpField{kind: fNone}
	}
	return dumpField{kind: fNode, node: n}
}

func (d *dumper) optNode(n Node) dumpField {
	if n == nil {
		return omitted
	}
	return dumpField{kind: fNode, node: n}
}

// nodeOrNil turns a nil pointer into a nil Node.
func nodeOrNil[P interface {
	*E
	Node
}, E any](p P) Node {
	if p == nil {
		return nil
	}
	return p
}

func (d *dumper) enum(name string) dumpField { return dumpField{kind: fEnum, s: name} }

func (d *dumper) str(s string) dumpField { return dumpField{kind: fStr, s: s} }

func (d *dumper) optString(s string) dumpField {
	if s == "" {
		return omitted
	}
	return dumpField{kind: fStr, s: s}
}

func (d *dumper) int(i int) dumpField { return dumpField{kind: fInt, i: i} }

func (d *dumper) constant(v Value) dumpField { return dumpField{kind: fConst, v: v} }

func (d *dumper) listExprs(l []Expr) dumpField { return dumpField{kind: fList, list: l, n: len(l)} }
func (d *dumper) listStmts(l []Stmt) dumpField { return dumpField{kind: fList, list: l, n: len(l)} }
func (d *dumper) listPatterns(l []Pattern) dumpField {
	return dumpField{kind: fList, list: l, n: len(l)}
}
func (d *dumper) listArgs(l []*Arg) dumpField { return dumpField{kind: fList, list: l, n: len(l)} }
func (d *dumper) listKeywords(l []*Keyword) dumpField {
	return dumpField{kind: fList, list: l, n: len(l)}
}
func (d *dumper) listAliases(l []*Alias) dumpField { return dumpField{kind: fList, list: l, n: len(l)} }
func (d *dumper) listWithItems(l []*WithItem) dumpField {
	return dumpField{kind: fList, list: l, n: len(l)}
}
func (d *dumper) listComprehensions(l []*Comprehension) dumpField {
	return dumpField{kind: fList, list: l, n: len(l)}
}
func (d *dumper) listHandlers(l []*ExceptHandler) dumpField {
	return dumpField{kind: fList, list: l, n: len(l)}
}
func (d *dumper) listMatchCases(l []*MatchCase) dumpField {
	return dumpField{kind: fList, list: l, n: len(l)}
}
func (d *dumper) listTypeIgnores(l []*TypeIgnore) dumpField {
	return dumpField{kind: fList, list: l, n: len(l)}
}
func (d *dumper) listStrings(l []string) dumpField { return dumpField{kind: fList, list: l, n: len(l)} }
func (d *dumper) listCmpOps(l []CmpOp) dumpField   { return dumpField{kind: fList, list: l, n: len(l)} }

// pushFields pushes the fields and attributes of n and returns where
// they start.
func (d *dumper) pushFields(n Node) int {
	start := len(d.fields)
	if d.nodeFields(n) && d.opts.IncludeAttributes {
		if sp, ok := n.(interface{ Position() *Span }); ok {
			s := sp.Position()
			d.fields = append(d.fields,
				dumpField{name: "lineno", kind: fInt, i: int(s.Lineno)},
				dumpField{name: "col_offset", kind: fInt, i: int(s.ColOffset)},
				dumpField{name: "end_lineno", kind: fInt, i: int(s.EndLineno)},
				dumpField{name: "end_col_offset", kind: fInt, i: int(s.EndColOffset)})
		}
	}
	return start
}

// simple reports whether f prints as a simple value in ast.dump's sense:
// not a list with elements and not a node with fields.
func (d *dumper) simple(f *dumpField) bool {
	switch f.kind {
	case fList:
		return f.n == 0
	case fNode:
		start := d.pushFields(f.node)
		empty := len(d.fields) == start
		d.fields = d.fields[:start]
		return empty
	}
	return true
}

// newline writes the line break and indentation of level (or the
// one-line separator).
func (d *dumper) newline(level int, comma bool) {
	if d.opts.NoIndent {
		if comma {
			d.buf = append(d.buf, ", "...)
		}
		return
	}
	if comma {
		d.buf = append(d.buf, ',')
	}
	d.buf = append(d.buf, '\n')
	for i := 0; i < level; i++ {
		d.buf = append(d.buf, d.opts.Indent...)
	}
}

// writeNode writes node n at nesting level (ast.dump's _format).
func (d *dumper) writeNode(n Node, level int) {
	if !d.opts.NoIndent {
		level++
	}
	start := d.pushFields(n)
	end := len(d.fields)
	allSimple := true
	for i := start; i < end; i++ {
		f := d.fields[i]
		if !d.simple(&f) {
			allSimple = false
			break
		}
	}
	d.buf = append(d.buf, n.PyName()...)
	d.buf = append(d.buf, '(')
	inline := allSimple && end-start <= 3
	for i := start; i < end; i++ {
		if inline {
			if i > start {
				d.buf = append(d.buf, ", "...)
			}
		} else {
			d.newline(level, i > start)
		}
		f := d.fields[i]
		d.buf = append(d.buf, f.name...)
		d.buf = append(d.buf, '=')
		d.writeValue(&f, level)
	}
	d.buf = append(d.buf, ')')
	d.fields = d.fields[:start]
}

// writeValue writes a field value at level.
func (d *dumper) writeValue(f *dumpField, level int) {
	switch f.kind {
	case fStr:
		d.buf = append(d.buf, ReprStr(f.s)...)
	case fInt:
		d.buf = strconv.AppendInt(d.buf, int64(f.i), 10)
	case fConst:
		d.buf = append(d.buf, Repr(f.v)...)
	case fEnum:
		d.buf = append(d.buf, f.s...)
		d.buf = append(d.buf, "()"...)
	case fNode:
		d.writeNode(f.node, level)
	case fNone:
		d.buf = append(d.buf, "None"...)
	case fList:
		d.writeList(f, level)
	}
}

// writeList writes a list field (ast.dump's _format of a list).
func (d *dumper) writeList(f *dumpField, level int) {
	if f.n == 0 {
		d.buf = append(d.buf, "[]"...)
		return
	}
	if !d.opts.NoIndent {
		level++
	}
	d.buf = append(d.buf, '[')
	for i := 0; i < f.n; i++ {
		d.newline(level, i > 0)
		d.writeElem(f.list, i, level)
	}
	d.buf = append(d.buf, ']')
}

// writeElem writes element i of a list field.
func (d *dumper) writeElem(list any, i int, level int) {
	var n Node
	switch l := list.(type) {
	case []Expr:
		n = l[i]
	case []Stmt:
		n = l[i]
	case []Pattern:
		n = l[i]
	case []*Arg:
		n = nodeOrNil(l[i])
	case []*Keyword:
		n = nodeOrNil(l[i])
	case []*Alias:
		n = nodeOrNil(l[i])
	case []*WithItem:
		n = nodeOrNil(l[i])
	case []*Comprehension:
		n = nodeOrNil(l[i])
	case []*ExceptHandler:
		n = nodeOrNil(l[i])
	case []*MatchCase:
		n = nodeOrNil(l[i])
	case []*TypeIgnore:
		n = nodeOrNil(l[i])
	case []string:
		d.buf = append(d.buf, ReprStr(l[i])...)
		return
	case []CmpOp:
		d.buf = append(d.buf, l[i].PyName()...)
		d.buf = append(d.buf, "()"...)
		return
	}
	if n == nil {
		d.buf = append(d.buf, "None"...)
		return
	}
	d.writeNode(n, level)
}

// IndentString returns the indentation ast.dump uses for an integer
// indent: n spaces (none for n <= 0).
func IndentString(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}
