package bytecode

// The marshalled layout of a code object ('c'), kaa's own (CPython's
// differs because its instructions and tables do). After the type byte:
//
//	2 bytes  MagicNumber (little-endian), so that a code object written
//	         by a kaa with another bytecode format is refused, not misread
//	i32      ArgCount
//	i32      PosOnlyArgCount
//	i32      KwOnlyArgCount
//	i32      StackSize
//	i32      Flags
//	i32      FirstLineNo
//	bytes    the instructions, 4 bytes each (co_code)
//	tuple    Consts
//	tuple    Names (strs)
//	tuple    LocalsPlusNames (strs)
//	bytes    LocalsPlusKinds, one byte per local
//	str      Filename
//	str      Name
//	str      QualName
//	bytes    Positions: the position table below
//	bytes    ExceptionTable: the exception table below
//
// The nested values are ordinary marshal values, so the many repeated
// names of a module (filename, identifiers) are written once and then
// referenced.
//
// Numbers in the two tables are unsigned LEB128 varints; "zz" marks a
// signed number mapped to unsigned by zigzag (0, -1, 1, -2 ... become 0,
// 1, 2, 3 ...).
//
// Position table: one entry per instruction, relative to the previous
// instruction's position (for the first: line and end line FirstLineNo,
// columns 0). An entry is a single 0 byte when the position equals the
// previous one; otherwise four varints:
//
//	zz(line - previous line) + 1
//	zz(end line - line)
//	zz(column + 1)
//	zz(end column - column)
//
// (unknown fields are -1, as in Position).
//
// Exception table: one entry per ExceptionEntry, four varints each:
// Start, End - Start, Target, Depth<<1 | Lasti.

import (
	"encoding/binary"
	"math/big"
)

// code writes a code object.
func (e *encoder) code(c *Code) {
	e.refType(mCode)
	e.buf = binary.LittleEndian.AppendUint16(e.buf, MagicNumber)
	for _, n := range [...]int{c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.StackSize, int(int32(c.Flags)), c.FirstLineNo} {
		e.i32(int32(n))
	}
	e.buf = append(e.buf, mString)
	e.size(4 * len(c.Instrs))
	for _, in := range c.Instrs {
		e.buf = binary.LittleEndian.AppendUint32(e.buf, uint32(in))
	}
	e.depth++
	e.tuple(Tuple(c.Consts))
	e.depth--
	e.strTuple(c.Names)
	e.strTuple(c.LocalsPlusNames)
	e.bytes(string(c.LocalsPlusKinds))
	e.str(c.Filename)
	e.str(c.Name)
	e.str(c.QualName)
	e.bytes(string(encodePositions(c)))
	e.bytes(string(encodeExceptionTable(c.ExceptionTable)))
}

func zigzag(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

func encodePositions(c *Code) []byte {
	out := make([]byte, 0, 4*len(c.Positions))
	prev := Position{Line: int32(c.FirstLineNo), EndLine: int32(c.FirstLineNo)}
	for _, p := range c.Positions {
		if p == prev {
			out = append(out, 0)
			continue
		}
		out = binary.AppendUvarint(out, zigzag(int64(p.Line)-int64(prev.Line))+1)
		out = binary.AppendUvarint(out, zigzag(int64(p.EndLine)-int64(p.Line)))
		out = binary.AppendUvarint(out, zigzag(int64(p.Col)+1))
		out = binary.AppendUvarint(out, zigzag(int64(p.EndCol)-int64(p.Col)))
		prev = p
	}
	return out
}

func encodeExceptionTable(table []ExceptionEntry) []byte {
	out := make([]byte, 0, 4*len(table))
	for _, x := range table {
		lasti := 0
		if x.Lasti {
			lasti = 1
		}
		out = binary.AppendUvarint(out, uint64(x.Start))
		out = binary.AppendUvarint(out, uint64(x.End-x.Start))
		out = binary.AppendUvarint(out, uint64(x.Target))
		out = binary.AppendUvarint(out, uint64(x.Depth)<<1|uint64(lasti))
	}
	return out
}

// code reads the payload of 'c' and checks the result with Validate.
func (d *decoder) code() (*Code, error) {
	hdr, err := d.take(2)
	if err != nil {
		return nil, err
	}
	if binary.LittleEndian.Uint16(hdr) != MagicNumber {
		return nil, valueError("bad marshal data (code object of another kaa bytecode format)")
	}
	var ints [6]int32
	for i := range ints {
		if ints[i], err = d.i32(); err != nil {
			return nil, err
		}
	}
	c := &Code{
		ArgCount:        int(ints[0]),
		PosOnlyArgCount: int(ints[1]),
		KwOnlyArgCount:  int(ints[2]),
		StackSize:       int(ints[3]),
		Flags:           uint32(ints[4]),
		FirstLineNo:     int(ints[5]),
	}
	instrs, err := d.bytesField()
	if err != nil {
		return nil, err
	}
	if len(instrs)%4 != 0 {
		return nil, errBadCode
	}
	c.Instrs = make([]Instr, len(instrs)/4)
	for i := range c.Instrs {
		c.Instrs[i] = Instr(uint32(instrs[4*i]) | uint32(instrs[4*i+1])<<8 | uint32(instrs[4*i+2])<<16 | uint32(instrs[4*i+3])<<24)
	}
	consts, err := d.object()
	if err != nil {
		return nil, err
	}
	ct, ok := consts.(Tuple)
	if !ok {
		return nil, errBadCode
	}
	for _, k := range ct {
		if !isConst(k, 0) {
			return nil, errBadCode
		}
	}
	c.Consts = []Const(ct)
	if c.Names, err = d.strTuple(); err != nil {
		return nil, err
	}
	if c.LocalsPlusNames, err = d.strTuple(); err != nil {
		return nil, err
	}
	kinds, err := d.bytesField()
	if err != nil {
		return nil, err
	}
	c.LocalsPlusKinds = []byte(kinds)
	for _, p := range []*string{&c.Filename, &c.Name, &c.QualName} {
		if *p, err = d.strField(); err != nil {
			return nil, err
		}
	}
	pos, err := d.bytesField()
	if err != nil {
		return nil, err
	}
	if c.Positions, err = decodePositions(pos, len(c.Instrs), c.FirstLineNo); err != nil {
		return nil, err
	}
	table, err := d.bytesField()
	if err != nil {
		return nil, err
	}
	if c.ExceptionTable, err = decodeExceptionTable(table); err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, valueError("bad marshal data (" + err.Error() + ")")
	}
	return c, nil
}

// bytesField reads a value that must be bytes.
func (d *decoder) bytesField() (string, error) {
	v, err := d.object()
	if err != nil {
		return "", err
	}
	b, ok := v.(Bytes)
	if !ok {
		return "", errBadCode
	}
	return string(b), nil
}

// strField reads a value that must be a str.
func (d *decoder) strField() (string, error) {
	v, err := d.object()
	if err != nil {
		return "", err
	}
	s, ok := v.(string)
	if !ok {
		return "", errBadCode
	}
	return s, nil
}

// strTuple reads a tuple of strs.
func (d *decoder) strTuple() ([]string, error) {
	v, err := d.object()
	if err != nil {
		return nil, err
	}
	t, ok := v.(Tuple)
	if !ok {
		return nil, errBadCode
	}
	out := make([]string, len(t))
	for i, x := range t {
		s, ok := x.(string)
		if !ok {
			return nil, errBadCode
		}
		out[i] = s
	}
	return out, nil
}

// isConst reports whether v may be a constant of a code object.
func isConst(v any, depth int) bool {
	if depth > maxMarshalDepth {
		return false
	}
	switch x := v.(type) {
	case NoneType, EllipsisType, bool, int64, float64, complex128, string, Bytes, *Code:
		return true
	case *big.Int:
		return true
	case Tuple:
		for _, item := range x {
			if !isConst(item, depth+1) {
				return false
			}
		}
		return true
	case FrozenSet:
		for _, item := range x {
			if !isConst(item, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// uvarints reads varints from a table (kept as a string, so that
// reading it copies nothing).
type uvarints struct {
	b   string
	err bool
}

func (u *uvarints) next() uint64 {
	var v uint64
	for i := 0; i < len(u.b) && i < binary.MaxVarintLen64; i++ {
		c := u.b[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				break
			}
			u.b = u.b[i+1:]
			return v | uint64(c)<<(7*i)
		}
		v |= uint64(c&0x7f) << (7 * i)
	}
	u.err = true
	u.b = ""
	return 0
}

// int32 reads a zigzag varint added to base, which must fit in 32 bits.
func (u *uvarints) int32(base int64, delta uint64) int32 {
	v := base + unzigzag(delta)
	if v < -1<<31 || v >= 1<<31 {
		u.err = true
		return 0
	}
	return int32(v)
}

func decodePositions(b string, n, firstLine int) ([]Position, error) {
	u := uvarints{b: b}
	out := make([]Position, 0, min(n, len(b)))
	prev := Position{Line: int32(firstLine), EndLine: int32(firstLine)}
	for len(u.b) > 0 && len(out) < n {
		first := u.next()
		if first == 0 {
			out = append(out, prev)
			continue
		}
		var p Position
		p.Line = u.int32(int64(prev.Line), first-1)
		p.EndLine = u.int32(int64(p.Line), u.next())
		p.Col = u.int32(-1, u.next())
		p.EndCol = u.int32(int64(p.Col), u.next())
		if u.err {
			break
		}
		out = append(out, p)
		prev = p
	}
	if u.err || len(out) != n || len(u.b) != 0 {
		return nil, valueError("bad marshal data (invalid position table)")
	}
	return out, nil
}

func decodeExceptionTable(b string) ([]ExceptionEntry, error) {
	u := uvarints{b: b}
	var out []ExceptionEntry
	for len(u.b) > 0 {
		start, length, target, dl := u.next(), u.next(), u.next(), u.next()
		if u.err || start > MaxArg || length > MaxArg || target > MaxArg || dl>>1 > MaxArg {
			return nil, valueError("bad marshal data (invalid exception table)")
		}
		out = append(out, ExceptionEntry{Start: int(start), End: int(start + length), Target: int(target),
			Depth: int(dl >> 1), Lasti: dl&1 != 0})
	}
	return out, nil
}
