package sre

import (
	"github.com/kaa-lang/kaa/py"
)

// fn is the signature of built-in methods.
type fn = func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error)

// noInstances is the New slot of types Python code cannot instantiate.
func noInstances(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
	return nil, py.Errorf(py.TypeErrorType, "cannot create '%s' instances", typ.Name)
}

// classGetItem is __class_getitem__ (PEP 585).
func classGetItem(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("__class_getitem__", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return py.NewGenericAlias(self, args[0]), nil
}

// copySelf is __copy__ of immutable objects.
func copySelf(typ string) fn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if kw != nil && kw.Len() > 0 || len(args) != 0 {
			return nil, py.Errorf(py.TypeErrorType, "%s.__copy__() takes no arguments (%d given)", typ, len(args))
		}
		return self, nil
	}
}

// deepcopySelf is __deepcopy__ of immutable objects.
func deepcopySelf(typ string) fn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if kw != nil && kw.Len() > 0 || len(args) != 1 {
			return nil, py.Errorf(py.TypeErrorType, "%s.__deepcopy__() takes exactly one argument (%d given)", typ, len(args))
		}
		return self, nil
	}
}

func init() {
	initPatternType()
	initMatchType()
	initScannerType()
}

func initPatternType() {
	typ := PatternType
	typ.QualName = "Pattern"
	typ.AddAttr("__module__", py.NewStr("re"))
	typ.Doc = "Compiled regular expression object."
	s := &typ.Slots
	s.New = noInstances
	s.Repr = func(t *py.Thread, o py.Object) (py.Object, error) { return o.(*Pattern).repr(t) }
	s.Hash = func(t *py.Thread, o py.Object) (int64, error) { return o.(*Pattern).hash(t) }
	s.Compare = func(t *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		p, ok1 := a.(*Pattern)
		q, ok2 := b.(*Pattern)
		if !ok1 || !ok2 || (op != py.CmpEQ && op != py.CmpNE) {
			return py.NotImplemented, nil
		}
		eq, err := p.equal(t, q)
		if err != nil {
			return nil, err
		}
		return py.Bool(eq == (op == py.CmpEQ)), nil
	}
	typ.AddMethod("match", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self.(*Pattern).exec(t, "match", modeMatch, args, kw)
	}, "Matches zero or more characters at the beginning of the string.")
	typ.AddMethod("fullmatch", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self.(*Pattern).exec(t, "fullmatch", modeFullmatch, args, kw)
	}, "Matches against all of the string.")
	typ.AddMethod("search", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self.(*Pattern).exec(t, "search", modeSearch, args, kw)
	}, "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.")
	typ.AddMethod("sub", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self.(*Pattern).subx(t, "sub", args, kw, false)
	}, "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.")
	typ.AddMethod("subn", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self.(*Pattern).subx(t, "subn", args, kw, true)
	}, "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.")
	typ.AddMethod("findall", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self.(*Pattern).findall(t, args, kw)
	}, "Return a list of all non-overlapping matches of pattern in string.")
	typ.AddMethod("split", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self.(*Pattern).split(t, args, kw)
	}, "Split string by the occurrences of pattern.")
	typ.AddMethod("finditer", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self.(*Pattern).finditer(t, args, kw)
	}, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.")
	typ.AddMethod("scanner", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self.(*Pattern).scanner(t, "scanner", args, kw)
	}, "")
	typ.AddMethod("__copy__", copySelf("Pattern"), "")
	typ.AddMethod("__deepcopy__", deepcopySelf("Pattern"), "")
	typ.AddClassMethod("__class_getitem__", classGetItem, "See PEP 585")
	typ.AddGetSet("pattern", func(t *py.Thread, o py.Object) (py.Object, error) {
		return o.(*Pattern).source, nil
	}, nil, "The pattern string from which the RE object was compiled.")
	typ.AddGetSet("flags", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewInt(int64(o.(*Pattern).prog.flags)), nil
	}, nil, "The regex matching flags.")
	typ.AddGetSet("groups", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewInt(int64(o.(*Pattern).prog.groups)), nil
	}, nil, "The number of capturing groups in the pattern.")
	typ.AddGetSet("groupindex", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewMappingProxy(o.(*Pattern).groupindex), nil
	}, nil, "A dictionary mapping group names to group numbers.")
}

// matchArg unpacks the optional group argument of start, end and span.
func matchArg(t *py.Thread, name string, m *Match, args []py.Object, kw *py.Tuple) (int, error) {
	if kw != nil && kw.Len() > 0 {
		return 0, py.Errorf(py.TypeErrorType, "Match.%s() takes no keyword arguments", name)
	}
	switch len(args) {
	case 0:
		return 0, nil
	case 1:
		return m.groupIndex(t, args[0])
	}
	return 0, py.Errorf(py.TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
}

func initMatchType() {
	typ := MatchType
	typ.QualName = "Match"
	typ.AddAttr("__module__", py.NewStr("re"))
	typ.Doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True."
	s := &typ.Slots
	s.New = noInstances
	s.Repr = func(t *py.Thread, o py.Object) (py.Object, error) { return o.(*Match).repr(t) }
	s.GetItem = func(t *py.Thread, o, k py.Object) (py.Object, error) { return o.(*Match).group(t, k, py.None) }
	typ.AddMethod("group", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		m := self.(*Match)
		if kw != nil && kw.Len() > 0 {
			return nil, py.Errorf(py.TypeErrorType, "Match.group() takes no keyword arguments")
		}
		switch len(args) {
		case 0:
			return m.groupByIndex(0, py.None), nil
		case 1:
			return m.group(t, args[0], py.None)
		}
		items := make([]py.Object, len(args))
		for i, a := range args {
			g, err := m.group(t, a, py.None)
			if err != nil {
				return nil, err
			}
			items[i] = g
		}
		return py.NewTupleFromSlice(items), nil
	}, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.")
	for _, name := range []string{"start", "end", "span"} {
		name := name
		typ.AddMethod(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			m := self.(*Match)
			i, err := matchArg(t, name, m, args, kw)
			if err != nil {
				return nil, err
			}
			switch name {
			case "start":
				return py.NewInt(int64(m.marks[2*i])), nil
			case "end":
				return py.NewInt(int64(m.marks[2*i+1])), nil
			}
			return m.span(i), nil
		}, map[string]string{
			"start": "Return index of the start of the substring matched by group.",
			"end":   "Return index of the end of the substring matched by group.",
			"span":  "For match object m, return the 2-tuple (m.start(group), m.end(group)).",
		}[name])
	}
	typ.AddMethod("groups", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		m := self.(*Match)
		var def py.Object = py.None
		if err := py.UnpackArgs("groups", args, kw, "default?", &def); err != nil {
			return nil, err
		}
		items := make([]py.Object, m.pattern.prog.groups)
		for i := range items {
			items[i] = m.groupByIndex(i+1, def)
		}
		return py.NewTupleFromSlice(items), nil
	}, "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.")
	typ.AddMethod("groupdict", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		m := self.(*Match)
		var def py.Object = py.None
		if err := py.UnpackArgs("groupdict", args, kw, "default?", &def); err != nil {
			return nil, err
		}
		d := py.NewDict()
		for _, name := range m.pattern.prog.names {
			g := m.pattern.prog.groupdict[name]
			if err := d.SetItem(t, py.NewStr(name), m.groupByIndex(g, def)); err != nil {
				return nil, err
			}
		}
		return d, nil
	}, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match.")
	typ.AddMethod("expand", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		m := self.(*Match)
		var tmpl py.Object
		if err := py.UnpackArgs("expand", args, kw, "template", &tmpl); err != nil {
			return nil, err
		}
		tp, err := parseTemplate(t, m.pattern, tmpl)
		if err != nil {
			return nil, err
		}
		return tp.expand(t, m)
	}, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.")
	typ.AddMethod("__copy__", copySelf("Match"), "")
	typ.AddMethod("__deepcopy__", deepcopySelf("Match"), "")
	typ.AddClassMethod("__class_getitem__", classGetItem, "See PEP 585")
	typ.AddGetSet("lastindex", func(t *py.Thread, o py.Object) (py.Object, error) {
		m := o.(*Match)
		if m.lastindex >= 0 {
			return py.NewInt(int64(m.lastindex)), nil
		}
		return py.None, nil
	}, nil, "The integer index of the last matched capturing group.")
	typ.AddGetSet("lastgroup", func(t *py.Thread, o py.Object) (py.Object, error) {
		m := o.(*Match)
		if ig := m.pattern.indexgroup; ig != nil && m.lastindex >= 0 && m.lastindex < ig.Len() {
			return ig.Items()[m.lastindex], nil
		}
		return py.None, nil
	}, nil, "The name of the last matched capturing group.")
	typ.AddGetSet("regs", func(t *py.Thread, o py.Object) (py.Object, error) {
		return o.(*Match).getRegs(), nil
	}, nil, "")
	typ.AddGetSet("string", func(t *py.Thread, o py.Object) (py.Object, error) {
		return o.(*Match).subj.obj, nil
	}, nil, "The string passed to match() or search().")
	typ.AddGetSet("re", func(t *py.Thread, o py.Object) (py.Object, error) {
		return o.(*Match).pattern, nil
	}, nil, "The regular expression object.")
	typ.AddGetSet("pos", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewInt(int64(o.(*Match).pos)), nil
	}, nil, "The index into the string at which the RE engine started looking for a match.")
	typ.AddGetSet("endpos", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewInt(int64(o.(*Match).endpos)), nil
	}, nil, "The index into the string beyond which the RE engine will not go.")
}

func initScannerType() {
	typ := ScannerType
	typ.QualName = "SRE_Scanner"
	typ.AddAttr("__module__", py.NewStr("_sre"))
	typ.Slots.New = noInstances
	for _, name := range []string{"match", "search"} {
		search := name == "search"
		name := name
		typ.AddMethod(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if len(args) != 0 || (kw != nil && kw.Len() > 0) {
				return nil, py.Errorf(py.TypeErrorType, "%s() takes no arguments", name)
			}
			return self.(*Scanner).next(search)
		}, "")
	}
	typ.AddGetSet("pattern", func(t *py.Thread, o py.Object) (py.Object, error) {
		return o.(*Scanner).pattern, nil
	}, nil, "")
}
