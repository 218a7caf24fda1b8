package py

// aiter() and anext(), and the awaitable anext(it, default) returns.

var (
	strAiter = NewStr("__aiter__")
	strAnext = NewStr("__anext__")
	strAwait = NewStr("__await__")
)

// AnextAwaitable is what anext(iterator, default) returns: awaiting it
// awaits iterator.__anext__(), turning StopAsyncIteration into the
// default value.
type AnextAwaitable struct {
	wrapped Object // the async iterator
	dflt    Object
	it      Object // the iterator of the awaitable __anext__ returned, once started
}

// AnextAwaitableType is the type of anext(it, default) results.
var AnextAwaitableType = newBuiltinType("anext_awaitable", ObjectType, 0)

// Type returns AnextAwaitableType.
func (*AnextAwaitable) Type() *Type { return AnextAwaitableType }

// builtinAiter implements aiter(async_iterable).
func builtinAiter(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("aiter", 1, args, kw); err != nil {
		return nil, err
	}
	o := args[0]
	r, found, err := callDunder(t, o, strAiter)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, Errorf(TypeErrorType, "'%s' object is not an async iterable", TypeName(o))
	}
	if r.Type().Lookup(strAnext) == nil {
		return nil, Errorf(TypeErrorType, "aiter() returned not an async iterator of type '%s'", TypeName(r))
	}
	return r, nil
}

// builtinAnext implements anext(async_iterator[, default]).
func builtinAnext(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("anext", args, kw, 1, 2); err != nil {
		return nil, err
	}
	o := args[0]
	if o.Type().Lookup(strAnext) == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not an async iterator", TypeName(o))
	}
	if len(args) == 1 {
		r, _, err := callDunder(t, o, strAnext)
		return r, err
	}
	return &AnextAwaitable{wrapped: o, dflt: args[1]}, nil
}

// iterator starts the wrapped __anext__() awaitable on first use.
func (a *AnextAwaitable) iterator(t *Thread) (Object, error) {
	if a.it != nil {
		return a.it, nil
	}
	aw, _, err := callDunder(t, a.wrapped, strAnext)
	if err != nil {
		return nil, err
	}
	if aw.Type().Slots.Next == nil {
		r, found, err := callDunder(t, aw, strAwait)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, Errorf(TypeErrorType, "'%s' object is not awaitable", TypeName(aw))
		}
		aw = r
	}
	a.it = aw
	return aw, nil
}

// translate turns the end of the async iteration into the default.
func (a *AnextAwaitable) translate(err error) error {
	if IsExceptionOf(err, StopAsyncIterationType) {
		return NewError(StopIterationType, a.dflt)
	}
	return err
}

func init() {
	s := &AnextAwaitableType.Slots
	s.Iter = selfIter
	s.Next = func(t *Thread, o Object) (Object, bool, error) {
		a := o.(*AnextAwaitable)
		it, err := a.iterator(t)
		if err != nil {
			return nil, false, a.translate(err)
		}
		v, ok, err := Next(t, it)
		if err != nil {
			return nil, false, a.translate(err)
		}
		return v, ok, nil
	}
	AnextAwaitableType.AddMethod("__await__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__await__", args, kw); err != nil {
			return nil, err
		}
		return self, nil
	}, "Return an iterator to be used in await expression.")
	for _, name := range []string{"send", "throw", "close"} {
		name := name
		AnextAwaitableType.AddMethod(name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			a := self.(*AnextAwaitable)
			it, err := a.iterator(t)
			if err != nil {
				return nil, a.translate(err)
			}
			m, err := GetAttrString(t, it, name)
			if err != nil {
				if name == "close" && IsExceptionOf(err, AttributeErrorType) {
					return None, nil
				}
				return nil, err
			}
			r, err := Call(t, m, args, kw)
			if err != nil {
				return nil, a.translate(err)
			}
			return r, nil
		}, "")
	}
}
