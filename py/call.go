package py

import (
	"strings"

	"github.com/kaa-lang/kaa/bytecode"
)

// maxFramePool bounds the frames a thread keeps for reuse.
const maxFramePool = 64

// newFrame returns a frame for code, reusing a pooled one when possible.
func (t *Thread) newFrame(code *Code, globals, builtins *Dict) *Frame {
	need := code.nlocalsplus + code.stacksize
	var f *Frame
	if n := len(t.framePool); n > 0 {
		f = t.framePool[n-1]
		t.framePool = t.framePool[:n-1]
		if cap(f.fast) < need {
			f.fast = make([]Object, need)
		} else {
			// Every slot of a pooled frame is nil (releaseFrame clears
			// them all), so unbound locals read as nil.
			f.fast = f.fast[:need]
		}
	} else {
		f = &Frame{fast: make([]Object, need)}
	}
	f.code = code
	f.globals = globals
	f.builtins = builtins
	f.sp = code.nlocalsplus
	f.pc = 0
	f.lasti = -1
	return f
}

// releaseFrame returns a finished frame to the pool unless something
// still refers to it.
func (t *Thread) releaseFrame(f *Frame) {
	if f.escaped || len(t.framePool) >= maxFramePool {
		return
	}
	// Clear the locals and the whole value stack: stale stack slots
	// would keep dead objects alive (weak references must die when
	// Python says so) and would read as bound locals in the frame's
	// next use. Slots beyond len(f.fast) were cleared by an earlier
	// release, so the whole backing array of a pooled frame is nil.
	clear(f.fast)
	f.fn = nil
	f.locals = nil
	f.back = nil
	f.globals = nil
	f.builtins = nil
	f.code = nil
	f.gen = nil
	t.framePool = append(t.framePool, f)
}

// callFunction calls a Python function: it binds the arguments into a
// new frame's fast locals and runs it (or makes a generator).
func (t *Thread) callFunction(fn *Function, args []Object, kwnames *Tuple) (Object, error) {
	code := fn.code
	f := t.newFrame(code, fn.globals, fn.builtins)
	f.fn = fn
	if kwnames == nil && len(args) == code.argcount && code.flags&(bytecode.CO_VARARGS|bytecode.CO_VARKEYWORDS) == 0 && code.kwonly == 0 {
		fast := f.fast
		for i, a := range args {
			fast[i] = a
		}
	} else if err := bindArgs(fn, f.fast, args, kwnames); err != nil {
		t.releaseFrame(f)
		return nil, err
	}
	if code.flags&(bytecode.CO_GENERATOR|bytecode.CO_COROUTINE|bytecode.CO_ASYNC_GENERATOR) != 0 {
		return t.newGenerator(f)
	}
	r, err := t.eval(f, nil)
	t.releaseFrame(f)
	return r, err
}

// callFunctionSelf calls fn with self prepended to args, without building
// a new argument slice in the common case.
func (t *Thread) callFunctionSelf(fn *Function, self Object, args []Object, kwnames *Tuple) (Object, error) {
	code := fn.code
	if kwnames == nil && len(args)+1 == code.argcount && code.flags&(bytecode.CO_VARARGS|bytecode.CO_VARKEYWORDS|bytecode.CO_GENERATOR|bytecode.CO_COROUTINE|bytecode.CO_ASYNC_GENERATOR) == 0 && code.kwonly == 0 {
		f := t.newFrame(code, fn.globals, fn.builtins)
		f.fn = fn
		f.fast[0] = self
		copy(f.fast[1:], args)
		r, err := t.eval(f, nil)
		t.releaseFrame(f)
		return r, err
	}
	all := make([]Object, 0, len(args)+1)
	all = append(append(all, self), args...)
	return t.callFunction(fn, all, kwnames)
}

// bindArgs stores the arguments of a call into the fast locals of the
// callee's frame, applying defaults, *args and **kwargs, and raising
// CPython's TypeErrors for mismatches.
func bindArgs(fn *Function, fast []Object, args []Object, kwnames *Tuple) error {
	code := fn.code
	nkw := 0
	if kwnames != nil {
		nkw = len(kwnames.items)
	}
	npos := len(args) - nkw
	argcount := code.argcount
	kwonly := code.kwonly
	total := argcount + kwonly
	varargsIdx, varkwIdx := -1, -1
	next := total
	if code.flags&bytecode.CO_VARARGS != 0 {
		varargsIdx = next
		next++
	}
	if code.flags&bytecode.CO_VARKEYWORDS != 0 {
		varkwIdx = next
	}
	var kwdict *Dict
	if varkwIdx >= 0 {
		kwdict = NewDict()
		fast[varkwIdx] = kwdict
	}
	n := npos
	if n > argcount {
		n = argcount
	}
	copy(fast, args[:n])
	if varargsIdx >= 0 {
		if npos > argcount {
			fast[varargsIdx] = NewTupleCopy(args[argcount:npos])
		} else {
			fast[varargsIdx] = EmptyTuple
		}
	} else if npos > argcount {
		return tooManyPositional(fn, npos, args, kwnames)
	}
	var posOnlyAsKw []string
	for k := 0; k < nkw; k++ {
		name := kwnames.items[k].(*Str)
		v := args[npos+k]
		j := -1
		for i := code.posonly; i < total; i++ {
			vn := code.varnames[i]
			if vn == name || vn.s == name.s {
				j = i
				break
			}
		}
		if j < 0 {
			if kwdict != nil {
				kwdict.SetStr(name, v)
				continue
			}
			for i := 0; i < code.posonly; i++ {
				if code.varnames[i].s == name.s {
					posOnlyAsKw = append(posOnlyAsKw, name.s)
				}
			}
			if posOnlyAsKw != nil {
				continue
			}
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn.qualname.s, name.s)
		}
		if fast[j] != nil {
			return Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", fn.qualname.s, name.s)
		}
		fast[j] = v
	}
	if posOnlyAsKw != nil {
		return Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.qualname.s, strings.Join(posOnlyAsKw, ", "))
	}
	// Defaults for missing positional parameters.
	if npos < argcount {
		ndef := 0
		if fn.defaults != nil {
			ndef = len(fn.defaults.items)
		}
		first := argcount - ndef
		var missing []string
		for i := npos; i < argcount; i++ {
			if fast[i] != nil {
				continue
			}
			if i >= first {
				fast[i] = fn.defaults.items[i-first]
				continue
			}
			missing = append(missing, code.varnames[i].s)
		}
		if missing != nil {
			return missingArgs(fn, missing, "positional")
		}
	}
	if kwonly > 0 {
		var missing []string
		for i := argcount; i < total; i++ {
			if fast[i] != nil {
				continue
			}
			if fn.kwdefault != nil {
				if v := fn.kwdefault.GetStr(code.varnames[i]); v != nil {
					fast[i] = v
					continue
				}
			}
			missing = append(missing, code.varnames[i].s)
		}
		if missing != nil {
			return missingArgs(fn, missing, "keyword-only")
		}
	}
	return nil
}

// missingArgs formats "f() missing 2 required positional arguments: 'a'
// and 'b'".
func missingArgs(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s argument%s: %s", fn.qualname.s, len(names), kind, plural(len(names)), list)
}

// tooManyPositional formats "f() takes 2 positional arguments but 3 were
// given".
func tooManyPositional(fn *Function, given int, args []Object, kwnames *Tuple) error {
	code := fn.code
	ndef := 0
	if fn.defaults != nil {
		ndef = len(fn.defaults.items)
	}
	var takes string
	if ndef > 0 {
		takes = sprintf("from %d to %d positional arguments", code.argcount-ndef, code.argcount)
	} else {
		takes = sprintf("%d positional argument%s", code.argcount, plural(code.argcount))
	}
	kwGiven := 0
	if kwnames != nil {
		for _, k := range kwnames.items {
			for i := code.argcount; i < code.argcount+code.kwonly; i++ {
				if code.varnames[i].s == k.(*Str).s {
					kwGiven++
				}
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwGiven > 0 {
		return Errorf(TypeErrorType, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			fn.qualname.s, takes, given, plural(given), kwGiven, plural(kwGiven))
	}
	return Errorf(TypeErrorType, "%s() takes %s but %d %s given", fn.qualname.s, takes, given, was)
}
