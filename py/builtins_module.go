package py

// builtinFuncs holds the built-in functions every interpreter's builtins
// module starts with. Files add to it from their init function with
// AddBuiltin (construction of a read-only table, like AddMethod).
var builtinFuncs = NewDict()

// AddBuiltin adds a function to the builtins module of every interpreter.
// Call it from an init function.
func AddBuiltin(name string, fn BuiltinFn, doc string) {
	builtinFuncs.SetString(name, &BuiltinFunction{Name: name, Fn: fn, Doc: doc, Module: "builtins"})
}

// AddBuiltinObject adds any object to the builtins namespace of every
// interpreter (a type, a constant). Call it from an init function.
func AddBuiltinObject(name string, v Object) { builtinFuncs.SetString(name, v) }

// initModules creates the builtins and sys modules of a new interpreter.
func (in *Interpreter) initModules() {
	b := NewModule("builtins")
	b.dict.SetStr(dnDoc, NewStr("Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in value is needed through the builtins\nmodule.\n"))
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
	b.dict.SetString("__build_class__", &BuiltinFunction{Name: "__build_class__", Fn: buildClass, Module: "builtins",
		Doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement."})
	b.dict.SetString("__import__", &BuiltinFunction{Name: "__import__", Fn: builtinImport, Module: "builtins",
		Doc: "Import a module."})
	if err := b.dict.Update(nil, builtinFuncs); err != nil {
		panic(err)
	}
	in.builtins = b
	in.modules.SetString("builtins", b)
	in.initSys()
}

// builtinTypes lists the types the builtins module names.
func builtinTypes() []*Type {
	return []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType,
		BytesType, ByteArrayType, MemoryViewType, TupleType, ListType, DictType, SetType, FrozenSetType, SliceType, RangeType,
		StaticMethodType, ClassMethodType, PropertyType, SuperType}
}
