package bytecode

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/big"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// canon writes a value as a canonical text that the Python script in
// cpythonCanon writes for the same Python value, so that values read or
// written by either side can be compared exactly.
func canon(v any) string {
	var b strings.Builder
	budget := 100000
	writeCanon(&b, v, 0, &budget)
	return b.String()
}

// writeCanon writes at most *budget values (self-containing values are
// infinite).
func writeCanon(b *strings.Builder, v any, depth int, budget *int) {
	*budget--
	if depth > 50 || *budget < 0 {
		b.WriteString("...")
		return
	}
	floatBits := func(f float64) string {
		var buf [8]byte
		binary.LittleEndian.PutUint64(buf[:], math.Float64bits(f))
		return hex.EncodeToString(buf[:])
	}
	items := func(open, close string, xs []Const, sorted bool) {
		parts := make([]string, len(xs))
		for i, x := range xs {
			var sb strings.Builder
			writeCanon(&sb, x, depth+1, budget)
			parts[i] = sb.String()
		}
		if sorted {
			sort.Strings(parts)
		}
		b.WriteString(open + strings.Join(parts, ",") + close)
	}
	switch x := v.(type) {
	case NoneType:
		b.WriteString("N")
	case EllipsisType:
		b.WriteString("E")
	case StopIterationType:
		b.WriteString("S")
	case bool:
		if x {
			b.WriteString("T")
		} else {
			b.WriteString("F")
		}
	case int64:
		b.WriteString("i" + strconv.FormatInt(x, 10))
	case *big.Int:
		b.WriteString("i" + x.String())
	case float64:
		b.WriteString("f" + floatBits(x))
	case complex128:
		b.WriteString("c" + floatBits(real(x)) + floatBits(imag(x)))
	case string:
		b.WriteString("s" + hex.EncodeToString([]byte(x)))
	case Bytes:
		b.WriteString("b" + hex.EncodeToString([]byte(x)))
	case Tuple:
		items("(", ")", x, false)
	case *List:
		items("[", "]", x.Items, false)
	case *Set:
		items("<", ">", x.Items, true)
	case FrozenSet:
		items("{", "}", x, true)
	case *Dict:
		parts := make([]Const, len(x.Keys))
		for i := range x.Keys {
			parts[i] = Tuple{x.Keys[i], x.Values[i]}
		}
		items("d", "", parts, false)
	case *Code:
		b.WriteString("code:" + x.Name)
	default:
		b.WriteString("?")
	}
}

// cpythonCanon is the Python side of canon.
const cpythonCanon = `
import marshal, struct, sys
def canon(v, depth=0):
    if depth > 50: return "..."
    c = lambda x: canon(x, depth + 1)
    if v is None: return "N"
    if v is Ellipsis: return "E"
    if v is StopIteration: return "S"
    if v is True: return "T"
    if v is False: return "F"
    t = type(v)
    if t is int: return "i%d" % v
    if t is float: return "f" + struct.pack("<d", v).hex()
    if t is complex: return "c" + struct.pack("<d", v.real).hex() + struct.pack("<d", v.imag).hex()
    if t is str: return "s" + v.encode("utf-8", "surrogatepass").hex()
    if t is bytes: return "b" + v.hex()
    if t is tuple: return "(" + ",".join(map(c, v)) + ")"
    if t is list: return "[" + ",".join(map(c, v)) + "]"
    if t is set: return "<" + ",".join(sorted(map(c, v))) + ">"
    if t is frozenset: return "{" + ",".join(sorted(map(c, v))) + "}"
    if t is dict: return "d" + ",".join(c((k, x)) for k, x in v.items())
    return "?"
`

// cpythonValues are the values exchanged with CPython, as Python
// expressions.
var cpythonValues = []string{
	"None", "True", "False", "...", "StopIteration",
	"0", "1", "-1", "2**31-1", "-2**31", "2**31", "-2**31-1", "2**63-1", "-2**63", "2**64",
	"2**100", "-2**100", "3**200", "-(7**300)", "2**15", "2**30", "2**45-1",
	"0.0", "-0.0", "1.5", "1e300", "-1e-300", "float('inf')", "float('-inf')", "0.1", "5e-324",
	"1j", "complex(1.5, -2.25)", "complex(float('inf'), 0)",
	"''", "'a'", "'hello'", "'x'*255", "'y'*256", "'é'", "'日本語'", "'\\U0001F600'", "'\\ud800'", "'a\\udcff'",
	"b''", "b'\\x00\\xff'", "bytes(range(256))",
	"()", "(1,)", "(1, 'a', None)", "tuple(range(300))", "((1, 2), (3, (4,)))",
	"[]", "[1, [2, [3]]]", "list(range(1000))",
	"{}", "{'a': 1, 'b': [2]}", "{1: 2, (3, 4): 'x', 'k': {'n': None}}",
	"set()", "{1, 2, 3}", "{'a', 'b'}", "frozenset()", "frozenset({1, 'x', (2, 3)})",
	"[(a := [1, 2]), a, (a, a)]", "[s := 'shared', s, s]",
	"{'k': frozenset({1}), 'l': [set(), {1.5}]}",
}

func haveCPython(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
}

// TestMarshalWithCPython marshals each value in CPython at every format
// version, reads the bytes with kaa, writes them again with kaa and has
// CPython read kaa's bytes: all three must be the same value.
func TestMarshalWithCPython(t *testing.T) {
	haveCPython(t)
	script := cpythonCanon + `
vals = [` + strings.Join(cpythonValues, ",\n") + `]
for v in vals:
    for ver in range(5):
        print(ver, marshal.dumps(v, ver).hex(), canon(v))
`
	out, err := exec.Command("python3", "-c", script).Output()
	if err != nil {
		t.Fatal(err)
	}
	var kaaDumps []string
	var wants []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		ver, _ := strconv.Atoi(f[0])
		data, _ := hex.DecodeString(f[1])
		want := f[2]
		v, n, err := Unmarshal(data)
		if err != nil {
			t.Errorf("reading CPython's %s (version %d): %v", want, ver, err)
			continue
		}
		if n != len(data) {
			t.Errorf("read %d of %d bytes of %s", n, len(data), want)
		}
		if got := canon(v); got != want {
			t.Errorf("CPython's version %d %s read as %s", ver, want, got)
		}
		mine, err := Marshal(v, ver)
		if err != nil {
			t.Errorf("writing %s: %v", want, err)
			continue
		}
		kaaDumps = append(kaaDumps, hex.EncodeToString(mine))
		wants = append(wants, want)
	}
	// CPython reads what kaa wrote.
	check := cpythonCanon + `
for line in sys.stdin:
    print(canon(marshal.loads(bytes.fromhex(line.strip()))))
`
	cmd := exec.Command("python3", "-c", check)
	cmd.Stdin = strings.NewReader(strings.Join(kaaDumps, "\n") + "\n")
	out, err = cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("CPython could not read kaa's marshal data: %v\n%s", err, out)
	}
	got := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(got) != len(wants) {
		t.Fatalf("CPython read %d values, want %d", len(got), len(wants))
	}
	for i := range got {
		if got[i] != wants[i] {
			t.Errorf("kaa's %s read by CPython as %s", wants[i], got[i])
		}
	}
}

// TestMarshalRefs checks that shared and self-containing values keep
// their identity.
func TestMarshalRefs(t *testing.T) {
	inner := &List{Items: []Const{int64(1)}}
	self := &List{}
	self.Items = []Const{self, inner, inner}
	data, err := Marshal(self, 4)
	if err != nil {
		t.Fatal(err)
	}
	v, _, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	l := v.(*List)
	if l.Items[0] != l || l.Items[1] != l.Items[2] {
		t.Errorf("identity lost: %#v", l)
	}
	// The same str twice is written once.
	data, _ = Marshal(Tuple{"name", "name", "name"}, 4)
	if bytes.Count(data, []byte("name")) != 1 {
		t.Errorf("str not shared: %q", data)
	}
	// Version 2 writes no references.
	data, _ = Marshal(Tuple{"name", "name"}, 2)
	if bytes.Count(data, []byte("name")) != 2 {
		t.Errorf("version 2 wrote references: %q", data)
	}
}

// TestMarshalErrors checks CPython's errors for bad data.
func TestMarshalErrors(t *testing.T) {
	for _, c := range []struct {
		data, typ, msg string
	}{
		{"", "EOFError", "EOF read where object expected"},
		{"i\x01", "EOFError", "marshal data too short"},
		{"?", "ValueError", "bad marshal data (unknown type code)"},
		{"r\x00\x00\x00\x00", "ValueError", "bad marshal data (invalid reference)"},
		{"(\x01\x00\x00\x000", "TypeError", "NULL object in marshal data for tuple"},
		{"0", "TypeError", "NULL object in marshal data for object"},
		{"l\x01\x00\x00\x00\x00\x00", "ValueError", "bad marshal data (unnormalized long data)"},
		{"s\xff\xff\xff\xff", "ValueError", "bad marshal data (bytes object size out of range)"},
		{"[\x05\x00\x00\x00N", "EOFError", "EOF read where object expected"},
		{"\xa9\x01r\x00\x00\x00\x00", "ValueError", "bad marshal data (invalid reference)"},
		{strings.Repeat("[\x01\x00\x00\x00", 2100) + "N", "ValueError", "recursion limit exceeded"},
	} {
		_, _, err := Unmarshal([]byte(c.data))
		me, ok := err.(*MarshalError)
		if !ok || me.Type != c.typ || me.Msg != c.msg {
			t.Errorf("%q: got %v, want %s: %s", c.data, err, c.typ, c.msg)
		}
	}
	if _, err := Marshal(struct{}{}, 4); err == nil {
		t.Error("marshalled an unknown value")
	}
	deep := Const(NoneType{})
	for i := 0; i < 2100; i++ {
		deep = &List{Items: []Const{deep}}
	}
	if _, err := Marshal(deep, 4); err == nil || err.Error() != "ValueError: object too deeply nested to marshal" {
		t.Errorf("deep value: %v", err)
	}
}

// TestFloatText checks versions 0 and 1's text floats against CPython's
// repr with 17 digits.
func TestFloatText(t *testing.T) {
	for f, want := range map[float64]string{1.5: "1.5", 0.1: "0.10000000000000001", 1e22: "1e+22", 1e-5: "1.0000000000000001e-05", 100: "100"} {
		data, _ := Marshal(f, 1)
		if got := string(data[2:]); got != want {
			t.Errorf("%v: %q, want %q", f, got, want)
		}
	}
}

// FuzzMarshal reads arbitrary bytes: never a panic, and whatever reads
// successfully writes and reads back to the same value.
func FuzzMarshal(f *testing.F) {
	for _, seed := range []string{"N", "i\x01\x00\x00\x00", "\xdb\x02\x00\x00\x00r\x00\x00\x00\x00\xfa\x01a",
		"{\xda\x01k)\x02\xe9\x01\x00\x00\x00g\x00\x00\x00\x00\x00\x00\xf8?0", "l\x02\x00\x00\x00\x01\x00\x02\x00",
		"<\x02\x00\x00\x00z\x01az\x01b", "f\x031.5", "u\x03\x00\x00\x00\xed\xa0\x80"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, _, err := Unmarshal(data)
		if err != nil {
			if _, ok := err.(*MarshalError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		out, err := Marshal(v, 4)
		if err != nil {
			t.Fatalf("read %s but cannot write it: %v", canon(v), err)
		}
		w, _, err := Unmarshal(out)
		if err != nil {
			t.Fatalf("cannot read back %s: %v", canon(v), err)
		}
		if canon(v) != canon(w) {
			t.Fatalf("round trip changed %s to %s", canon(v), canon(w))
		}
	})
}
