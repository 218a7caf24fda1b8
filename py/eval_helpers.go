package py

import (
	"math"
	"math/bits"

	"github.com/kaa-lang/kaa/bytecode"
)

// checkStop reports the error a stop request turns into.
func (in *Interpreter) checkStop() error {
	switch in.stop.Swap(0) {
	case 1:
		return NewError(KeyboardInterruptType)
	case 2:
		in.stop.Store(2)
		if e := in.stopReason.Load(); e != nil {
			return NewError(e.typ, e.args.items...)
		}
		return Errorf(SystemErrorType, "interpreter stopped")
	}
	return nil
}

// unboundLocal is the error for reading an unset fast local.
func unboundLocal(c *Code, i int) error {
	e := Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", c.varnames[i].s)
	e.setAttr("name", c.varnames[i])
	return e
}

// unboundDeref is the error for reading an empty cell.
func unboundDeref(c *Code, i int) error {
	name := c.varnames[i]
	if c.kinds[i]&bytecode.CO_FAST_FREE != 0 {
		e := Errorf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name.s)
		e.setAttr("name", name)
		return e
	}
	return unboundLocal(c, i)
}

// nameError is "name 'x' is not defined".
func nameError(name *Str) error {
	e := Errorf(NameErrorType, "name '%s' is not defined", name.s)
	e.setAttr("name", name)
	return e
}

// intFastOp computes the common int operations without allocation or
// dispatch; it returns nil when the slow path must be taken.
func (t *Thread) intFastOp(op BinaryOp, x, y int64) Object {
	switch op {
	case NB_ADD, NB_INPLACE_ADD:
		r := x + y
		if (r > x) == (y > 0) {
			return t.boxInt(r)
		}
	case NB_SUBTRACT, NB_INPLACE_SUBTRACT:
		r := x - y
		if (r < x) == (y > 0) {
			return t.boxInt(r)
		}
	case NB_MULTIPLY, NB_INPLACE_MULTIPLY:
		if x > -(1<<31) && x < 1<<31 && y > -(1<<31) && y < 1<<31 {
			return t.boxInt(x * y)
		}
		hi, lo := bits.Mul64(uint64(absInt64(x)), uint64(absInt64(y)))
		if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
			if (x < 0) != (y < 0) {
				return t.boxInt(-int64(lo))
			}
			return t.boxInt(int64(lo))
		}
	case NB_FLOOR_DIVIDE, NB_INPLACE_FLOOR_DIVIDE:
		if y > 0 && x >= 0 {
			return t.boxInt(x / y)
		}
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			return t.boxInt(floorDiv(x, y))
		}
	case NB_REMAINDER, NB_INPLACE_REMAINDER:
		if y > 0 && x >= 0 {
			return t.boxInt(x % y)
		}
		if y != 0 && y != -1 {
			return t.boxInt(floorMod(x, y))
		}
	case NB_AND, NB_INPLACE_AND:
		return t.boxInt(x & y)
	case NB_OR, NB_INPLACE_OR:
		return t.boxInt(x | y)
	case NB_XOR, NB_INPLACE_XOR:
		return t.boxInt(x ^ y)
	case NB_RSHIFT, NB_INPLACE_RSHIFT:
		if y >= 0 {
			if y > 63 {
				y = 63
			}
			return t.boxInt(x >> uint(y))
		}
	case NB_LSHIFT, NB_INPLACE_LSHIFT:
		if y >= 0 && y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return t.boxInt(r)
			}
		}
	case NB_TRUE_DIVIDE, NB_INPLACE_TRUE_DIVIDE:
		const exact = 1 << 53
		if y != 0 && x > -exact && x < exact && y > -exact && y < exact {
			return t.boxFloat(float64(x) / float64(y))
		}
	}
	return nil
}

// floatFastOp computes float <op> float-or-int for the common operations,
// returning nil for the slow path.
func (t *Thread) floatFastOp(op BinaryOp, x float64, b Object) Object {
	var y float64
	switch v := b.(type) {
	case Float:
		y = float64(v)
	case Int:
		if v > -(1<<53) && v < 1<<53 {
			y = float64(v)
		} else {
			return nil
		}
	default:
		return nil
	}
	switch op {
	case NB_ADD, NB_INPLACE_ADD:
		return t.boxFloat(x + y)
	case NB_SUBTRACT, NB_INPLACE_SUBTRACT:
		return t.boxFloat(x - y)
	case NB_MULTIPLY, NB_INPLACE_MULTIPLY:
		return t.boxFloat(x * y)
	case NB_TRUE_DIVIDE, NB_INPLACE_TRUE_DIVIDE:
		if y != 0 {
			return t.boxFloat(x / y)
		}
	}
	return nil
}

// cmpInt64Op compares two int64 values.
func cmpInt64Op(x, y int64, op CompareOp) bool {
	switch op {
	case CmpLT:
		return x < y
	case CmpLE:
		return x <= y
	case CmpEQ:
		return x == y
	case CmpNE:
		return x != y
	case CmpGT:
		return x > y
	}
	return x >= y
}

// handlerFor returns the exception-table entry covering instruction i.
func (c *Code) handlerFor(i int) *bytecode.ExceptionEntry {
	tab := c.bc.ExceptionTable
	for k := range tab {
		e := &tab[k]
		if i >= e.Start && i < e.End {
			return e
		}
	}
	return nil
}

// setContext chains exc to the exception being handled, breaking any
// cycle this would create (as CPython's _PyErr_SetObject does).
func setContext(exc, handled *Exception) {
	if handled == exc {
		return
	}
	o := handled
	for n := 0; n < 1000; n++ {
		c := o.context
		if c == nil {
			break
		}
		if c == exc {
			o.context = nil
			break
		}
		o = c
	}
	exc.context = handled
}

// mappingGet returns m[name] for a namespace mapping, or nil when the key
// is absent.
func mappingGet(t *Thread, m Object, name *Str) (Object, error) {
	if d, ok := m.(*Dict); ok {
		return d.GetItem(t, name)
	}
	v, err := GetItem(t, m, name)
	if err != nil {
		if IsExceptionOf(err, KeyErrorType) {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// loadName is LOAD_NAME: locals, globals, then builtins.
func (t *Thread) loadName(f *Frame, name *Str) (Object, error) {
	if f.locals != nil {
		v, err := mappingGet(t, f.locals, name)
		if err != nil || v != nil {
			return v, err
		}
	}
	if v := f.globals.GetStr(name); v != nil {
		return v, nil
	}
	if v := f.builtins.GetStr(name); v != nil {
		return v, nil
	}
	return nil, nameError(name)
}

// storeName is STORE_NAME.
func storeName(t *Thread, f *Frame, name *Str, v Object) error {
	switch l := f.locals.(type) {
	case *Dict:
		l.SetStr(name, v)
		return nil
	case nil:
		return Errorf(SystemErrorType, "no locals found when storing '%s'", name.s)
	}
	return SetItem(t, f.locals, name, v)
}

// deleteName is DELETE_NAME.
func deleteName(t *Thread, f *Frame, name *Str) error {
	switch l := f.locals.(type) {
	case *Dict:
		if !l.DelStr(name) {
			return nameError(name)
		}
		return nil
	case nil:
		return Errorf(SystemErrorType, "no locals when deleting '%s'", name.s)
	}
	if err := DelItem(t, f.locals, name); err != nil {
		if IsExceptionOf(err, KeyErrorType) {
			return nameError(name)
		}
		return err
	}
	return nil
}

// starError rewords the TypeError of unpacking a non-iterable after *.
func starError(err error, v Object) error {
	if IsExceptionOf(err, TypeErrorType) && v.Type().Slots.Iter == nil && v.Type().Slots.GetItem == nil {
		return Errorf(TypeErrorType, "Value after * must be an iterable, not %s", TypeName(v))
	}
	return err
}

// dictUpdateOp is DICT_UPDATE ({**m}).
func dictUpdateOp(t *Thread, d *Dict, m Object) error {
	if md, ok := m.(*Dict); ok {
		return d.Update(t, md)
	}
	if _, err := GetAttrOpt(t, m, NewStr("keys")); err != nil {
		return err
	}
	if k, _ := GetAttrOpt(t, m, NewStr("keys")); k == nil {
		return Errorf(TypeErrorType, "'%s' object is not a mapping", TypeName(m))
	}
	return dictMergeFrom(t, d, m, false)
}

// dictMergeOp is DICT_MERGE (f(**a, **b)): a repeated key is an error.
func dictMergeOp(t *Thread, d *Dict, m Object, fn Object) error {
	fname := funcNameForError(fn)
	src, ok := m.(*Dict)
	if !ok {
		k, err := GetAttrOpt(t, m, NewStr("keys"))
		if err != nil {
			return err
		}
		if k == nil {
			return Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", fname, TypeName(m))
		}
		src = NewDict()
		if err := dictMergeFrom(t, src, m, false); err != nil {
			return err
		}
	}
	for _, e := range src.entries {
		if e.key == nil {
			continue
		}
		if _, ok := e.key.(*Str); !ok {
			return Errorf(TypeErrorType, "%s keywords must be strings", fname)
		}
		ix, err := d.find(t, e.key, e.hash)
		if err != nil {
			return err
		}
		if ix >= 0 {
			ks := e.key.(*Str)
			return Errorf(TypeErrorType, "%s got multiple values for keyword argument '%s'", fname, ks.s)
		}
		d.insertNew(e.key, e.value, e.hash)
	}
	return nil
}

// funcNameForError names a callable as CPython's call errors do
// (_PyObject_FunctionStr): "__main__.f()", "len()", "list.append()".
func funcNameForError(fn Object) string {
	switch f := fn.(type) {
	case *Function:
		if m, ok := f.module.(*Str); ok && m.s != "builtins" {
			return m.s + "." + f.qualname.s + "()"
		}
		return f.qualname.s + "()"
	case *BuiltinFunction:
		return f.QualName() + "()"
	case *Method:
		return funcNameForError(f.Func)
	case *Type:
		if m := f.ModuleName(); m != "builtins" {
			return m + "." + f.QualName + "()"
		}
		return f.QualName + "()"
	}
	if fn == nil {
		return "function"
	}
	return TypeName(fn) + " object"
}

// unpackIterable unpacks seq into exactly before items (after < 0), or
// into before items, a list of the rest, and after items.
func unpackIterable(t *Thread, seq Object, before, after int) ([]Object, error) {
	typ := seq.Type()
	if typ.Slots.Iter == nil && typ.Slots.GetItem == nil {
		return nil, Errorf(TypeErrorType, "cannot unpack non-iterable %s object", typ.Name)
	}
	it, err := Iter(t, seq)
	if err != nil {
		return nil, err
	}
	out := make([]Object, 0, before+max(after, 0)+1)
	for i := 0; i < before; i++ {
		v, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			if after < 0 {
				return nil, Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, i)
			}
			return nil, Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, i)
		}
		out = append(out, v)
	}
	if after < 0 {
		_, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if ok {
			return nil, Errorf(ValueErrorType, "too many values to unpack (expected %d)", before)
		}
		return out, nil
	}
	rest, err := ListFromIterable(t, it)
	if err != nil {
		return nil, err
	}
	if len(rest) < after {
		return nil, Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, before+len(rest))
	}
	out = append(out, NewList(append([]Object(nil), rest[:len(rest)-after]...)))
	out = append(out, rest[len(rest)-after:]...)
	return out, nil
}

// formatValue is FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3
// ascii) then format(value, spec).
func formatValue(t *Thread, v Object, conv int, spec Object) (Object, error) {
	var err error
	switch conv {
	case 1:
		v, err = StrOf(t, v)
	case 2:
		v, err = Repr(t, v)
	case 3:
		v, err = Ascii(t, v)
	}
	if err != nil {
		return nil, err
	}
	if spec == nil {
		if s, ok := v.(*Str); ok {
			return s, nil
		}
		spec = emptyStr
	}
	return Format(t, v, spec.(*Str))
}

// makeFunction is MAKE_FUNCTION: it pops the code object and the parts
// the flags announce, returning the function and the new stack pointer.
func (t *Thread) makeFunction(f *Frame, sp int, flags uint32) (Object, int) {
	fast := f.fast
	sp--
	code := fast[sp].(*Code)
	fast[sp] = nil
	fn := &Function{code: code, globals: f.globals, builtins: f.builtins, name: code.name, qualname: code.qualname}
	if flags&0x08 != 0 {
		sp--
		fn.closure = fast[sp].(*Tuple)
		fast[sp] = nil
	}
	if flags&0x04 != 0 {
		sp--
		fn.annots = fast[sp]
		fast[sp] = nil
	}
	if flags&0x02 != 0 {
		sp--
		fn.kwdefault = fast[sp].(*Dict)
		fast[sp] = nil
	}
	if flags&0x01 != 0 {
		sp--
		fn.defaults = fast[sp].(*Tuple)
		fast[sp] = nil
	}
	fn.doc = None
	if len(code.consts) > 0 && code.flags&codeFlagHasDocstring(code) != 0 {
		fn.doc = code.consts[0]
	}
	if m := f.globals.GetStr(dnName); m != nil {
		fn.module = m
	} else {
		fn.module = None
	}
	return fn, sp
}

// codeFlagHasDocstring returns a non-zero mask when the code's first
// constant is its docstring (a str constant in first place for a
// function).
func codeFlagHasDocstring(c *Code) uint32 {
	if _, ok := c.consts[0].(*Str); ok {
		return 1
	}
	return 0
}

// callEx is CALL_FUNCTION_EX: f(*args, **kwargs).
func (t *Thread) callEx(fn, callargs, kwargs Object) (Object, error) {
	var items []Object
	switch a := callargs.(type) {
	case *Tuple:
		items = a.items
	case *List:
		items = a.items
	default:
		typ := callargs.Type()
		if typ.Slots.Iter == nil && typ.Slots.GetItem == nil {
			return nil, Errorf(TypeErrorType, "%s argument after * must be an iterable, not %s", funcNameForError(fn), typ.Name)
		}
		l, err := ListFromIterable(t, callargs)
		if err != nil {
			return nil, err
		}
		items = l
	}
	if kwargs == nil {
		return Call(t, fn, items, nil)
	}
	d, ok := kwargs.(*Dict)
	if !ok {
		d = NewDict()
		if err := dictMergeOp(t, d, kwargs, fn); err != nil {
			return nil, err
		}
	}
	if d.used == 0 {
		return Call(t, fn, items, nil)
	}
	all := make([]Object, 0, len(items)+d.used)
	all = append(all, items...)
	names := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key == nil {
			continue
		}
		if _, ok := e.key.(*Str); !ok {
			return nil, Errorf(TypeErrorType, "keywords must be strings")
		}
		names = append(names, e.key)
		all = append(all, e.value)
	}
	return Call(t, fn, all, NewTupleFromSlice(names))
}

// exceptionMatches is CHECK_EXC_MATCH: isinstance(exc, typ) where typ is
// an exception class or a tuple of them.
func exceptionMatches(t *Thread, exc, typ Object) (bool, error) {
	if err := checkExceptClass(typ, false); err != nil {
		return false, err
	}
	return exceptionIsInstance(exc, typ), nil
}

func exceptionIsInstance(exc, typ Object) bool {
	switch c := typ.(type) {
	case *Type:
		return exc.Type().IsSubtype(c)
	case *Tuple:
		for _, x := range c.items {
			if exceptionIsInstance(exc, x) {
				return true
			}
		}
	}
	return false
}

// checkExceptClass checks the class of an except clause.
func checkExceptClass(typ Object, star bool) error {
	switch c := typ.(type) {
	case *Type:
		if c.IsSubtype(BaseExceptionType) {
			if star && c.IsSubtype(BaseExceptionGroupType) {
				return Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
			}
			return nil
		}
	case *Tuple:
		for _, x := range c.items {
			if err := checkExceptClass(x, star); err != nil {
				return err
			}
		}
		return nil
	}
	return Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

// doRaise is RAISE_VARARGS: it returns the exception to raise, and
// whether it is a bare re-raise (which adds no traceback entry).
func (t *Thread) doRaise(exc, cause Object) (bool, error) {
	if exc == nil {
		if t.handled == nil {
			return false, Errorf(RuntimeErrorType, "No active exception to reraise")
		}
		return true, t.handled
	}
	e, err := t.exceptionInstance(exc, "exceptions must derive from BaseException")
	if err != nil {
		return false, err
	}
	if cause != nil {
		if cause == None {
			e.cause = nil
			e.suppressContext = true
		} else {
			c, err := t.exceptionInstance(cause, "exception causes must derive from BaseException")
			if err != nil {
				return false, err
			}
			e.cause = c
			e.suppressContext = true
		}
	}
	if t.handled != nil && t.handled != e {
		setContext(e, t.handled)
	}
	return false, e
}

// exceptionInstance turns the operand of raise into an exception: an
// instance as it is, a class called with no arguments.
func (t *Thread) exceptionInstance(o Object, msg string) (*Exception, error) {
	switch v := o.(type) {
	case *Exception:
		return v, nil
	case *Type:
		if v.IsSubtype(BaseExceptionType) {
			r, err := Call(t, v, nil, nil)
			if err != nil {
				return nil, err
			}
			e, ok := r.(*Exception)
			if !ok {
				return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", reprType(v), TypeName(r))
			}
			return e, nil
		}
	}
	return nil, Errorf(TypeErrorType, "%s", msg)
}

// reprType is repr() of a class.
func reprType(t *Type) string { return "<class '" + t.FullName() + "'>" }

// Names the with statement and the async protocols look up (static, so
// that the classes' lookup caches, keyed by name identity, hit).
var (
	dnEnter  = newStaticStr("__enter__")
	dnExit   = newStaticStr("__exit__")
	dnAEnter = newStaticStr("__aenter__")
	dnAExit  = newStaticStr("__aexit__")
	dnAwait  = newStaticStr("__await__")
	dnAIter  = newStaticStr("__aiter__")
	dnANext  = newStaticStr("__anext__")
)

// beforeWith is BEFORE_WITH: it returns the bound __exit__ and the
// result of __enter__().
func (t *Thread) beforeWith(mgr Object) (Object, Object, error) {
	typ := mgr.Type()
	enter := typ.Lookup(dnEnter)
	if enter == nil {
		return nil, nil, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol", typ.Name)
	}
	exitf := typ.Lookup(dnExit)
	if exitf == nil {
		return nil, nil, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", typ.Name)
	}
	exit, err := bindMethod(t, exitf, mgr)
	if err != nil {
		return nil, nil, err
	}
	res, err := callWithSelf(t, enter, mgr, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	return exit, res, nil
}

// bindMethod binds a class attribute to an instance as attribute access
// would.
func bindMethod(t *Thread, f, obj Object) (Object, error) {
	if fn, ok := f.(*Function); ok {
		return &Method{Func: fn, Self: obj}, nil
	}
	if get := f.Type().Slots.DescrGet; get != nil {
		return get(t, f, obj, obj.Type())
	}
	return f, nil
}

// setupAnnotations is SETUP_ANNOTATIONS.
func setupAnnotations(t *Thread, f *Frame) error {
	key := NewStr("__annotations__")
	v, err := mappingGet(t, f.locals, key)
	if err != nil || v != nil {
		return err
	}
	return storeName(t, f, key, NewDict())
}

// displayHook is PRINT_EXPR: sys.displayhook(v).
func (t *Thread) displayHook(v Object) error {
	hook := t.interp.sys.Get("displayhook")
	if hook == nil {
		return Errorf(RuntimeErrorType, "lost sys.displayhook")
	}
	_, err := Call(t, hook, []Object{v}, nil)
	return err
}
