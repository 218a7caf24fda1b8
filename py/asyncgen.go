package py

// Async generators: __anext__, asend, athrow and aclose return awaitables
// that drive the generator. A value the generator yields (wrapped by
// ASYNC_GEN_WRAP) completes the await with StopIteration(value); any
// other value yielded by an await inside the generator passes through to
// whoever drives the awaitable.

// AsyncGenAwaitable is the awaitable of asend/athrow/aclose/__anext__.
type AsyncGenAwaitable struct {
	gen     *Generator
	value   Object     // value to send first (asend)
	throw   *Exception // exception to throw first (athrow, aclose)
	closing bool       // aclose: the generator must not yield
	state   int        // 0 init, 1 iterating, 2 closed
}

// The types of async generator awaitables.
var (
	AsyncGenASendType  = newBuiltinType("async_generator_asend", ObjectType, 0)
	AsyncGenAThrowType = newBuiltinType("async_generator_athrow", ObjectType, 0)
)

// Type returns the awaitable's type.
func (a *AsyncGenAwaitable) Type() *Type {
	if a.throw != nil || a.closing {
		return AsyncGenAThrowType
	}
	return AsyncGenASendType
}

// step resumes the generator for the awaitable: it returns the value to
// yield outward, or an error (StopIteration with the produced value when
// the await completes).
func (a *AsyncGenAwaitable) step(t *Thread, v Object, throw error) (Object, error) {
	if a.state == 2 {
		return nil, Errorf(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	g := a.gen
	if a.state == 0 {
		a.state = 1
		if a.throw != nil && throw == nil {
			throw = a.throw
		} else if v == None || v == nil {
			v = a.value
		}
		if g.finished && a.closing {
			a.state = 2
			return nil, NewError(StopIterationType)
		}
	}
	var r Object
	var yielded bool
	var err error
	if throw != nil {
		var exc *Exception
		exc = AsException(throw)
		r, err = g.throw(t, exc)
		if err == nil {
			yielded = true
		} else if IsExceptionOf(err, StopIterationType) || IsExceptionOf(err, StopAsyncIterationType) && g.finished {
			// The generator returned.
			err = NewError(StopAsyncIterationType)
		}
	} else {
		r, yielded, err = g.resume(t, v, nil)
		if err == nil && !yielded {
			err = NewError(StopAsyncIterationType)
		}
	}
	if err != nil {
		a.state = 2
		if a.closing && (IsExceptionOf(err, GeneratorExitType) || IsExceptionOf(err, StopAsyncIterationType)) {
			return nil, NewError(StopIterationType)
		}
		return nil, err
	}
	if w, ok := r.(*asyncGenWrapped); ok {
		a.state = 2
		if a.closing {
			return nil, Errorf(RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return nil, stopIteration(w.v)
	}
	return r, nil
}

func init() {
	ag := AsyncGenType
	ag.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		g := o.(*Generator)
		return NewStr("<async_generator object " + g.qualname.s + " at " + addrOf(o) + ">"), nil
	}
	ag.AddMethod("__aiter__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return self, nil
	}, "Return an awaitable, that resolves in asynchronous iterator.")
	ag.AddMethod("__anext__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := t.asyncGenFirstIter(self.(*Generator)); err != nil {
			return nil, err
		}
		return &AsyncGenAwaitable{gen: self.(*Generator), value: None}, nil
	}, "Return a value or raise StopAsyncIteration.")
	ag.AddMethod("asend", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := t.asyncGenFirstIter(self.(*Generator)); err != nil {
			return nil, err
		}
		if err := exactArgs("asend", 1, args, kw); err != nil {
			return nil, err
		}
		return &AsyncGenAwaitable{gen: self.(*Generator), value: args[0]}, nil
	}, "asend(v) -> send 'v' in generator.")
	ag.AddMethod("athrow", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := t.asyncGenFirstIter(self.(*Generator)); err != nil {
			return nil, err
		}
		exc, err := t.makeThrown(args)
		if err != nil {
			return nil, err
		}
		return &AsyncGenAwaitable{gen: self.(*Generator), value: None, throw: exc}, nil
	}, "athrow(typ[,val[,tb]]) -> raise exception in generator.")
	ag.AddMethod("aclose", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := t.asyncGenFirstIter(self.(*Generator)); err != nil {
			return nil, err
		}
		return &AsyncGenAwaitable{gen: self.(*Generator), value: None, throw: NewError(GeneratorExitType), closing: true}, nil
	}, "aclose() -> raise GeneratorExit inside generator.")
	ag.AddGetSet("ag_await", func(t *Thread, o Object) (Object, error) {
		if v := o.(*Generator).yieldFrom(); v != nil {
			return v, nil
		}
		return None, nil
	}, nil, "")

	for _, typ := range []*Type{AsyncGenASendType, AsyncGenAThrowType} {
		typ.Slots.Iter = selfIter
		typ.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
			r, err := o.(*AsyncGenAwaitable).step(t, None, nil)
			if err != nil {
				if IsExceptionOf(err, StopIterationType) {
					if v := stopIterationValue(err); v != None {
						return nil, false, err
					}
					return nil, false, nil
				}
				return nil, false, err
			}
			return r, true, nil
		}
		typ.AddMethod("__await__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			return self, nil
		}, "")
		typ.AddMethod("send", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("send", 1, args, kw); err != nil {
				return nil, err
			}
			return self.(*AsyncGenAwaitable).step(t, args[0], nil)
		}, "")
		typ.AddMethod("throw", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			exc, err := t.makeThrown(args)
			if err != nil {
				return nil, err
			}
			return self.(*AsyncGenAwaitable).step(t, None, exc)
		}, "")
		typ.AddMethod("close", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			self.(*AsyncGenAwaitable).state = 2
			return None, nil
		}, "")
	}
}
