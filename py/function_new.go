package py

// function(code, globals, name=None, argdefs=None, closure=None) and
// code.replace(...).

func init() {
	FunctionType.Slots.New = functionNew
	CodeType.AddMethod("replace", codeReplace, "Return a copy of the code object with new values for the specified fields.")
}

// functionNew implements types.FunctionType(code, globals, ...).
func functionNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	var codeObj, globals Object
	var name, argdefs, closure Object = None, None, None
	if err := UnpackArgs("function", args, kw, "code", &codeObj, "globals", &globals, "name?", &name, "argdefs?", &argdefs, "closure?", &closure); err != nil {
		return nil, err
	}
	code, ok := codeObj.(*Code)
	if !ok {
		return nil, Errorf(TypeErrorType, "function() argument 'code' must be code, not %s", TypeName(codeObj))
	}
	g, ok := globals.(*Dict)
	if !ok {
		return nil, Errorf(TypeErrorType, "function() argument 'globals' must be dict, not %s", TypeName(globals))
	}
	fn := &Function{code: code, globals: g, name: code.name, qualname: code.qualname, doc: None}
	fn.builtins = t.interp.builtins.dict
	switch b := g.GetString("__builtins__").(type) {
	case *Module:
		fn.builtins = b.dict
	case *Dict:
		fn.builtins = b
	}
	if name != None {
		s, ok := AsStr(name)
		if !ok {
			return nil, Errorf(TypeErrorType, "arg 3 (name) must be None or string")
		}
		fn.name = s
	}
	if argdefs != None {
		d, ok := argdefs.(*Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "arg 4 (defaults) must be None or tuple")
		}
		fn.defaults = d
	}
	nfree := code.nfree
	if closure == None {
		if nfree > 0 {
			return nil, Errorf(TypeErrorType, "arg 5 (closure) must be tuple")
		}
	} else {
		c, ok := closure.(*Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "arg 5 (closure) must be tuple")
		}
		if len(c.items) != nfree {
			return nil, Errorf(ValueErrorType, "%s requires closure of length %d, not %d", code.name.s, nfree, len(c.items))
		}
		for _, x := range c.items {
			if _, ok := x.(*Cell); !ok {
				return nil, Errorf(TypeErrorType, "arg 5 (closure) expected cell, found %s", TypeName(x))
			}
		}
		fn.closure = c
	}
	if len(code.consts) > 0 {
		if s, ok := code.consts[0].(*Str); ok {
			fn.doc = s
		}
	}
	if m := g.GetStr(dnName); m != nil {
		fn.module = m
	} else {
		fn.module = None
	}
	return fn, nil
}

// codeReplace implements code.replace(**changes) for the fields that
// do not change the instructions' meaning.
func codeReplace(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if len(args) > 0 && (kw == nil || kw.Len() != len(args)) {
		return nil, Errorf(TypeErrorType, "replace() takes no positional arguments")
	}
	c := self.(*Code)
	bc := *c.bc
	n := 0
	if kw != nil {
		n = kw.Len()
	}
	for i := 0; i < n; i++ {
		k := kw.items[i].(*Str).s
		v := args[len(args)-n+i]
		str := func() (string, error) {
			s, ok := AsStr(v)
			if !ok {
				return "", Errorf(TypeErrorType, "replace() argument '%s' must be str, not %s", k, TypeName(v))
			}
			return s.s, nil
		}
		num := func() (int, error) { return AsIndex(t, v) }
		var err error
		switch k {
		case "co_name":
			bc.Name, err = str()
		case "co_qualname":
			bc.QualName, err = str()
		case "co_filename":
			bc.Filename, err = str()
		case "co_firstlineno":
			bc.FirstLineNo, err = num()
		case "co_flags":
			var f int
			f, err = num()
			bc.Flags = uint32(f)
		case "co_argcount":
			bc.ArgCount, err = num()
		case "co_posonlyargcount":
			bc.PosOnlyArgCount, err = num()
		case "co_kwonlyargcount":
			bc.KwOnlyArgCount, err = num()
		case "co_stacksize":
			bc.StackSize, err = num()
		default:
			return nil, Errorf(TypeErrorType, "replace() got an unexpected keyword argument '%s'", k)
		}
		if err != nil {
			return nil, err
		}
	}
	nc := *c
	nc.bc = &bc
	nc.name = t.interp.Intern(bc.Name)
	nc.qualname = t.interp.Intern(bc.QualName)
	nc.filename = t.interp.Intern(bc.Filename)
	nc.argcount, nc.posonly, nc.kwonly = bc.ArgCount, bc.PosOnlyArgCount, bc.KwOnlyArgCount
	nc.flags, nc.stacksize = bc.Flags, bc.StackSize
	nc.caches = make([]cacheEntry, len(c.instrs))
	return &nc, nil
}
