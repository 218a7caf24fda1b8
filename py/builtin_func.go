package py

// BuiltinFn is the Go signature of every built-in function and method:
// self is the object a method is called on (the module or nil for a
// plain function), args the positional arguments followed by the values
// of the keyword arguments that kwnames (nil when none) names. args is
// usually a window of the caller's value stack: copy what you keep.
type BuiltinFn func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error)

// BuiltinFunction is a built-in function, or a built-in method bound to
// its object (CPython's builtin_function_or_method).
type BuiltinFunction struct {
	Name   string
	Fn     BuiltinFn
	Self   Object // bound object, module, or nil
	Doc    string
	Module string // __module__ of a module-level function
	// QualOwner is the type of a bound method, for the qualified name
	// (list.append).
	QualOwner *Type
}

// BuiltinFunctionType is the type of built-in functions and bound
// built-in methods.
var BuiltinFunctionType = newBuiltinType("builtin_function_or_method", ObjectType, 0)

// Type returns BuiltinFunctionType.
func (*BuiltinFunction) Type() *Type { return BuiltinFunctionType }

// NewBuiltin returns a built-in function.
func NewBuiltin(name string, fn BuiltinFn, doc string) *BuiltinFunction {
	return &BuiltinFunction{Name: name, Fn: fn, Doc: doc}
}

// QualName returns the qualified name (list.append for a bound method).
func (f *BuiltinFunction) QualName() string {
	if f.QualOwner != nil {
		return f.QualOwner.Name + "." + f.Name
	}
	return f.Name
}

func init() {
	s := &BuiltinFunctionType.Slots
	s.Call = func(t *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		f := o.(*BuiltinFunction)
		return f.Fn(t, f.Self, args, kwnames)
	}
	s.Repr = func(t *Thread, o Object) (Object, error) {
		f := o.(*BuiltinFunction)
		if f.Self == nil || f.Type() == ModuleType {
			return NewStr("<built-in function " + f.Name + ">"), nil
		}
		if _, ok := f.Self.(*Module); ok {
			return NewStr("<built-in function " + f.Name + ">"), nil
		}
		return NewStr("<built-in method " + f.Name + " of " + f.Self.Type().Name + " object at " + addrOf(f.Self) + ">"), nil
	}
	BuiltinFunctionType.AddGetSet("__name__", func(t *Thread, o Object) (Object, error) {
		return NewStr(o.(*BuiltinFunction).Name), nil
	}, nil, "")
	BuiltinFunctionType.AddGetSet("__qualname__", func(t *Thread, o Object) (Object, error) {
		return NewStr(o.(*BuiltinFunction).QualName()), nil
	}, nil, "")
	BuiltinFunctionType.AddGetSet("__doc__", func(t *Thread, o Object) (Object, error) {
		if d := o.(*BuiltinFunction).Doc; d != "" {
			return NewStr(d), nil
		}
		return None, nil
	}, nil, "")
	BuiltinFunctionType.AddGetSet("__self__", func(t *Thread, o Object) (Object, error) {
		if s := o.(*BuiltinFunction).Self; s != nil {
			return s, nil
		}
		return None, nil
	}, nil, "")
	BuiltinFunctionType.AddGetSet("__module__", func(t *Thread, o Object) (Object, error) {
		f := o.(*BuiltinFunction)
		if f.Module != "" {
			return NewStr(f.Module), nil
		}
		if m, ok := f.Self.(*Module); ok {
			return m.NameObject(), nil
		}
		return None, nil
	}, nil, "")
}
