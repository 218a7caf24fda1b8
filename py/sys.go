package py

import (
	"math"
	"os"
	"runtime"

	"github.com/kaa-lang/kaa/bytecode"
)

// The version kaa reports: CPython 3.11's language.
const (
	pyVersion   = "3.11.7"
	kaaVersion  = "0.1.0"
	versionLine = pyVersion + " (kaa " + kaaVersion + ", Go) [kaa]"
)

// VersionInfoType is the type of sys.version_info.
var VersionInfoType = newStructSeqType("sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})

// ImplVersionType is the type of sys.implementation.version.
var implNamespaceType = NewBuiltinType("types.SimpleNamespace", nil, FlagHasDict|FlagBaseType)

// initSys creates the sys module.
func (in *Interpreter) initSys() {
	s := NewModule("sys")
	s.dict.SetStr(dnDoc, NewStr("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter."))
	in.sys = s
	in.modules.SetString("sys", s)
	argv := make([]Object, len(in.argv))
	for i, a := range in.argv {
		argv[i] = NewStr(a)
	}
	s.Set("argv", NewList(argv))
	s.Set("orig_argv", NewList(append([]Object(nil), argv...)))
	path := make([]Object, len(in.path))
	for i, p := range in.path {
		path[i] = NewStr(p)
	}
	s.Set("path", NewList(path))
	s.Set("modules", in.modules)
	s.Set("meta_path", NewList(nil))
	s.Set("path_hooks", NewList(nil))
	s.Set("path_importer_cache", NewDict())
	s.Set("version", NewStr(versionLine))
	s.Set("version_info", NewStructSeq(VersionInfoType, NewInt(3), NewInt(11), NewInt(7), NewStr("final"), NewInt(0)))
	s.Set("hexversion", NewInt(0x030b07f0))
	s.Set("api_version", NewInt(1013))
	impl := &Instance{typ: implNamespaceType, dict: NewDict()}
	impl.dict.SetString("name", NewStr("kaa"))
	impl.dict.SetString("cache_tag", NewStr("kaa-311"))
	impl.dict.SetString("version", NewStructSeq(VersionInfoType, NewInt(0), NewInt(1), NewInt(0), NewStr("alpha"), NewInt(0)))
	impl.dict.SetString("hexversion", NewInt(0x000100a0))
	impl.dict.SetString("_multiarch", NewStr(runtime.GOARCH+"-"+runtime.GOOS))
	s.Set("implementation", impl)
	s.Set("platform", NewStr(goosPlatform()))
	s.Set("byteorder", NewStr("little"))
	s.Set("maxsize", NewInt(math.MaxInt64))
	s.Set("maxunicode", NewInt(0x10FFFF))
	exe, _ := os.Executable()
	s.Set("executable", NewStr(exe))
	s.Set("_base_executable", NewStr(exe))
	s.Set("prefix", NewStr("/usr/local"))
	s.Set("base_prefix", NewStr("/usr/local"))
	s.Set("exec_prefix", NewStr("/usr/local"))
	s.Set("base_exec_prefix", NewStr("/usr/local"))
	s.Set("platlibdir", NewStr("lib"))
	s.Set("pycache_prefix", None)
	s.Set("dont_write_bytecode", False)
	s.Set("warnoptions", NewList(nil))
	s.Set("_xoptions", NewDict())
	s.Set("builtin_module_names", NewTuple(NewStr("builtins"), NewStr("sys")))
	s.Set("copyright", NewStr("Copyright (c) kaa authors.\nPython language: Copyright (c) 2001-2023 Python Software Foundation."))
	s.Set("float_repr_style", NewStr("short"))
	in.addNumericSysInfo(s)

	in.stdinStream = newReadStream("<stdin>", 0, in.stdin)
	in.stdoutStream = newWriteStream("<stdout>", 1, in.stdout, false)
	in.stderrStream = newWriteStream("<stderr>", 2, in.stderr, true)
	s.Set("stdin", in.stdinStream)
	s.Set("stdout", in.stdoutStream)
	s.Set("stderr", in.stderrStream)
	s.Set("__stdin__", in.stdinStream)
	s.Set("__stdout__", in.stdoutStream)
	s.Set("__stderr__", in.stderrStream)

	for _, f := range sysFunctions {
		s.dict.SetString(f.name, &BuiltinFunction{Name: f.name, Fn: f.fn, Self: s, Doc: f.doc})
	}
	s.Set("__displayhook__", s.Get("displayhook"))
	s.Set("__excepthook__", s.Get("excepthook"))
	in.addSysExtras(s)
}

// goosPlatform returns sys.platform for the running system.
func goosPlatform() string {
	switch runtime.GOOS {
	case "darwin":
		return "darwin"
	case "windows":
		return "win32"
	}
	return runtime.GOOS
}

type sysFunc struct {
	name string
	fn   BuiltinFn
	doc  string
}

// sysFunctions are the functions of the sys module.
var sysFunctions = []sysFunc{
	{"_kaa_format_exception", sysFormatException, "Format an exception and its chain as traceback.format_exception does."},
	{"_kaa_format_tb", sysFormatTB, "Format the entries of a traceback as traceback.format_tb does."},
	{"_kaa_format_exception_only", sysFormatExceptionOnly, "Format the last lines of an exception's report."},
	{"_kaa_caret_line", sysCaretLine, "The position markers of a traceback entry (traceback.FrameSummary)."},
	{"exit", sysExit, "Exit the interpreter by raising SystemExit(status)."},
	{"getrecursionlimit", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("getrecursionlimit", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return NewInt(int64(t.interp.recursionLimit)), nil
	}, "Return the current value of the recursion limit."},
	{"setrecursionlimit", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("setrecursionlimit", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if _, ok := args[0].(Float); ok {
			return nil, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		n, err := AsIndex(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, Errorf(ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		if n <= t.depth {
			return nil, Errorf(RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.depth)
		}
		t.interp.SetRecursionLimit(n)
		return None, nil
	}, "Set the maximum depth of the Python interpreter stack to n."},
	{"get_int_max_str_digits", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewInt(int64(t.interp.intMaxStrDigits)), nil
	}, "Return the maximum string digits limit for non-binary int<->str conversions."},
	{"set_int_max_str_digits", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var n int
		if err := UnpackArgs("set_int_max_str_digits", args, kw, "maxdigits", &n); err != nil {
			return nil, err
		}
		if n != 0 && n < 640 {
			return nil, Errorf(ValueErrorType, "maxdigits must be 0 or larger than 640")
		}
		t.interp.intMaxStrDigits = n
		return None, nil
	}, "Set the maximum string digits limit for non-binary int<->str conversions."},
	{"intern", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("intern", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "intern() argument must be str, not %s", TypeName(args[0]))
		}
		if v, ok := t.interp.interned[s.s]; ok {
			return v, nil
		}
		t.interp.interned[s.s] = s
		return s, nil
	}, "``Intern'' the given string."},
	{"exc_info", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		e := t.handled
		if e == nil {
			return NewTuple(None, None, None), nil
		}
		var tb Object = None
		if e.traceback != nil {
			tb = e.traceback
		}
		return NewTuple(e.typ, e, tb), nil
	}, "Return current exception information: (type, value, traceback)."},
	{"exception", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if t.handled == nil {
			return None, nil
		}
		return t.handled, nil
	}, "Return the current exception."},
	{"getdefaultencoding", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewStr("utf-8"), nil
	}, "Return the current default encoding used by the Unicode implementation."},
	{"getfilesystemencoding", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewStr("utf-8"), nil
	}, "Return the encoding used to convert Unicode filenames to OS filenames."},
	{"getfilesystemencodeerrors", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewStr("surrogateescape"), nil
	}, ""},
	{"getsizeof", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("getsizeof", args, kw, 1, 2); err != nil {
			return nil, err
		}
		return NewInt(approxSizeof(args[0])), nil
	}, "Return the size of object in bytes."},
	{"getrefcount", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewInt(2), nil
	}, "Return the reference count of object."},
	{"_getframe", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		depth := 0
		if len(args) > 0 {
			d, err := AsIndex(t, args[0])
			if err != nil {
				return nil, err
			}
			depth = d
		}
		f := t.frame
		for ; depth > 0 && f != nil; depth-- {
			f = f.back
		}
		if f == nil {
			return nil, Errorf(ValueErrorType, "call stack is not deep enough")
		}
		for g := f; g != nil; g = g.back {
			g.escaped = true
		}
		return f, nil
	}, "Return a frame object from the call stack."},
	{"displayhook", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("displayhook", args, kw, 1, 1); err != nil {
			return nil, err
		}
		v := args[0]
		if v == None {
			return None, nil
		}
		t.interp.builtins.dict.SetString("_", None)
		r, err := Repr(t, v)
		if err != nil {
			return nil, err
		}
		out := t.interp.sys.Get("stdout")
		if _, err := CallMethod(t, out, "write", NewStr(r.s+"\n")); err != nil {
			return nil, err
		}
		t.interp.builtins.dict.SetString("_", v)
		return None, nil
	}, "Print an object to sys.stdout and also save it in builtins._"},
	{"excepthook", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("excepthook", args, kw, 3, 3); err != nil {
			return nil, err
		}
		e, ok := args[1].(*Exception)
		if !ok {
			t.interp.writeStderr("TypeError: print_exception(): Exception expected for value, " + TypeName(args[1]) + " found\n")
			return None, nil
		}
		var w stringWriter
		t.PrintException(&w, e)
		t.interp.writeStderr(w.String())
		return None, nil
	}, "Handle an exception by displaying it with a traceback on sys.stderr."},
	{"getswitchinterval", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return Float(0.005), nil
	}, ""},
	{"setswitchinterval", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return None, nil
	}, ""},
	{"is_finalizing", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return False, nil
	}, ""},
	{"audit", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return None, nil
	}, ""},
	{"addaudithook", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return None, nil
	}, ""},
}

// sysExit is sys.exit([status]).
func sysExit(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("exit", args, kw, 0, 1); err != nil {
		return nil, err
	}
	e := NewError(SystemExitType, args...)
	if err := SystemExitType.Slots.Init(t, e, args, nil); err != nil {
		return nil, err
	}
	return nil, e
}

// approxSizeof estimates sys.getsizeof like CPython's 64-bit sizes.
func approxSizeof(o Object) int64 {
	switch v := o.(type) {
	case Int, Bool:
		return 28
	case Float:
		return 24
	case *Str:
		if v.IsASCII() {
			return int64(49 + len(v.s))
		}
		return int64(74 + 4*v.Len())
	case *List:
		return int64(56 + 8*cap(v.items))
	case *Tuple:
		return int64(40 + 8*len(v.items))
	case *Dict:
		return int64(64 + 24*v.used)
	}
	return 48
}

// StructSeq support: named tuples implemented in Go (sys.version_info,
// os.stat_result ...).

// newStructSeqType makes a tuple subclass whose items are also readable
// by name.
func newStructSeqType(name string, fields []string) *Type {
	typ := newBuiltinType(name, TupleType, 0)
	typ.QualName = name
	typ.structFields = fields
	return typ
}

// NewStructSeq returns an instance of a struct sequence type.
func NewStructSeq(typ *Type, items ...Object) Object {
	return &Instance{typ: typ, base: NewTupleFromSlice(items)}
}

// NewStructSeqType makes a struct sequence type (a tuple with named
// fields) for modules written in Go; call it in a package-level
// declaration and InitStructSeqType in an init function.
func NewStructSeqType(name string, fields []string) *Type { return newStructSeqType(name, fields) }

// InitStructSeqType fills a struct sequence type's attributes and repr.
func InitStructSeqType(typ *Type) {
	for i, f := range typ.structFields {
		i := i
		typ.AddGetSet(f, func(t *Thread, o Object) (Object, error) {
			tu, _ := AsTuple(o)
			if i < len(tu.items) {
				return tu.items[i], nil
			}
			return None, nil
		}, nil, "")
	}
	// The tuple slots are looked up at call time: tuple.go's init may
	// run after this one.
	sl := &typ.Slots
	sl.Hash = func(t *Thread, o Object) (int64, error) { return TupleType.Slots.Hash(t, o) }
	sl.Compare = func(t *Thread, a, b Object, op bytecode.CompareOp) (Object, error) {
		return TupleType.Slots.Compare(t, a, b, op)
	}
	sl.Len = func(t *Thread, o Object) (int, error) { return TupleType.Slots.Len(t, o) }
	sl.Iter = func(t *Thread, o Object) (Object, error) { return TupleType.Slots.Iter(t, o) }
	sl.GetItem = func(t *Thread, o, k Object) (Object, error) { return TupleType.Slots.GetItem(t, o, k) }
	sl.Contains = func(t *Thread, o, v Object) (bool, error) { return TupleType.Slots.Contains(t, o, v) }
	sl.Concat = func(t *Thread, a, b Object) (Object, error) { return TupleType.Slots.Concat(t, a, b) }
	sl.Repeat = func(t *Thread, seq Object, n int) (Object, error) { return TupleType.Slots.Repeat(t, seq, n) }
	typ.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		tu, _ := AsTuple(o)
		s := typ.Name + "("
		for i, f := range typ.structFields {
			if i >= len(tu.items) {
				break
			}
			if i > 0 {
				s += ", "
			}
			r, err := Repr(t, tu.items[i])
			if err != nil {
				return nil, err
			}
			s += f + "=" + r.s
		}
		return NewStr(s + ")"), nil
	}
}

func init() {
	InitStructSeqType(VersionInfoType)
	implNamespaceType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		inst := o.(*Instance)
		s := "namespace("
		first := true
		for _, k := range inst.dict.Keys() {
			if !first {
				s += ", "
			}
			first = false
			ks, _ := AsStr(k)
			v, _ := inst.dict.GetItem(t, k)
			r, err := Repr(t, v)
			if err != nil {
				return nil, err
			}
			s += ks.s + "=" + r.s
		}
		return NewStr(s + ")"), nil
	}
}
