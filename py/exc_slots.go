package py

import "strings"

// newExceptionType makes a built-in exception class.
func newExceptionType(name string, base *Type, doc string) *Type {
	t := newBuiltinType(name, base, FlagBaseType|FlagBaseExcSubclass|FlagHasDict)
	t.Doc = doc
	return t
}

// newExceptionGroupType makes ExceptionGroup, whose bases are
// BaseExceptionGroup and Exception.
func newExceptionGroupType() *Type {
	t := newBuiltinType("ExceptionGroup", BaseExceptionGroupType, FlagBaseType|FlagBaseExcSubclass|FlagHasDict)
	t.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	t.MRO = []*Type{t, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
	return t
}

func init() {
	for _, typ := range exceptionTypes {
		s := &typ.Slots
		s.New = excNew
		s.Init = excInit
		s.Repr = excRepr
		s.Str = excStr
	}
	BaseExceptionType.AddGetSet("args", func(t *Thread, o Object) (Object, error) {
		return o.(*Exception).args, nil
	}, func(t *Thread, o, v Object) error {
		if v == nil {
			return Errorf(TypeErrorType, "args may not be deleted")
		}
		items, err := ListFromIterable(t, v)
		if err != nil {
			return err
		}
		o.(*Exception).args = NewTupleFromSlice(items)
		return nil
	}, "")
	BaseExceptionType.AddGetSet("__traceback__", func(t *Thread, o Object) (Object, error) {
		if tb := o.(*Exception).traceback; tb != nil {
			return tb, nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) error {
		e := o.(*Exception)
		switch tb := v.(type) {
		case *Traceback:
			e.traceback = tb
		case *NoneType:
			e.traceback = nil
		default:
			if v == nil {
				return Errorf(TypeErrorType, "__traceback__ may not be deleted")
			}
			return Errorf(TypeErrorType, "__traceback__ must be a traceback or None")
		}
		return nil
	}, "")
	BaseExceptionType.AddGetSet("__cause__", func(t *Thread, o Object) (Object, error) {
		return AsExceptionObject(o.(*Exception).cause), nil
	}, func(t *Thread, o, v Object) error {
		e := o.(*Exception)
		switch c := v.(type) {
		case *Exception:
			e.cause = c
		case *NoneType:
			e.cause = nil
		default:
			return Errorf(TypeErrorType, "exception cause must be None or derive from BaseException")
		}
		e.suppressContext = true
		return nil
	}, "exception cause")
	BaseExceptionType.AddGetSet("__context__", func(t *Thread, o Object) (Object, error) {
		return AsExceptionObject(o.(*Exception).context), nil
	}, func(t *Thread, o, v Object) error {
		e := o.(*Exception)
		switch c := v.(type) {
		case *Exception:
			e.context = c
		case *NoneType:
			e.context = nil
		default:
			return Errorf(TypeErrorType, "exception context must be None or derive from BaseException")
		}
		return nil
	}, "exception context")
	BaseExceptionType.AddGetSet("__suppress_context__", func(t *Thread, o Object) (Object, error) {
		return Bool(o.(*Exception).suppressContext), nil
	}, func(t *Thread, o, v Object) error {
		b, err := Truth(t, v)
		o.(*Exception).suppressContext = b
		return err
	}, "")
	BaseExceptionType.AddGetSet("__dict__", func(t *Thread, o Object) (Object, error) {
		return o.(*Exception).instanceDict(), nil
	}, nil, "")
	BaseExceptionType.AddMethod("with_traceback", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("with_traceback", 1, args, kw); err != nil {
			return nil, err
		}
		e := self.(*Exception)
		switch tb := args[0].(type) {
		case *Traceback:
			e.traceback = tb
		case *NoneType:
			e.traceback = nil
		default:
			return nil, Errorf(TypeErrorType, "__traceback__ must be a traceback or None")
		}
		return self, nil
	}, "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.")
	BaseExceptionType.AddMethod("add_note", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("add_note", 1, args, kw); err != nil {
			return nil, err
		}
		if _, ok := AsStr(args[0]); !ok {
			return nil, Errorf(TypeErrorType, "note must be a str, not '%s'", TypeName(args[0]))
		}
		e := self.(*Exception)
		d := e.instanceDict()
		notes := d.GetString("__notes__")
		if notes == nil {
			notes = NewList(nil)
			d.SetString("__notes__", notes)
		}
		l, ok := notes.(*List)
		if !ok {
			return nil, Errorf(TypeErrorType, "Cannot add note: __notes__ is not a list")
		}
		l.Append(args[0])
		return None, nil
	}, "Exception.add_note(note) --\n    add a note to the exception")

	StopIterationType.Slots.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
		if err := excInit(t, o, args, kw); err != nil {
			return err
		}
		v := Object(None)
		if len(args) > 0 {
			v = args[0]
		}
		o.(*Exception).setAttr("value", v)
		return nil
	}
	StopAsyncIterationType.Slots.Init = excInit
	argAttr := func(typ *Type, name string, whole bool) {
		typ.AddGetSet(name, func(t *Thread, o Object) (Object, error) {
			e := o.(*Exception)
			if e.dict != nil {
				if v := e.dict.GetString(name); v != nil {
					return v, nil
				}
			}
			switch n := len(e.args.items); {
			case n == 0:
				return None, nil
			case n == 1 || !whole:
				return e.args.items[0], nil
			}
			return e.args, nil
		}, func(t *Thread, o, v Object) error {
			if v == nil {
				v = None
			}
			o.(*Exception).setAttr(name, v)
			return nil
		}, "")
	}
	argAttr(StopIterationType, "value", false)
	argAttr(SystemExitType, "code", true)
	SystemExitType.Slots.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
		if err := excInit(t, o, args, kw); err != nil {
			return err
		}
		var code Object = None
		switch len(args) {
		case 0:
		case 1:
			code = args[0]
		default:
			code = NewTupleCopy(args)
		}
		o.(*Exception).setAttr("code", code)
		return nil
	}
	KeyErrorType.Slots.Str = func(t *Thread, o Object) (Object, error) {
		e := o.(*Exception)
		if len(e.args.items) == 1 {
			return Repr(t, e.args.items[0])
		}
		return excStr(t, o)
	}
	for _, typ := range []*Type{ImportErrorType, ModuleNotFoundErrorType} {
		typ.Slots.Init = importErrorInit
		typ.Slots.Str = func(t *Thread, o Object) (Object, error) {
			e := o.(*Exception)
			if m := e.attr("msg"); m != None {
				return StrOf(t, m)
			}
			return excStr(t, o)
		}
	}
	for _, typ := range []*Type{AttributeErrorType, NameErrorType, UnboundLocalErrorType} {
		name := typ.Name
		typ.Slots.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
			npos := len(args)
			if kw != nil {
				npos -= kw.Len()
			}
			e := o.(*Exception)
			e.args = NewTupleCopy(args[:npos])
			for i := 0; kw != nil && i < kw.Len(); i++ {
				k := kw.items[i].(*Str).s
				if k != "name" && (k != "obj" || name == "NameError" || name == "UnboundLocalError") {
					return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
				}
				e.setAttr(k, args[npos+i])
			}
			return nil
		}
	}
	OSErrorType.Slots.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		if typ == OSErrorType && len(args) >= 2 {
			if n, ok := args[0].(Int); ok {
				if p, ok := errnoTypes[int64(n)]; ok {
					typ = *p
				}
			}
		}
		return excNew(t, typ, args, kw)
	}
	initExceptionGroups()
	for _, typ := range exceptionTypes {
		if typ.IsSubtype(OSErrorType) {
			typ.Slots.Init = osErrorInit
			typ.Slots.Str = osErrorStr
		}
		if typ.IsSubtype(SyntaxErrorType) {
			typ.Slots.Init = syntaxErrorInit
			typ.Slots.Str = syntaxErrorStr
		}
	}
}

// excNew is BaseException.__new__: it stores the arguments as args.
func excNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	npos := len(args)
	if kw != nil {
		npos -= kw.Len()
	}
	return &Exception{typ: typ, args: NewTupleCopy(args[:npos])}, nil
}

// excInit is BaseException.__init__.
func excInit(t *Thread, o Object, args []Object, kw *Tuple) error {
	if kw != nil && kw.Len() > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", TypeName(o))
	}
	e, ok := o.(*Exception)
	if !ok {
		return Errorf(TypeErrorType, "descriptor '__init__' requires a 'BaseException' object but received a '%s'", TypeName(o))
	}
	e.args = NewTupleCopy(args)
	return nil
}

// excRepr is BaseException.__repr__: Name(arg, ...).
func excRepr(t *Thread, o Object) (Object, error) {
	e := o.(*Exception)
	name := e.typ.Name
	if len(e.args.items) == 1 {
		r, err := Repr(t, e.args.items[0])
		if err != nil {
			return nil, err
		}
		return NewStr(name + "(" + r.s + ")"), nil
	}
	r, err := Repr(t, e.args)
	if err != nil {
		return nil, err
	}
	return NewStr(name + r.s), nil
}

// excStr is BaseException.__str__.
func excStr(t *Thread, o Object) (Object, error) {
	e := o.(*Exception)
	switch len(e.args.items) {
	case 0:
		return emptyStr, nil
	case 1:
		return StrOf(t, e.args.items[0])
	}
	return StrOf(t, e.args)
}

// importErrorInit is ImportError.__init__(*args, name=None, path=None).
func importErrorInit(t *Thread, o Object, args []Object, kw *Tuple) error {
	npos := len(args)
	if kw != nil {
		npos -= kw.Len()
	}
	e := o.(*Exception)
	e.args = NewTupleCopy(args[:npos])
	e.setAttr("name", None)
	e.setAttr("path", None)
	for i := 0; kw != nil && i < kw.Len(); i++ {
		k := kw.items[i].(*Str).s
		if k != "name" && k != "path" {
			return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, TypeName(o))
		}
		e.setAttr(k, args[npos+i])
	}
	msg := Object(None)
	if npos == 1 {
		msg = args[0]
	}
	e.setAttr("msg", msg)
	return nil
}

// errnoTypes maps errno values to the OSError subclass CPython picks.
var errnoTypes = map[int64]**Type{
	2: &FileNotFoundErrorType, 17: &FileExistsErrorType, 21: &IsADirectoryErrorType,
	20: &NotADirectoryErrorType, 1: &PermissionErrorType, 13: &PermissionErrorType,
	3: &ProcessLookupErrorType, 110: &TimeoutErrorType, 4: &InterruptedErrorType,
	32: &BrokenPipeErrorType, 111: &ConnectionRefusedErrorType, 104: &ConnectionResetErrorType,
	103: &ConnectionAbortedErrorType, 10: &ChildProcessErrorType, 11: &BlockingIOErrorType,
}

// osErrorInit is OSError.__init__(errno, strerror[, filename[, winerror[, filename2]]]).
func osErrorInit(t *Thread, o Object, args []Object, kw *Tuple) error {
	if err := excInit(t, o, args, kw); err != nil {
		return err
	}
	e := o.(*Exception)
	e.setAttr("errno", None)
	e.setAttr("strerror", None)
	e.setAttr("filename", None)
	e.setAttr("filename2", None)
	if len(args) >= 2 && len(args) <= 5 {
		e.setAttr("errno", args[0])
		e.setAttr("strerror", args[1])
		if len(args) >= 3 {
			e.setAttr("filename", args[2])
			if len(args) == 5 {
				e.setAttr("filename2", args[4])
			}
			e.args = NewTuple(args[0], args[1])
		}
	}
	return nil
}

// osErrorStr formats "[Errno N] message: 'filename'".
func osErrorStr(t *Thread, o Object) (Object, error) {
	e := o.(*Exception)
	errno, strerror, fn := e.attr("errno"), e.attr("strerror"), e.attr("filename")
	if errno == None && strerror == None {
		return excStr(t, o)
	}
	es, err := StrOf(t, errno)
	if err != nil {
		return nil, err
	}
	ss, err := StrOf(t, strerror)
	if err != nil {
		return nil, err
	}
	s := "[Errno " + es.s + "] " + ss.s
	if fn != None {
		r, err := Repr(t, fn)
		if err != nil {
			return nil, err
		}
		s += ": " + r.s
		if fn2 := e.attr("filename2"); fn2 != None {
			r2, err := Repr(t, fn2)
			if err != nil {
				return nil, err
			}
			s += " -> " + r2.s
		}
	}
	return NewStr(s), nil
}

// NewOSError returns the OSError subclass CPython raises for errno, with
// the message and optional filename.
func NewOSError(errno int64, msg string, filename Object) *Exception {
	typ := OSErrorType
	if p, ok := errnoTypes[errno]; ok {
		typ = *p
	}
	e := &Exception{typ: typ, args: NewTuple(NewInt(errno), NewStr(msg))}
	e.setAttr("errno", NewInt(errno))
	e.setAttr("strerror", NewStr(msg))
	if filename == nil {
		filename = None
	}
	e.setAttr("filename", filename)
	e.setAttr("filename2", None)
	return e
}

// syntaxErrorInit is SyntaxError.__init__(msg, (filename, lineno, offset,
// text, end_lineno, end_offset)).
func syntaxErrorInit(t *Thread, o Object, args []Object, kw *Tuple) error {
	if err := excInit(t, o, args, kw); err != nil {
		return err
	}
	e := o.(*Exception)
	for _, k := range []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"} {
		e.setAttr(k, None)
	}
	if len(args) >= 1 {
		e.setAttr("msg", args[0])
	}
	if len(args) == 2 {
		info, ok := AsTuple(args[1])
		if !ok || len(info.items) < 4 || len(info.items) > 6 {
			return Errorf(IndexErrorType, "tuple index out of range")
		}
		keys := []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}
		for i, v := range info.items {
			e.setAttr(keys[i], v)
		}
	}
	return nil
}

// syntaxErrorStr formats "msg (filename, line N)".
func syntaxErrorStr(t *Thread, o Object) (Object, error) {
	e := o.(*Exception)
	msg, err := StrOf(t, e.attr("msg"))
	if err != nil {
		return nil, err
	}
	fn, hasFn := AsStr(e.attr("filename"))
	line, hasLine := e.attr("lineno").(Int)
	base := ""
	if hasFn {
		base = fn.s
		if i := strings.LastIndexByte(base, '/'); i >= 0 {
			base = base[i+1:]
		}
	}
	switch {
	case hasFn && hasLine:
		return NewStr(sprintf("%s (%s, line %d)", msg.s, base, int64(line))), nil
	case hasFn:
		return NewStr(sprintf("%s (%s)", msg.s, base)), nil
	case hasLine:
		return NewStr(sprintf("%s (line %d)", msg.s, int64(line))), nil
	}
	return msg, nil
}
