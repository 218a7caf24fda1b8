package py

// initModules creates the builtins and sys modules of a new interpreter.
func (in *Interpreter) initModules() {
	b := NewModule("builtins")
	b.dict.SetStr(strDoc, NewStr("Built-in functions, types, exceptions, and other objects."))
	for _, typ := range builtinTypes() {
		b.dict.SetString(typ.Name, typ)
	}
	for _, typ := range exceptionTypes {
		b.dict.SetString(typ.Name, typ)
	}
	b.dict.SetString("EnvironmentError", OSErrorType)
	b.dict.SetString("IOError", OSErrorType)
	b.dict.SetString("None", None)
	b.dict.SetString("Ellipsis", Ellipsis)
	b.dict.SetString("NotImplemented", NotImplemented)
	b.dict.SetString("True", True)
	b.dict.SetString("False", False)
	b.dict.SetString("__debug__", True)
	in.builtins = b
	in.modules.SetString("builtins", b)
	in.addBuiltinFunctions(b)
	in.initSys()
}

// builtinTypes lists the types the builtins module names.
func builtinTypes() []*Type {
	return []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType,
		BytesType, TupleType, ListType, DictType, SetType, FrozenSetType, SliceType,
		StaticMethodType, ClassMethodType, PropertyType}
}
