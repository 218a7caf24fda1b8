package py

func init() {
	s := &PropertyType.Slots
	s.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		p := &Property{Get: None, Set: None, Del: None, Doc: None}
		if typ != PropertyType {
			return newInstanceWithBase(t, typ, p)
		}
		return p, nil
	}
	s.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
		p := asProperty(o)
		var fget, fset, fdel, doc Object = None, None, None, None
		if err := UnpackArgs("property", args, kw, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return err
		}
		p.Get, p.Set, p.Del, p.Doc = fget, fset, fdel, doc
		if doc == None && fget != None {
			if d, err := GetAttrOpt(t, fget, dnDoc); err == nil && d != nil {
				p.Doc = d
			}
		}
		return nil
	}
	s.DescrGet = func(t *Thread, o, obj Object, typ *Type) (Object, error) {
		p := asProperty(o)
		if obj == nil {
			return o, nil
		}
		if p.Get == None {
			return nil, Errorf(AttributeErrorType, "property %sof '%s' object has no getter", propertyName(t, p), TypeName(obj))
		}
		if f, ok := p.Get.(*Function); ok {
			return t.callFunctionSelf(f, obj, nil, nil)
		}
		return Call(t, p.Get, []Object{obj}, nil)
	}
	s.DescrSet = func(t *Thread, o, obj, v Object) error {
		p := asProperty(o)
		if v == nil {
			if p.Del == None {
				return Errorf(AttributeErrorType, "property %sof '%s' object has no deleter", propertyName(t, p), TypeName(obj))
			}
			_, err := Call(t, p.Del, []Object{obj}, nil)
			return err
		}
		if p.Set == None {
			return Errorf(AttributeErrorType, "property %sof '%s' object has no setter", propertyName(t, p), TypeName(obj))
		}
		_, err := Call(t, p.Set, []Object{obj, v}, nil)
		return err
	}
	copyWith := func(which int) BuiltinFn {
		return func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("getter", 1, args, kw); err != nil {
				return nil, err
			}
			p := asProperty(self)
			n := &Property{Get: p.Get, Set: p.Set, Del: p.Del, Doc: p.Doc, name: p.name}
			switch which {
			case 0:
				n.Get = args[0]
				if p.Doc == None {
					if d, err := GetAttrOpt(t, args[0], dnDoc); err == nil && d != nil {
						n.Doc = d
					}
				}
			case 1:
				n.Set = args[0]
			case 2:
				n.Del = args[0]
			}
			if self.Type() != PropertyType {
				return Call(t, self.Type(), []Object{n.Get, n.Set, n.Del, n.Doc}, nil)
			}
			return n, nil
		}
	}
	PropertyType.AddMethod("getter", copyWith(0), "Descriptor to obtain a copy of the property with a different getter.")
	PropertyType.AddMethod("setter", copyWith(1), "Descriptor to obtain a copy of the property with a different setter.")
	PropertyType.AddMethod("deleter", copyWith(2), "Descriptor to obtain a copy of the property with a different deleter.")
	PropertyType.AddMethod("__set_name__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if len(args) == 2 {
			asProperty(self).name = args[1]
		}
		return None, nil
	}, "")
	PropertyType.AddGetSet("fget", func(t *Thread, o Object) (Object, error) { return asProperty(o).Get, nil }, nil, "")
	PropertyType.AddGetSet("fset", func(t *Thread, o Object) (Object, error) { return asProperty(o).Set, nil }, nil, "")
	PropertyType.AddGetSet("fdel", func(t *Thread, o Object) (Object, error) { return asProperty(o).Del, nil }, nil, "")
	PropertyType.AddGetSet("__doc__", func(t *Thread, o Object) (Object, error) { return asProperty(o).Doc, nil },
		func(t *Thread, o, v Object) error {
			asProperty(o).Doc = v
			return nil
		}, "")
	PropertyType.AddGetSet("__isabstractmethod__", func(t *Thread, o Object) (Object, error) {
		p := asProperty(o)
		for _, f := range []Object{p.Get, p.Set, p.Del} {
			if f != None {
				if v, err := isAbstract(t, f); err != nil || v == True {
					return v, err
				}
			}
		}
		return False, nil
	}, nil, "")
}

func asProperty(o Object) *Property {
	switch v := o.(type) {
	case *Property:
		return v
	case *Instance:
		return v.base.(*Property)
	}
	return nil
}

// propertyName is the property's name for error messages ("'x' "), or
// "" when it has none.
func propertyName(t *Thread, p *Property) string {
	if p.name != nil {
		if r, err := Repr(t, p.name); err == nil {
			return r.s + " "
		}
	}
	if p.Get != None {
		if n, err := GetAttrOpt(t, p.Get, dnName); err == nil && n != nil {
			if r, err := Repr(t, n); err == nil {
				return r.s + " "
			}
		}
	}
	return ""
}
