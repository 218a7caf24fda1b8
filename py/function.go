package py

// Function is a Python function: code plus the environment it runs in.
type Function struct {
	code      *Code
	globals   *Dict
	builtins  *Dict
	name      *Str
	qualname  *Str
	defaults  *Tuple // positional defaults, or nil
	kwdefault *Dict  // keyword-only defaults, or nil
	closure   *Tuple // cells for the free variables, or nil
	doc       Object
	annots    Object // annotations dict or tuple, or nil
	dict      *Dict
	module    Object
}

// FunctionType is the type of Python functions.
var FunctionType = newBuiltinType("function", ObjectType, FlagHasDict)

// Type returns FunctionType.
func (*Function) Type() *Type { return FunctionType }

func (f *Function) instanceDict() *Dict {
	if f.dict == nil {
		f.dict = NewDict()
	}
	return f.dict
}

// Code returns the function's code object.
func (f *Function) Code() *Code { return f.code }

// Globals returns the function's globals.
func (f *Function) Globals() *Dict { return f.globals }

// Name returns __name__.
func (f *Function) Name() string { return f.name.s }

// Method is a function bound to an object (a bound method).
type Method struct {
	Func Object
	Self Object
}

// MethodType is the type of bound methods.
var MethodType = newBuiltinType("method", ObjectType, 0)

// Type returns MethodType.
func (*Method) Type() *Type { return MethodType }

// Cell holds a variable shared between a function and the functions
// nested in it. Value is nil when the variable is unbound.
type Cell struct {
	Value Object
}

// CellType is the type of cells.
var CellType = newBuiltinType("cell", ObjectType, 0)

// Type returns CellType.
func (*Cell) Type() *Type { return CellType }
