package py

import (
	"weak"

	"github.com/kaa-lang/kaa/bytecode"
)

// Generator is a generator, a coroutine or an async generator: a
// suspended frame and the state needed to resume it.
type Generator struct {
	frame    *Frame
	kind     uint8
	running  bool
	started  bool
	finished bool
	name     *Str
	qualname *Str
	// handled is the exception the generator was handling when it last
	// suspended (its own sys.exc_info()); handlerDepth is the number of
	// its except clauses it was inside then.
	handled      *Exception
	handlerDepth int
	// retval is what the generator returned (for the StopIteration
	// that next() raises).
	retval Object
	// aclosed is used by async generators.
	aclosed bool
	// hooksInited: an async generator called sys's firstiter hook.
	hooksInited bool
	// stackOnly is set for a generator made by a call whose result went
	// straight into a for loop: the value stack holds its only
	// reference, so when the loop drops it early (break, return, an
	// exception) it is closed at once, as CPython's reference counting
	// would (running its finally clauses).
	stackOnly bool
}

// dropped closes a generator the value stack discarded, if it was only
// ever referenced from there; an error is reported as CPython reports
// exceptions in finalizers.
func (t *Thread) dropped(o Object) {
	g, ok := o.(*Generator)
	if !ok || !g.stackOnly || g.finished || g.running {
		return
	}
	g.stackOnly = false
	saved := t.handled
	if err := g.close(t); err != nil {
		var w stringWriter
		w.WriteString("Exception ignored in: ")
		if r, rerr := Repr(t, g); rerr == nil {
			w.WriteString(r.s)
		}
		w.WriteString("\n")
		t.PrintException(&w, AsException(err))
		t.interp.writeStderr(w.String())
	}
	t.handled = saved
}

// StopIterationFor returns the StopIteration that next(it) raises when
// the iterator is exhausted: it carries a generator's return value.
func StopIterationFor(it Object) *Exception {
	if g, ok := it.(*Generator); ok && g.retval != nil {
		return stopIteration(g.retval)
	}
	return NewError(StopIterationType)
}

// Kinds of Generator.
const (
	genGenerator = iota
	genCoroutine
	genAsyncGen
)

// The types of generators, coroutines and async generators.
var (
	GeneratorType = newBuiltinType("generator", ObjectType, 0)
	CoroutineType = newBuiltinType("coroutine", ObjectType, 0)
	AsyncGenType  = newBuiltinType("async_generator", ObjectType, 0)
)

// Type returns the generator's type.
func (g *Generator) Type() *Type {
	switch g.kind {
	case genCoroutine:
		return CoroutineType
	case genAsyncGen:
		return AsyncGenType
	}
	return GeneratorType
}

// newGenerator runs a generator function's frame up to its
// RETURN_GENERATOR and wraps it in a generator object.
func (t *Thread) newGenerator(f *Frame) (Object, error) {
	f.escaped = true
	code := f.code
	if _, err := t.eval(f, nil); err != nil {
		return nil, err
	}
	g := &Generator{frame: f, name: code.name, qualname: code.qualname}
	if f.fn != nil {
		g.name, g.qualname = f.fn.name, f.fn.qualname
	}
	switch {
	case code.flags&bytecode.CO_COROUTINE != 0:
		g.kind = genCoroutine
	case code.flags&bytecode.CO_ASYNC_GENERATOR != 0:
		g.kind = genAsyncGen
	}
	f.gen = g
	if g.kind == genGenerator && len(code.bc.ExceptionTable) > 0 {
		t.trackGenerator(g)
	}
	return g, nil
}

// trackGenerator remembers (weakly) a generator with try blocks, so that
// one still suspended when the program ends can be closed then, running
// its finally clauses as CPython's shutdown does.
func (t *Thread) trackGenerator(g *Generator) {
	if len(t.liveGens) >= 2*t.liveGensKept+64 {
		kept := t.liveGens[:0]
		for _, w := range t.liveGens {
			if x := w.Value(); x != nil && !x.finished {
				kept = append(kept, w)
			}
		}
		clear(t.liveGens[len(kept):])
		t.liveGens = kept
		t.liveGensKept = len(kept)
	}
	t.liveGens = append(t.liveGens, weak.Make(g))
}

// closeLiveGenerators closes the tracked generators that are still
// suspended at exit.
func (t *Thread) closeLiveGenerators() {
	gens := t.liveGens
	t.liveGens = nil
	for _, w := range gens {
		if g := w.Value(); g != nil && g.started && !g.finished && !g.running {
			g.stackOnly = true
			t.dropped(g)
		}
	}
}

// resume runs the generator until it yields (yielded true), returns (the
// return value, yielded false) or raises. A non-nil throw is raised at
// the suspension point instead of sending v.
func (g *Generator) resume(t *Thread, v Object, throw error) (Object, bool, error) {
	if g.running {
		what := "generator"
		if g.kind == genCoroutine {
			what = "coroutine"
		} else if g.kind == genAsyncGen {
			what = "async generator"
		}
		return nil, false, Errorf(ValueErrorType, "%s already executing", what)
	}
	if g.finished {
		if throw != nil {
			return nil, false, throw
		}
		if g.kind == genCoroutine {
			return nil, false, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return nil, false, nil
	}
	f := g.frame
	if !g.started && throw == nil && v != None && v != nil {
		what := "generator"
		if g.kind == genCoroutine {
			what = "coroutine"
		} else if g.kind == genAsyncGen {
			what = "async generator"
		}
		return nil, false, Errorf(TypeErrorType, "can't send non-None value to a just-started %s", what)
	}
	g.started = true
	if throw == nil {
		if v == nil {
			v = None
		}
		f.fast[f.sp] = v
		f.sp++
	}
	g.running = true
	saved, depth := t.handled, t.handlerDepth
	if g.handled != nil {
		t.handled = g.handled
	}
	outerBase, outerCaller, outerIn := t.genBase, t.genCaller, t.inGen
	t.genBase, t.genCaller, t.inGen = depth-g.handlerDepth, saved, true
	r, err := t.eval(f, throw)
	t.genBase, t.genCaller, t.inGen = outerBase, outerCaller, outerIn
	// The generator's own exception is the one it handles in an except
	// clause still open; it may be the very exception the caller handles
	// (thrown in from the caller's handler), so identity with the
	// caller's tells nothing.
	g.handlerDepth += t.handlerDepth - depth
	if g.handlerDepth > 0 && err == nil {
		g.handled = t.handled
	} else {
		g.handled = nil
	}
	t.handled, t.handlerDepth = saved, depth
	g.running = false
	if err != nil {
		g.finished = true
		exc := AsException(err)
		if exc.typ.IsSubtype(StopIterationType) {
			msg := "generator raised StopIteration"
			switch g.kind {
			case genCoroutine:
				msg = "coroutine raised StopIteration"
			case genAsyncGen:
				msg = "async generator raised StopIteration"
			}
			re := Errorf(RuntimeErrorType, "%s", msg)
			re.SetCause(exc)
			re.context = exc
			return nil, false, re
		}
		if g.kind == genAsyncGen && exc.typ.IsSubtype(StopAsyncIterationType) {
			re := Errorf(RuntimeErrorType, "async generator raised StopAsyncIteration")
			re.SetCause(exc)
			re.context = exc
			return nil, false, re
		}
		return nil, false, exc
	}
	if f.yielded {
		return r, true, nil
	}
	g.finished = true
	g.retval = r
	return r, false, nil
}

// yieldFrom returns the iterator the generator is delegating to (yield
// from / await), or nil.
func (g *Generator) yieldFrom() Object {
	if g.finished || !g.started || g.running {
		return nil
	}
	f := g.frame
	if f.pc < len(f.code.instrs) {
		ins := f.code.instrs[f.pc]
		if ins.Op() == bytecode.RESUME && ins.Arg() >= 2 {
			return f.fast[f.sp-1]
		}
	}
	return nil
}

// stopIteration makes the StopIteration that carries a return value.
func stopIteration(v Object) *Exception {
	if v == nil || v == None {
		e := NewError(StopIterationType)
		e.setAttr("value", None)
		return e
	}
	e := NewError(StopIterationType, v)
	e.setAttr("value", v)
	return e
}

// stopIterationValue extracts the value of a StopIteration.
func stopIterationValue(err error) Object {
	e := AsException(err)
	if v := e.attr("value"); v != None {
		return v
	}
	if len(e.args.items) > 0 {
		return e.args.items[0]
	}
	return None
}

// send is SEND: it sends v into receiver, returning (value, false) when
// the receiver yields and (return value, true) when it finishes.
func (t *Thread) send(receiver, v Object) (Object, bool, error) {
	if g, ok := receiver.(*Generator); ok {
		r, yielded, err := g.resume(t, v, nil)
		if err != nil {
			return nil, false, err
		}
		if r == nil {
			r = None
		}
		return r, !yielded, nil
	}
	if nf := receiver.Type().Slots.Next; v == None && nf != nil {
		r, ok, err := nf(t, receiver)
		if err != nil {
			if IsExceptionOf(err, StopIterationType) {
				return stopIterationValue(err), true, nil
			}
			return nil, false, err
		}
		if !ok {
			return None, true, nil
		}
		return r, false, nil
	}
	r, err := CallMethod(t, receiver, "send", v)
	if err != nil {
		if IsExceptionOf(err, StopIterationType) {
			return stopIterationValue(err), true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

// throw implements gen.throw(exc): delegating to a sub-iterator first.
func (g *Generator) throw(t *Thread, exc *Exception) (Object, error) {
	if yf := g.yieldFrom(); yf != nil {
		var r Object
		var err error
		if exc.typ.IsSubtype(GeneratorExitType) {
			g.running = true
			err = closeIter(t, yf)
			g.running = false
			if err != nil {
				return g.finish(t, nil, err)
			}
			return g.finish(t, nil, exc)
		}
		g.running = true
		if sub, ok := yf.(*Generator); ok {
			r, err = sub.throw(t, exc)
		} else {
			m, e := GetAttrOpt(t, yf, NewStr("throw"))
			if e != nil {
				err = e
			} else if m == nil {
				g.running = false
				return g.finish(t, nil, exc)
			} else {
				var tb Object = None
				if exc.traceback != nil {
					tb = exc.traceback
				}
				r, err = Call(t, m, []Object{exc.typ, exc, tb}, nil)
			}
		}
		g.running = false
		if err == nil {
			return r, nil
		}
		// The sub-iterator finished: leave the SEND loop.
		f := g.frame
		f.sp--
		f.fast[f.sp] = nil
		send := f.code.instrs[f.pc-2]
		f.pc = int(send.Arg())
		if IsExceptionOf(err, StopIterationType) {
			return g.finish(t, stopIterationValue(err), nil)
		}
		return g.finish(t, nil, err)
	}
	return g.finish(t, nil, exc)
}

// throwToDelegate passes throw's arguments unchanged to a delegate that
// is not a generator but has a throw method (as CPython does); done is
// false when there is no such delegate.
func (g *Generator) throwToDelegate(t *Thread, args []Object) (Object, error, bool) {
	yf := g.yieldFrom()
	if yf == nil {
		return nil, nil, false
	}
	if _, isGen := yf.(*Generator); isGen {
		return nil, nil, false
	}
	if len(args) > 0 {
		if typ, ok := args[0].(*Type); ok && typ.IsSubtype(GeneratorExitType) {
			return nil, nil, false
		}
		if e, ok := args[0].(*Exception); ok && e.typ.IsSubtype(GeneratorExitType) {
			return nil, nil, false
		}
	}
	m, err := GetAttrOpt(t, yf, NewStr("throw"))
	if err != nil {
		return nil, err, true
	}
	if m == nil {
		return nil, nil, false
	}
	g.running = true
	r, err := Call(t, m, args, nil)
	g.running = false
	if err == nil {
		return r, nil, true
	}
	f := g.frame
	f.sp--
	f.fast[f.sp] = nil
	f.pc = int(f.code.instrs[f.pc-2].Arg())
	if IsExceptionOf(err, StopIterationType) {
		r, err := g.finish(t, stopIterationValue(err), nil)
		return r, err, true
	}
	r, err = g.finish(t, nil, err)
	return r, err, true
}

// finish resumes the generator after a throw and converts the outcome to
// the result of send/throw (StopIteration when it returns).
func (g *Generator) finish(t *Thread, v Object, throw error) (Object, error) {
	r, yielded, err := g.resume(t, v, throw)
	if err != nil {
		return nil, err
	}
	if yielded {
		return r, nil
	}
	if g.kind == genAsyncGen {
		return nil, NewError(StopAsyncIterationType)
	}
	return nil, stopIteration(r)
}

// closeIter closes a sub-iterator (its close method, if any).
func closeIter(t *Thread, it Object) error {
	if g, ok := it.(*Generator); ok {
		return g.close(t)
	}
	m, err := GetAttrOpt(t, it, NewStr("close"))
	if err != nil || m == nil {
		return err
	}
	_, err = Call(t, m, nil, nil)
	return err
}

// close implements gen.close().
func (g *Generator) close(t *Thread) error {
	if g.finished {
		return nil
	}
	if !g.started {
		g.finished = true
		return nil
	}
	_, err := g.throw(t, NewError(GeneratorExitType))
	if err == nil {
		msg := "generator ignored GeneratorExit"
		if g.kind == genCoroutine {
			msg = "coroutine ignored GeneratorExit"
		} else if g.kind == genAsyncGen {
			msg = "async generator ignored GeneratorExit"
		}
		return Errorf(RuntimeErrorType, "%s", msg)
	}
	if IsExceptionOf(err, GeneratorExitType) || IsExceptionOf(err, StopIterationType) {
		return nil
	}
	return err
}

// makeThrown builds the exception of throw(typ[, val[, tb]]).
func (t *Thread) makeThrown(args []Object) (*Exception, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeErrorType, "throw expected at least 1 argument, got %d", len(args))
	}
	typ := args[0]
	var val Object = None
	if len(args) > 1 {
		val = args[1]
	}
	var exc *Exception
	switch v := typ.(type) {
	case *Exception:
		if val != None {
			return nil, Errorf(TypeErrorType, "instance exception may not have a separate value")
		}
		exc = v
	case *Type:
		if !v.IsSubtype(BaseExceptionType) {
			return nil, Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not type")
		}
		if e, ok := val.(*Exception); ok && e.typ.IsSubtype(v) {
			exc = e
		} else {
			var cargs []Object
			if tu, ok := val.(*Tuple); ok {
				cargs = tu.items
			} else if val != None {
				cargs = []Object{val}
			}
			r, err := Call(t, v, cargs, nil)
			if err != nil {
				return nil, err
			}
			e, ok := r.(*Exception)
			if !ok {
				return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", reprType(v), TypeName(r))
			}
			exc = e
		}
	default:
		return nil, Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", TypeName(typ))
	}
	if len(args) == 3 && args[2] != None {
		tb, ok := args[2].(*Traceback)
		if !ok {
			return nil, Errorf(TypeErrorType, "throw() third argument must be a traceback object")
		}
		exc.traceback = tb
	}
	return exc, nil
}

func init() {
	for _, typ := range []*Type{GeneratorType, CoroutineType, AsyncGenType} {
		typ := typ
		prefix := map[*Type]string{GeneratorType: "gi_", CoroutineType: "cr_", AsyncGenType: "ag_"}[typ]
		typ.Slots.Repr = func(t *Thread, o Object) (Object, error) {
			g := o.(*Generator)
			return NewStr("<" + typ.Name + " object " + g.qualname.s + " at " + addrOf(o) + ">"), nil
		}
		typ.AddGetSet("__name__", func(t *Thread, o Object) (Object, error) { return o.(*Generator).name, nil },
			func(t *Thread, o, v Object) error {
				s, ok := AsStr(v)
				if !ok {
					return Errorf(TypeErrorType, "__name__ must be set to a string object")
				}
				o.(*Generator).name = s
				return nil
			}, "")
		typ.AddGetSet("__qualname__", func(t *Thread, o Object) (Object, error) { return o.(*Generator).qualname, nil },
			func(t *Thread, o, v Object) error {
				s, ok := AsStr(v)
				if !ok {
					return Errorf(TypeErrorType, "__qualname__ must be set to a string object")
				}
				o.(*Generator).qualname = s
				return nil
			}, "")
		typ.AddGetSet(prefix+"frame", func(t *Thread, o Object) (Object, error) {
			g := o.(*Generator)
			if g.finished {
				return None, nil
			}
			return g.frame, nil
		}, nil, "")
		typ.AddGetSet(prefix+"running", func(t *Thread, o Object) (Object, error) { return Bool(o.(*Generator).running), nil }, nil, "")
		typ.AddGetSet(prefix+"code", func(t *Thread, o Object) (Object, error) { return o.(*Generator).frame.code, nil }, nil, "")
		typ.AddGetSet(prefix+"suspended", func(t *Thread, o Object) (Object, error) {
			g := o.(*Generator)
			return Bool(g.started && !g.finished && !g.running), nil
		}, nil, "")
		if typ != AsyncGenType {
			yf := "gi_yieldfrom"
			if typ == CoroutineType {
				yf = "cr_await"
			}
			typ.AddGetSet(yf, func(t *Thread, o Object) (Object, error) {
				if v := o.(*Generator).yieldFrom(); v != nil {
					return v, nil
				}
				return None, nil
			}, nil, "")
			typ.AddMethod("send", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
				if err := exactArgs("send", 1, args, kw); err != nil {
					return nil, err
				}
				g := self.(*Generator)
				r, yielded, err := g.resume(t, args[0], nil)
				if err != nil {
					return nil, err
				}
				if !yielded {
					return nil, stopIteration(r)
				}
				return r, nil
			}, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
			typ.AddMethod("throw", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
				g := self.(*Generator)
				if r, err, done := g.throwToDelegate(t, args); done {
					return r, err
				}
				exc, err := t.makeThrown(args)
				if err != nil {
					return nil, err
				}
				return g.throw(t, exc)
			}, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.")
			typ.AddMethod("close", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
				return None, self.(*Generator).close(t)
			}, "close() -> raise GeneratorExit inside generator.")
		}
	}
	GeneratorType.Slots.Iter = selfIter
	GeneratorType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		g := o.(*Generator)
		r, yielded, err := g.resume(t, None, nil)
		if err != nil || !yielded {
			return nil, false, err
		}
		return r, true, nil
	}
	CoroutineType.AddMethod("__await__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return &CoroutineWrapper{g: self.(*Generator)}, nil
	}, "Return an iterator to be used in await expression.")
	CoroutineWrapperType.Slots.Iter = selfIter
	CoroutineWrapperType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		g := o.(*CoroutineWrapper).g
		r, yielded, err := g.resume(t, None, nil)
		if err != nil {
			return nil, false, err
		}
		if !yielded {
			if r != None {
				return nil, false, stopIteration(r)
			}
			return nil, false, nil
		}
		return r, true, nil
	}
	CoroutineWrapperType.AddMethod("send", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("send", 1, args, kw); err != nil {
			return nil, err
		}
		r, yielded, err := self.(*CoroutineWrapper).g.resume(t, args[0], nil)
		if err != nil {
			return nil, err
		}
		if !yielded {
			return nil, stopIteration(r)
		}
		return r, nil
	}, "")
	CoroutineWrapperType.AddMethod("throw", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		exc, err := t.makeThrown(args)
		if err != nil {
			return nil, err
		}
		return self.(*CoroutineWrapper).g.throw(t, exc)
	}, "")
	CoroutineWrapperType.AddMethod("close", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return None, self.(*CoroutineWrapper).g.close(t)
	}, "")
}

// CoroutineWrapper is the iterator coroutine.__await__() returns.
type CoroutineWrapper struct {
	g *Generator
}

// CoroutineWrapperType is the type of coroutine.__await__() results.
var CoroutineWrapperType = newBuiltinType("coroutine_wrapper", ObjectType, 0)

// Type returns CoroutineWrapperType.
func (*CoroutineWrapper) Type() *Type { return CoroutineWrapperType }

// getAwaitable is GET_AWAITABLE.
func (t *Thread) getAwaitable(o Object, where int) (Object, error) {
	if g, ok := o.(*Generator); ok {
		if g.kind == genCoroutine {
			if g.yieldFrom() != nil {
				return nil, Errorf(RuntimeErrorType, "coroutine is being awaited already")
			}
			return g, nil
		}
		if g.kind == genGenerator && g.frame.code.flags&bytecode.CO_ITERABLE_COROUTINE != 0 {
			return g, nil
		}
	}
	typ := o.Type()
	aw := typ.Lookup(dnAwait)
	if aw == nil {
		switch where {
		case 1:
			return nil, Errorf(TypeErrorType, "'async with' received an object from __aenter__ that does not implement __await__: %s", typ.Name)
		case 2:
			return nil, Errorf(TypeErrorType, "'async with' received an object from __aexit__ that does not implement __await__: %s", typ.Name)
		}
		return nil, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", typ.Name)
	}
	r, err := callWithSelf(t, aw, o, nil, nil)
	if err != nil {
		return nil, err
	}
	if g, ok := r.(*Generator); ok && g.kind == genCoroutine {
		return nil, Errorf(TypeErrorType, "__await__() returned a coroutine")
	}
	if r.Type().Slots.Next == nil {
		return nil, Errorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", TypeName(r))
	}
	return r, nil
}

// getAIter is GET_AITER.
func (t *Thread) getAIter(o Object) (Object, error) {
	typ := o.Type()
	f := typ.Lookup(dnAIter)
	if f == nil {
		return nil, Errorf(TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", typ.Name)
	}
	it, err := callWithSelf(t, f, o, nil, nil)
	if err != nil {
		return nil, err
	}
	if it.Type().Lookup(dnANext) == nil {
		return nil, Errorf(TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", TypeName(it))
	}
	return it, nil
}

// getANext is GET_ANEXT.
func (t *Thread) getANext(ait Object) (Object, error) {
	typ := ait.Type()
	f := typ.Lookup(dnANext)
	if f == nil {
		return nil, Errorf(TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", typ.Name)
	}
	r, err := callWithSelf(t, f, ait, nil, nil)
	if err != nil {
		return nil, err
	}
	aw, err := t.getAwaitable(r, 0)
	if err != nil {
		if IsExceptionOf(err, TypeErrorType) {
			return nil, Errorf(TypeErrorType, "'async for' received an invalid object from __anext__: %s", TypeName(r))
		}
		return nil, err
	}
	return aw, nil
}

// beforeAsyncWith is BEFORE_ASYNC_WITH.
func (t *Thread) beforeAsyncWith(mgr Object) (Object, Object, error) {
	typ := mgr.Type()
	enter := typ.Lookup(dnAEnter)
	if enter == nil {
		return nil, nil, Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", typ.Name)
	}
	exitf := typ.Lookup(dnAExit)
	if exitf == nil {
		return nil, nil, Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", typ.Name)
	}
	exit, err := bindMethod(t, exitf, mgr)
	if err != nil {
		return nil, nil, err
	}
	res, err := callWithSelf(t, enter, mgr, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	return exit, res, nil
}

// asyncGenWrapped marks a value yielded by an async generator (as
// opposed to a value its awaits pass through to the event loop).
type asyncGenWrapped struct {
	v Object
}

var asyncGenWrappedType = newBuiltinType("async_generator_wrapped_value", ObjectType, 0)

// Type returns the wrapper's internal type.
func (*asyncGenWrapped) Type() *Type { return asyncGenWrappedType }
