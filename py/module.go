package py

// Module is a Python module: a namespace dict with a name.
type Module struct {
	dict *Dict
	typ  *Type // a subclass of module, or nil
	// initializing is set while the module's code runs (for the circular
	// import message).
	initializing bool
}

// ModuleType is the type of modules.
var ModuleType = newBuiltinType("module", ObjectType, FlagBaseType|FlagHasDict)

// Type returns ModuleType (or the module's subclass).
func (m *Module) Type() *Type {
	if m.typ != nil {
		return m.typ
	}
	return ModuleType
}

func (m *Module) instanceDict() *Dict { return m.dict }

// NewModule returns an empty module called name.
func NewModule(name string) *Module {
	m := &Module{dict: NewDict()}
	m.dict.SetStr(dnName, NewStr(name))
	m.dict.SetStr(dnDoc, None)
	m.dict.SetString("__package__", None)
	m.dict.SetString("__loader__", None)
	m.dict.SetString("__spec__", None)
	return m
}

// Dict returns the module's namespace.
func (m *Module) Dict() *Dict { return m.dict }

// Name returns the module's __name__ (or "?" when it is not a str).
func (m *Module) Name() string {
	if s, ok := m.dict.GetStr(dnName).(*Str); ok {
		return s.s
	}
	return "?"
}

// NameObject returns __name__ as an object.
func (m *Module) NameObject() Object {
	if v := m.dict.GetStr(dnName); v != nil {
		return v
	}
	return None
}

// Get returns the module attribute name, or nil.
func (m *Module) Get(name string) Object { return m.dict.GetString(name) }

// Set sets the module attribute name.
func (m *Module) Set(name string, v Object) { m.dict.SetString(name, v) }

// AddFunc adds a built-in function to the module.
func (m *Module) AddFunc(name string, fn BuiltinFn, doc string) {
	m.dict.SetString(name, &BuiltinFunction{Name: name, Fn: fn, Self: m, Doc: doc})
}

func init() {
	s := &ModuleType.Slots
	s.GetAttr = func(t *Thread, o Object, name *Str) (Object, error) {
		v, err := GenericGetAttr(t, o, name)
		if err == nil || !IsExceptionOf(err, AttributeErrorType) {
			return v, err
		}
		m := o.(*Module)
		if ga := m.dict.GetStr(dnGetattr); ga != nil {
			return Call(t, ga, []Object{name}, nil)
		}
		return nil, attributeError(m, name)
	}
	s.Repr = moduleRepr
	s.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		m := &Module{dict: NewDict()}
		if typ != ModuleType {
			m.typ = typ
		}
		return m, nil
	}
	s.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
		var name, doc Object = nil, None
		if err := UnpackArgs("module", args, kw, "name", &name, "doc?", &doc); err != nil {
			return err
		}
		if _, ok := AsStr(name); !ok {
			return Errorf(TypeErrorType, "module.__init__() argument 'name' must be str, not %s", TypeName(name))
		}
		m := o.(*Module)
		m.dict.SetStr(dnName, name)
		m.dict.SetStr(dnDoc, doc)
		m.dict.SetString("__package__", None)
		m.dict.SetString("__loader__", None)
		m.dict.SetString("__spec__", None)
		return nil
	}
	ModuleType.AddGetSet("__dict__", func(t *Thread, o Object) (Object, error) { return o.(*Module).dict, nil }, nil, "")
}
