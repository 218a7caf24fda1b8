package py

import (
	"sort"
	"strings"
)

// The parts of sys that programs use beyond running them: the hooks
// (unraisablehook, breakpointhook, asyncgen hooks), tracing and
// profiling functions, call_tracing, the lists of module names and
// thread_info.
//
// Tracing: settrace and setprofile store the function (gettrace and
// getprofile return it) but kaa's loop does not call it yet, so no
// "call"/"line"/"return" events are produced.

// ThreadInfoType is the type of sys.thread_info.
var ThreadInfoType = newStructSeqType("sys.thread_info", []string{"name", "lock", "version"})

// UnraisableHookArgsType is the type of the argument of
// sys.unraisablehook.
var UnraisableHookArgsType = newStructSeqType("UnraisableHookArgs", []string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"})

// AsyncgenHooksType is the type of sys.get_asyncgen_hooks()'s result.
var AsyncgenHooksType = newStructSeqType("asyncgen_hooks", []string{"firstiter", "finalizer"})

func init() {
	InitStructSeqType(ThreadInfoType)
	InitStructSeqType(AsyncgenHooksType)
	InitStructSeqType(UnraisableHookArgsType)
}

// sysHookState is the per-interpreter state of the functions below,
// held by their closures.
type sysHookState struct {
	trace, profile      Object
	firstiter, finalize Object
	originDepth         int
	dlopenFlags         int
}

// addSysExtras adds these attributes and functions to the sys module s.
func (in *Interpreter) addSysExtras(s *Module) {
	names := []string{"builtins", "sys"}
	for name := range in.goModules {
		names = append(names, name)
	}
	sort.Strings(names)
	items := make([]Object, 0, len(names))
	for i, n := range names {
		if i > 0 && n == names[i-1] {
			continue
		}
		items = append(items, NewStr(n))
	}
	s.Set("builtin_module_names", NewTupleFromSlice(items))
	std := NewFrozenSet()
	for _, n := range stdlibModuleNames {
		std.Add(nil, NewStr(n))
	}
	s.Set("stdlib_module_names", std)
	s.Set("thread_info", NewStructSeq(ThreadInfoType, NewStr("pthread"), NewStr("mutex+cond"), None))
	s.Set("abiflags", NewStr(""))
	s.Set("_stdlib_dir", None)
	s.Set("_git", NewTuple(NewStr("kaa"), NewStr(""), NewStr("")))
	s.Set("_framework", NewStr(""))

	st := &sysHookState{trace: None, profile: None, firstiter: None, finalize: None, dlopenFlags: 2}
	add := func(name string, fn BuiltinFn, doc string) {
		s.dict.SetString(name, &BuiltinFunction{Name: name, Fn: fn, Self: s, Doc: doc})
	}
	setter := func(name string, slot *Object) BuiltinFn {
		return func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := CheckArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			*slot = args[0]
			return None, nil
		}
	}
	getter := func(name string, slot *Object) BuiltinFn {
		return func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			return *slot, CheckArgs(name, args, kw, 0, 0)
		}
	}
	add("settrace", setter("settrace", &st.trace), "Set the global debug tracing function (kaa stores it but produces no events yet).")
	add("gettrace", getter("gettrace", &st.trace), "Return the global debug tracing function set with sys.settrace.")
	add("setprofile", setter("setprofile", &st.profile), "Set the profiling function (kaa stores it but produces no events yet).")
	add("getprofile", getter("getprofile", &st.profile), "Return the profiling function set with sys.setprofile.")
	add("call_tracing", sysCallTracing, "Call func(*args), while tracing is enabled.")
	add("unraisablehook", sysUnraisableHook, "Handle an unraisable exception.")
	s.Set("__unraisablehook__", s.Get("unraisablehook"))
	add("breakpointhook", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		// kaa has no debugger: breakpoint() continues.
		return None, nil
	}, "Called by the built-in breakpoint(); kaa has no debugger, so it returns.")
	s.Set("__breakpointhook__", s.Get("breakpointhook"))
	add("__interactivehook__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return None, nil
	}, "Configure the interactive interpreter (nothing to do in kaa).")
	add("get_asyncgen_hooks", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewStructSeq(AsyncgenHooksType, st.firstiter, st.finalize), CheckArgs("get_asyncgen_hooks", args, kw, 0, 0)
	}, "Return the installed asynchronous generators hooks.")
	add("set_asyncgen_hooks", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		first, final := Object(nil), Object(nil)
		if err := UnpackArgs("set_asyncgen_hooks", args, kw, "firstiter?", &first, "finalizer?", &final); err != nil {
			return nil, err
		}
		if final != nil && final != None && final.Type().Slots.Call == nil {
			return nil, Errorf(TypeErrorType, "callable finalizer expected, got %s", TypeName(final))
		}
		if first != nil && first != None && first.Type().Slots.Call == nil {
			return nil, Errorf(TypeErrorType, "callable firstiter expected, got %s", TypeName(first))
		}
		if final != nil {
			st.finalize = final
		}
		if first != nil {
			st.firstiter = first
		}
		return None, nil
	}, "Set a finalizer for async generators objects.")
	add("get_coroutine_origin_tracking_depth", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewInt(int64(st.originDepth)), CheckArgs("get_coroutine_origin_tracking_depth", args, kw, 0, 0)
	}, "Check status of origin tracking for coroutine objects in this thread.")
	add("set_coroutine_origin_tracking_depth", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		var depth int
		if err := UnpackArgs("set_coroutine_origin_tracking_depth", args, kw, "depth", &depth); err != nil {
			return nil, err
		}
		if depth < 0 {
			return nil, Errorf(ValueErrorType, "depth must be >= 0")
		}
		st.originDepth = depth
		return None, nil
	}, "Enable or disable origin tracking for coroutine objects in this thread.")
	add("getdlopenflags", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewInt(int64(st.dlopenFlags)), CheckArgs("getdlopenflags", args, kw, 0, 0)
	}, "Return the current value of the flags that are used for dlopen calls.")
	add("setdlopenflags", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("setdlopenflags", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := AsIndex(t, args[0])
		if err != nil {
			return nil, err
		}
		st.dlopenFlags = n
		return None, nil
	}, "Set the flags used by the interpreter for dlopen calls.")
	add("getallocatedblocks", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		// Go's collector does not count blocks.
		return NewInt(0), CheckArgs("getallocatedblocks", args, kw, 0, 0)
	}, "Return the number of memory blocks currently allocated (always 0 in kaa).")
	add("_clear_type_cache", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return None, CheckArgs("_clear_type_cache", args, kw, 0, 0)
	}, "Clear the internal type lookup cache.")
	add("_current_frames", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewDict(), CheckArgs("_current_frames", args, kw, 0, 0)
	}, "Return a dict mapping each thread's identifier to its current frame (empty in kaa).")
	add("_current_exceptions", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewDict(), CheckArgs("_current_exceptions", args, kw, 0, 0)
	}, "Return a dict mapping each thread's identifier to its current raised exception (empty in kaa).")
}

// sysCallTracing is sys.call_tracing(func, args).
func sysCallTracing(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("call_tracing", args, kw, 2, 2); err != nil {
		return nil, err
	}
	tup, ok := args[1].(*Tuple)
	if !ok {
		return nil, Errorf(TypeErrorType, "call_tracing() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	return Call(t, args[0], append([]Object(nil), tup.items...), nil)
}

// NewUnraisableHookArgs returns the argument of sys.unraisablehook for
// an exception that cannot be raised (in a callback, a finalizer...).
func NewUnraisableHookArgs(exc *Exception, errMsg string, obj Object) Object {
	var msg Object = None
	if errMsg != "" {
		msg = NewStr(errMsg)
	}
	if obj == nil {
		obj = None
	}
	var tb Object = None
	if exc.traceback != nil {
		tb = exc.traceback
	}
	return NewStructSeq(UnraisableHookArgsType, exc.typ, exc, tb, msg, obj)
}

// sysUnraisableHook is sys.unraisablehook(unraisable): it writes
// "Exception ignored in: obj" and the exception's traceback and message
// to sys.stderr, as CPython's default hook.
func sysUnraisableHook(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("unraisablehook", args, kw, 1, 1); err != nil {
		return nil, err
	}
	u := args[0]
	if u.Type() != UnraisableHookArgsType {
		return nil, Errorf(TypeErrorType, "sys.unraisablehook argument type must be UnraisableHookArgs")
	}
	attr := func(name string) Object {
		v, err := GetAttr(t, u, NewStr(name))
		if err != nil {
			return None
		}
		return v
	}
	var b strings.Builder
	obj, msg := attr("object"), attr("err_msg")
	if obj != None {
		if m, ok := msg.(*Str); ok {
			b.WriteString(m.s + ": ")
		} else {
			b.WriteString("Exception ignored in: ")
		}
		if r, err := Repr(t, obj); err == nil {
			b.WriteString(r.s)
		} else {
			b.WriteString("<object repr() failed>")
		}
		b.WriteString("\n")
	} else if m, ok := msg.(*Str); ok {
		b.WriteString(m.s + ":\n")
	}
	if tb, ok := attr("exc_traceback").(*Traceback); ok {
		b.WriteString("Traceback (most recent call last):\n")
		t.formatTracebackLimit(&b, tb, -1, false)
	}
	if e, ok := attr("exc_value").(*Exception); ok {
		t.formatExceptionOnly(&b, e)
	} else if typ, ok := attr("exc_type").(*Type); ok {
		b.WriteString(typ.QualName + "\n")
	}
	t.interp.writeStderr(b.String())
	return None, nil
}
