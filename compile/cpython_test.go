package compile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// Comparison with CPython 3.11: scripts/cpython_compile.py dumps the tree
// CPython's parser builds for a file and the code objects CPython's
// compiler makes of it; these helpers compile the same tree with kaa and
// compare, instruction by instruction.

type pyError struct {
	Type      string `json:"type"`
	Msg       string `json:"msg"`
	Lineno    *int   `json:"lineno"`
	Offset    *int   `json:"offset"`
	EndLineno *int   `json:"end_lineno"`
	EndOffset *int   `json:"end_offset"`
}

type pyCode struct {
	Name            string    `json:"name"`
	Qualname        string    `json:"qualname"`
	Firstlineno     int       `json:"firstlineno"`
	Argcount        int       `json:"argcount"`
	Posonlyargcount int       `json:"posonlyargcount"`
	Kwonlyargcount  int       `json:"kwonlyargcount"`
	Flags           int       `json:"flags"`
	Stacksize       int       `json:"stacksize"`
	Varnames        []string  `json:"varnames"`
	Cellvars        []string  `json:"cellvars"`
	Freevars        []string  `json:"freevars"`
	Names           []string  `json:"names"`
	Consts          []any     `json:"consts"`
	Instrs          [][]any   `json:"instrs"`
	Exctable        [][]any   `json:"exctable"`
	Children        []*pyCode `json:"children"`
}

type pyRecord struct {
	File       string   `json:"file"`
	ParseError *pyError `json:"parse_error"`
	Error      *pyError `json:"error"`
	AST        any      `json:"ast"`
	Code       *pyCode  `json:"code"`
	Dis        string   `json:"dis"`
}

// python3 returns the path of python3, skipping the test when absent.
func python3(t testing.TB) string {
	p, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	return p
}

func repoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// runCPython runs scripts/cpython_compile.py over files.
func runCPython(t testing.TB, optimize int, files ...string) []*pyRecord {
	return runCPythonArgs(t, []string{"-O", strconv.Itoa(optimize)}, files...)
}

// runCPythonArgs runs scripts/cpython_compile.py with options over files.
func runCPythonArgs(t testing.TB, opts []string, files ...string) []*pyRecord {
	py := python3(t)
	args := append([]string{filepath.Join(repoRoot(t), "scripts", "cpython_compile.py")}, opts...)
	cmd := exec.Command(py, append(args, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("cpython_compile.py: %v\n%s", err, stderr.String())
	}
	var recs []*pyRecord
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		r := new(pyRecord)
		if err := json.Unmarshal(sc.Bytes(), r); err != nil {
			t.Fatalf("decoding cpython_compile.py output: %v", err)
		}
		recs = append(recs, r)
	}
	return recs
}

// compileRecord compiles the tree of a record with kaa.
func compileRecord(r *pyRecord, optimize int) (*bytecode.Code, error) {
	mod, err := decodeAST(r.AST)
	if err != nil {
		return nil, fmt.Errorf("decoding tree: %w", err)
	}
	return Compile(mod, r.File, Options{Optimize: optimize})
}

// describeConst is a precise, type-tagged description of a constant.
func describeConst(c any) string {
	switch v := c.(type) {
	case bytecode.NoneType:
		return "None"
	case bytecode.EllipsisType:
		return "Ellipsis"
	case bool:
		return "bool:" + strconv.FormatBool(v)
	case int64:
		return "int:" + strconv.FormatInt(v, 10)
	case *big.Int:
		return "int:" + v.String()
	case float64:
		if math.IsNaN(v) {
			return "float:nan" // the JSON dump does not keep a NaN's bits
		}
		return fmt.Sprintf("float:%v/%x", v, math.Float64bits(v))
	case complex128:
		return fmt.Sprintf("complex:%v/%x/%x", v, nanBits(real(v)), nanBits(imag(v)))
	case string:
		return "str:" + strconv.Quote(v)
	case bytecode.Bytes:
		return "bytes:" + strconv.Quote(string(v))
	case bytecode.Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = describeConst(x)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case bytecode.FrozenSet:
		parts := make([]string, len(v))
		stable := true
		for i, x := range v {
			parts[i] = describeConst(x)
			if _, ok := pyHash(x); !ok {
				stable = false
			}
		}
		if !stable {
			// CPython's order depends on its per-process string hashes.
			sort.Strings(parts)
		}
		return "frozenset(" + strings.Join(parts, ", ") + ")"
	case *bytecode.Code:
		return "code:" + v.Name
	case codeRef:
		return "code:" + string(v)
	}
	return fmt.Sprintf("?%T", c)
}

func posString(p [4]int) string { return fmt.Sprintf("%d,%d,%d,%d", p[0], p[1], p[2], p[3]) }

// kaaInstrLines describes kaa's instructions in the normalised form.
func kaaInstrLines(c *bytecode.Code) []string {
	// Indexes without EXTENDED_ARG words, as the CPython side counts them.
	index := make([]int, len(c.Instrs)+1)
	n := 0
	for i, in := range c.Instrs {
		index[i] = n
		if in.Op() != bytecode.EXTENDED_ARG {
			n++
		}
	}
	index[len(c.Instrs)] = n
	var lines []string
	var ext uint32
	for i, in := range c.Instrs {
		op := in.Op()
		arg := ext | in.Arg()
		if op == bytecode.EXTENDED_ARG {
			ext = arg << 24
			continue
		}
		ext = 0
		var a string
		switch {
		case op.IsJump():
			a = strconv.Itoa(index[arg])
		case op.UsesConst():
			a = describeConst(c.Consts[arg])
		case op == bytecode.LOAD_GLOBAL:
			a = fmt.Sprintf("%d %s", arg&1, c.Names[arg>>1])
		case op.UsesName():
			a = c.Names[arg]
		case op.UsesLocal():
			a = c.LocalsPlusNames[arg]
		case !op.HasArg():
			a = "-"
		default:
			a = strconv.Itoa(int(arg))
		}
		p := c.Positions[i]
		lines = append(lines, fmt.Sprintf("%-26s %-24s %s", op, a, posString([4]int{int(p.Line), int(p.EndLine), int(p.Col), int(p.EndCol)})))
	}
	return lines
}

// pyInstrLines describes CPython's instructions in the normalised form.
func pyInstrLines(c *pyCode) []string {
	var lines []string
	for _, in := range c.Instrs {
		op, _ := in[0].(string)
		var a string
		switch arg := in[1].(type) {
		case nil:
			a = "-"
		case float64:
			a = strconv.Itoa(int(arg))
		case string:
			a = arg
		case []any:
			if op == "LOAD_GLOBAL" {
				a = fmt.Sprintf("%d %s", int(arg[0].(float64)), arg[1])
			} else {
				k, err := decodeConst(arg)
				if err != nil {
					a = "?" + err.Error()
				} else {
					a = describeConst(k)
				}
			}
		}
		var p [4]int
		if pl, ok := in[2].([]any); ok {
			for i := range p {
				f, _ := pl[i].(float64)
				p[i] = int(f)
			}
		}
		lines = append(lines, fmt.Sprintf("%-26s %-24s %s", op, a, posString(p)))
	}
	return lines
}

func kaaExcLines(c *bytecode.Code) []string {
	var lines []string
	for _, e := range c.ExceptionTable {
		lines = append(lines, fmt.Sprintf("%d %d %d %d %v", e.Start, e.End, e.Target, e.Depth, e.Lasti))
	}
	return lines
}

func pyExcLines(c *pyCode) []string {
	var lines []string
	for _, e := range c.Exctable {
		lines = append(lines, fmt.Sprintf("%v %v %v %v %v", e[0], e[1], e[2], e[3], e[4]))
	}
	return lines
}

// diffCode compares kaa's code with CPython's, recursively, and returns
// a description of each difference.
func diffCode(k *bytecode.Code, p *pyCode) []string {
	var diffs []string
	where := p.Qualname
	check := func(what string, a, b any) {
		if fmt.Sprint(a) != fmt.Sprint(b) {
			diffs = append(diffs, fmt.Sprintf("%s: %s: kaa %v, CPython %v", where, what, a, b))
		}
	}
	check("name", k.Name, p.Name)
	check("qualname", k.QualName, p.Qualname)
	check("firstlineno", k.FirstLineNo, p.Firstlineno)
	check("argcount", k.ArgCount, p.Argcount)
	check("posonlyargcount", k.PosOnlyArgCount, p.Posonlyargcount)
	check("kwonlyargcount", k.KwOnlyArgCount, p.Kwonlyargcount)
	check("flags", fmt.Sprintf("%#x", k.Flags), fmt.Sprintf("%#x", p.Flags))
	check("stacksize", k.StackSize, p.Stacksize)
	check("varnames", k.VarNames(), p.Varnames)
	check("cellvars", k.CellVars(), p.Cellvars)
	check("freevars", k.FreeVars(), p.Freevars)
	check("names", k.Names, p.Names)
	var kc, pc []string
	for _, c := range k.Consts {
		kc = append(kc, describeConst(c))
	}
	for _, c := range p.Consts {
		d, err := decodeConst(c)
		if err != nil {
			pc = append(pc, "?"+err.Error())
		} else {
			pc = append(pc, describeConst(d))
		}
	}
	check("consts", kc, pc)
	ki, pi := kaaInstrLines(k), pyInstrLines(p)
	if d := diffLines(ki, pi); d != "" {
		diffs = append(diffs, where+": instructions differ:\n"+d)
	}
	if d := diffLines(kaaExcLines(k), pyExcLines(p)); d != "" {
		diffs = append(diffs, where+": exception table differs:\n"+d)
	}
	var kids []*bytecode.Code
	for _, c := range k.Consts {
		if sub, ok := c.(*bytecode.Code); ok {
			kids = append(kids, sub)
		}
	}
	if len(kids) != len(p.Children) {
		diffs = append(diffs, fmt.Sprintf("%s: %d nested code objects, CPython %d", where, len(kids), len(p.Children)))
		return diffs
	}
	for i := range kids {
		diffs = append(diffs, diffCode(kids[i], p.Children[i])...)
	}
	return diffs
}

// diffLines shows two listings side by side from a little before their
// first difference, or returns "" when they are equal.
func diffLines(a, b []string) string {
	first := -1
	for i := 0; i < len(a) || i < len(b); i++ {
		if i >= len(a) || i >= len(b) || a[i] != b[i] {
			first = i
			break
		}
	}
	if first < 0 {
		return ""
	}
	var sb strings.Builder
	from := first - 3
	if from < 0 {
		from = 0
	}
	for i := from; i < first+8 && (i < len(a) || i < len(b)); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		mark := "  "
		if x != y {
			mark = "!="
		}
		fmt.Fprintf(&sb, "  %3d %-70s %s %s\n", i, x, mark, y)
	}
	return sb.String()
}

// compareError compares kaa's compile error with CPython's.
func compareError(err error, p *pyError) string {
	se, ok := err.(*syntax.Error)
	if !ok {
		return fmt.Sprintf("kaa error %v, CPython %s: %s", err, p.Type, p.Msg)
	}
	num := func(x *int) int {
		if x == nil {
			return 0
		}
		return *x
	}
	got := fmt.Sprintf("%s: %s (%d:%d-%d:%d)", se.Type, se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset)
	want := fmt.Sprintf("%s: %s (%d:%d-%d:%d)", p.Type, p.Msg, num(p.Lineno), num(p.Offset), num(p.EndLineno), num(p.EndOffset))
	if got != want {
		return "kaa " + got + "\n   CPython " + want
	}
	return ""
}

// checkAgainstCPython compiles each file CPython parses and compares the
// result; it returns the number of files that differ. With kaaParser the
// files are parsed by kaa's parser, otherwise the trees come from CPython.
func checkAgainstCPython(t *testing.T, optimize int, files []string, maxReports int, kaaParser bool) (checked, differ int) {
	opts := []string{"-O", strconv.Itoa(optimize)}
	if kaaParser {
		opts = append(opts, "--no-ast")
	}
	recs := runCPythonArgs(t, opts, files...)
	for _, r := range recs {
		if r.ParseError != nil {
			continue
		}
		checked++
		var code *bytecode.Code
		var err error
		if kaaParser {
			code, err = compileFile(t, r.File, optimize)
		} else {
			code, err = compileRecord(r, optimize)
		}
		var report string
		switch {
		case r.Error != nil && err == nil:
			report = fmt.Sprintf("kaa compiles it, CPython: %s: %s", r.Error.Type, r.Error.Msg)
		case r.Error != nil:
			report = compareError(err, r.Error)
		case err != nil:
			report = fmt.Sprintf("kaa: %v", err)
		default:
			if d := diffCode(code, r.Code); len(d) > 0 {
				if len(d) > 3 {
					d = append(d[:3], fmt.Sprintf("... and %d more", len(d)-3))
				}
				report = strings.Join(d, "\n")
			}
		}
		if report != "" {
			differ++
			if differ <= maxReports {
				t.Errorf("%s (-O%d):\n%s", r.File, optimize, report)
			}
		}
	}
	return checked, differ
}

// TestCPythonTestdata compiles the programs of testdata/ and compares the
// code with CPython's, at each optimization level.
func TestCPythonTestdata(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for opt := 0; opt <= 2; opt++ {
		checkAgainstCPython(t, opt, files, 20, false)
		checkAgainstCPython(t, opt, files, 20, true)
	}
}

// TestCPythonLibCode compares kaa's code with CPython's for every file of
// CPython's standard library, instruction by instruction. It is slow and
// meant for working on the compiler: it runs only with KAA_CPYTHON_LIB=1.
// KAA_CPYTHON_LIB_MATCH=substr selects files, KAA_CPYTHON_LIB_OPT=n sets
// the optimization level, and KAA_CPYTHON_LIB_PARSER=kaa parses with kaa's
// parser instead of taking CPython's trees.
func TestCPythonLibCode(t *testing.T) {
	if os.Getenv("KAA_CPYTHON_LIB") == "" {
		t.Skip("set KAA_CPYTHON_LIB=1 to compare the whole standard library")
	}
	files := stdlibFiles(t)
	if m := os.Getenv("KAA_CPYTHON_LIB_MATCH"); m != "" {
		var sel []string
		for _, f := range files {
			if strings.Contains(f, m) {
				sel = append(sel, f)
			}
		}
		files = sel
	}
	opt, _ := strconv.Atoi(os.Getenv("KAA_CPYTHON_LIB_OPT"))
	kaaParser := os.Getenv("KAA_CPYTHON_LIB_PARSER") == "kaa"
	total, bad := 0, 0
	for i := 0; i < len(files); i += 40 {
		end := i + 40
		if end > len(files) {
			end = len(files)
		}
		n, d := checkAgainstCPython(t, opt, files[i:end], 30-bad, kaaParser)
		total += n
		bad += d
	}
	t.Logf("%d files compared, %d differ", total, bad)
}

// stdlibFiles lists the .py files of CPython's standard library.
func stdlibFiles(t testing.TB) []string {
	py := python3(t)
	out, err := exec.Command(py, "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))").Output()
	if err != nil {
		t.Fatalf("finding the standard library: %v", err)
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return nil
		}
		if info.IsDir() && (info.Name() == "site-packages" || info.Name() == "__pycache__") {
			return filepath.SkipDir
		}
		if !info.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	return files
}

func nanBits(f float64) uint64 {
	if math.IsNaN(f) {
		return 0x7ff8000000000000
	}
	return math.Float64bits(f)
}
