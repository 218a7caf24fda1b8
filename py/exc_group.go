package py

// Exception groups (PEP 654): BaseExceptionGroup and ExceptionGroup, and
// the split machinery behind except*.

// excGroupMembers returns the exceptions of a group.
func excGroupMembers(e *Exception) []Object {
	if l, ok := e.attr("exceptions").(*Tuple); ok {
		return l.items
	}
	return nil
}

// isExceptionGroup reports whether o is an exception group.
func isExceptionGroup(o Object) bool {
	e, ok := o.(*Exception)
	return ok && e.typ.IsSubtype(BaseExceptionGroupType)
}

// initExceptionGroups fills the slots and methods of the exception group
// types; exc_slots.go calls it after the common exception slots.
func initExceptionGroups() {
	for _, typ := range []*Type{BaseExceptionGroupType, ExceptionGroupType} {
		typ.Slots.New = excGroupNew
		typ.Slots.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error { return nil }
		typ.Slots.Str = func(t *Thread, o Object) (Object, error) {
			e := o.(*Exception)
			msg, _ := e.attr("message").(*Str)
			n := len(excGroupMembers(e))
			s := "s"
			if n == 1 {
				s = ""
			}
			return NewStr(sprintf("%s (%d sub-exception%s)", msg.String(), n, s)), nil
		}
	}
	g := BaseExceptionGroupType
	g.AddGetSet("message", func(t *Thread, o Object) (Object, error) { return o.(*Exception).attr("message"), nil }, nil, "exception message")
	g.AddGetSet("exceptions", func(t *Thread, o Object) (Object, error) { return o.(*Exception).attr("exceptions"), nil }, nil, "nested exceptions")
	g.AddMethod("derive", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("derive", 1, args, kw); err != nil {
			return nil, err
		}
		e := self.(*Exception)
		return Call(t, BaseExceptionGroupType, []Object{e.attr("message"), args[0]}, nil)
	}, "")
	g.AddMethod("split", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("split", 1, args, kw); err != nil {
			return nil, err
		}
		m, err := newEGMatcher(args[0])
		if err != nil {
			return nil, err
		}
		match, rest, err := egSplit(t, self.(*Exception), m, true)
		if err != nil {
			return nil, err
		}
		return NewTuple(orNone(match), orNone(rest)), nil
	}, "")
	g.AddMethod("subgroup", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("subgroup", 1, args, kw); err != nil {
			return nil, err
		}
		m, err := newEGMatcher(args[0])
		if err != nil {
			return nil, err
		}
		match, _, err := egSplit(t, self.(*Exception), m, false)
		if err != nil {
			return nil, err
		}
		return orNone(match), nil
	}, "")
	g.AddClassMethod("__class_getitem__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewGenericAlias(self, args[0]), nil
	}, "")
}

func orNone(e *Exception) Object {
	if e == nil {
		return None
	}
	return e
}

// excGroupNew is BaseExceptionGroup.__new__(cls, message, exceptions).
func excGroupNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	if kw != nil && kw.Len() > 0 {
		return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", typ.Name)
	}
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "argument 1 must be str, not %s", TypeName(args[0]))
	}
	seqTyp := args[1].Type()
	if seqTyp.Slots.GetItem == nil || seqTyp.Flags&FlagDictSubclass != 0 {
		return nil, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	items, err := ListFromIterable(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	allExc := true
	for i, it := range items {
		e, ok := it.(*Exception)
		if !ok {
			return nil, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.typ.IsSubtype(ExceptionType) {
			allExc = false
		}
	}
	cls := typ
	if typ == BaseExceptionGroupType {
		if allExc {
			cls = ExceptionGroupType
		}
	} else if typ == ExceptionGroupType {
		if !allExc {
			return nil, Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	} else if !allExc && !typ.IsSubtype(ExceptionType) == false {
		return nil, Errorf(TypeErrorType, "Cannot nest BaseExceptions in '%s'", typ.Name)
	}
	e := &Exception{typ: cls, args: NewTupleCopy(args)}
	e.setAttr("message", msg)
	e.setAttr("exceptions", NewTupleFromSlice(items))
	return e, nil
}

// egMatcher decides which leaf exceptions a split selects.
type egMatcher struct {
	typ  Object // a class or tuple of classes
	pred Object // a callable
	ids  map[*Exception]bool
}

func newEGMatcher(cond Object) (*egMatcher, error) {
	switch c := cond.(type) {
	case *Type:
		if c.IsSubtype(BaseExceptionType) {
			return &egMatcher{typ: cond}, nil
		}
	case *Tuple:
		ok := true
		for _, x := range c.items {
			if xt, isT := x.(*Type); !isT || !xt.IsSubtype(BaseExceptionType) {
				ok = false
			}
		}
		if ok {
			return &egMatcher{typ: cond}, nil
		}
	}
	if cond.Type().Slots.Call != nil {
		if _, isType := cond.(*Type); !isType {
			return &egMatcher{pred: cond}, nil
		}
	}
	return nil, Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
}

func (m *egMatcher) matches(t *Thread, e *Exception) (bool, error) {
	switch {
	case m.ids != nil:
		return m.ids[e], nil
	case m.typ != nil:
		return exceptionIsInstance(e, m.typ), nil
	}
	r, err := Call(t, m.pred, []Object{e}, nil)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

// egSplit splits e into the part that matches and the rest (nil for an
// empty part).
func egSplit(t *Thread, e *Exception, m *egMatcher, wantRest bool) (*Exception, *Exception, error) {
	ok, err := m.matches(t, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !isExceptionGroup(e) {
		return nil, e, nil
	}
	var matched, rest []Object
	for _, sub := range excGroupMembers(e) {
		se := sub.(*Exception)
		sm, sr, err := egSplit(t, se, m, wantRest)
		if err != nil {
			return nil, nil, err
		}
		if sm != nil {
			matched = append(matched, sm)
		}
		if sr != nil {
			rest = append(rest, sr)
		}
	}
	mk := func(items []Object) (*Exception, error) {
		if len(items) == 0 {
			return nil, nil
		}
		r, err := CallMethod(t, e, "derive", NewList(items))
		if err != nil {
			return nil, err
		}
		ne, ok := r.(*Exception)
		if !ok || !isExceptionGroup(ne) {
			return nil, Errorf(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
		}
		ne.traceback, ne.cause, ne.context = e.traceback, e.cause, e.context
		if e.dict != nil {
			if notes := e.dict.GetString("__notes__"); notes != nil {
				ne.setAttr("__notes__", notes)
			}
		}
		return ne, nil
	}
	me, err := mk(matched)
	if err != nil {
		return nil, nil, err
	}
	var re *Exception
	if wantRest {
		if re, err = mk(rest); err != nil {
			return nil, nil, err
		}
	}
	return me, re, nil
}

// exceptionGroupMatch is CHECK_EG_MATCH: it returns (rest, match), match
// being None when nothing matched.
func exceptionGroupMatch(t *Thread, excv, typ Object) (Object, Object, error) {
	if err := checkExceptClass(typ, true); err != nil {
		return nil, nil, err
	}
	exc, ok := excv.(*Exception)
	if !ok || excv == None {
		return None, None, nil
	}
	if exceptionIsInstance(exc, typ) {
		if isExceptionGroup(exc) {
			return None, exc, nil
		}
		wrapped, err := Call(t, ExceptionGroupType, []Object{emptyStr, NewTuple(exc)}, nil)
		if err != nil {
			return nil, nil, err
		}
		we := wrapped.(*Exception)
		we.traceback = exc.traceback
		return None, we, nil
	}
	if isExceptionGroup(exc) {
		match, rest, err := egSplit(t, exc, &egMatcher{typ: typ}, true)
		if err != nil {
			return nil, nil, err
		}
		if match == nil {
			return exc, None, nil
		}
		return orNone(rest), match, nil
	}
	return exc, None, nil
}

// prepReraiseStar is PREP_RERAISE_STAR: it combines the exceptions the
// except* clauses raised and re-raised into what propagates.
func prepReraiseStar(t *Thread, orig, excs Object) (Object, error) {
	l := excs.(*List)
	if len(l.items) == 0 {
		return None, nil
	}
	oe, ok := orig.(*Exception)
	if !ok || !isExceptionGroup(oe) {
		for _, x := range l.items {
			if x != None {
				return x, nil
			}
		}
		return None, nil
	}
	var raised []Object
	reraisedIDs := map[*Exception]bool{}
	for _, x := range l.items {
		e, ok := x.(*Exception)
		if !ok {
			continue
		}
		if e.traceback == oe.traceback && e.cause == oe.cause && e.context == oe.context {
			collectLeaves(e, reraisedIDs)
		} else {
			raised = append(raised, e)
		}
	}
	var reraised *Exception
	if len(reraisedIDs) > 0 {
		var err error
		reraised, _, err = egSplit(t, oe, &egMatcher{ids: reraisedIDs}, false)
		if err != nil {
			return nil, err
		}
	}
	if len(raised) == 0 {
		return orNone(reraised), nil
	}
	if reraised != nil {
		raised = append(raised, reraised)
	}
	if len(raised) == 1 && reraised == nil {
		return raised[0], nil
	}
	return Call(t, ExceptionGroupType, []Object{emptyStr, NewList(raised)}, nil)
}

// collectLeaves adds the non-group exceptions inside e to ids.
func collectLeaves(e *Exception, ids map[*Exception]bool) {
	if !isExceptionGroup(e) {
		ids[e] = true
		return
	}
	for _, s := range excGroupMembers(e) {
		if se, ok := s.(*Exception); ok {
			collectLeaves(se, ids)
		}
	}
}
