// Package operator implements the operator module: Python's operators
// as functions, and the attrgetter, itemgetter and methodcaller
// callables.
package operator

import (
	"github.com/kaa-lang/kaa/py"
)

// binaryOps maps the names of the arithmetic functions to their
// operation (the in-place ones included).
var binaryOps = []struct {
	name string
	op   py.BinaryOp
	doc  string
}{
	{"add", py.NB_ADD, "Same as a + b."},
	{"sub", py.NB_SUBTRACT, "Same as a - b."},
	{"mul", py.NB_MULTIPLY, "Same as a * b."},
	{"matmul", py.NB_MATRIX_MULTIPLY, "Same as a @ b."},
	{"truediv", py.NB_TRUE_DIVIDE, "Same as a / b."},
	{"floordiv", py.NB_FLOOR_DIVIDE, "Same as a // b."},
	{"mod", py.NB_REMAINDER, "Same as a % b."},
	{"pow", py.NB_POWER, "Same as a ** b."},
	{"lshift", py.NB_LSHIFT, "Same as a << b."},
	{"rshift", py.NB_RSHIFT, "Same as a >> b."},
	{"and_", py.NB_AND, "Same as a & b."},
	{"or_", py.NB_OR, "Same as a | b."},
	{"xor", py.NB_XOR, "Same as a ^ b."},
	{"iadd", py.NB_INPLACE_ADD, "Same as a += b."},
	{"isub", py.NB_INPLACE_SUBTRACT, "Same as a -= b."},
	{"imul", py.NB_INPLACE_MULTIPLY, "Same as a *= b."},
	{"imatmul", py.NB_INPLACE_MATRIX_MULTIPLY, "Same as a @= b."},
	{"itruediv", py.NB_INPLACE_TRUE_DIVIDE, "Same as a /= b."},
	{"ifloordiv", py.NB_INPLACE_FLOOR_DIVIDE, "Same as a //= b."},
	{"imod", py.NB_INPLACE_REMAINDER, "Same as a %= b."},
	{"ipow", py.NB_INPLACE_POWER, "Same as a **= b."},
	{"ilshift", py.NB_INPLACE_LSHIFT, "Same as a <<= b."},
	{"irshift", py.NB_INPLACE_RSHIFT, "Same as a >>= b."},
	{"iand", py.NB_INPLACE_AND, "Same as a &= b."},
	{"ior", py.NB_INPLACE_OR, "Same as a |= b."},
	{"ixor", py.NB_INPLACE_XOR, "Same as a ^= b."},
}

// compareOps are the comparison functions.
var compareOps = []struct {
	name string
	op   py.CompareOp
	doc  string
}{
	{"lt", py.CmpLT, "Same as a < b."},
	{"le", py.CmpLE, "Same as a <= b."},
	{"eq", py.CmpEQ, "Same as a == b."},
	{"ne", py.CmpNE, "Same as a != b."},
	{"gt", py.CmpGT, "Same as a > b."},
	{"ge", py.CmpGE, "Same as a >= b."},
}

// args1 and args2 check the argument count of a positional-only function.
func args1(name string, args []py.Object, kw *py.Tuple) error {
	if err := py.NoKwargs("_operator."+name, kw); err != nil {
		return err
	}
	if len(args) != 1 {
		return py.Errorf(py.TypeErrorType, "_operator.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

func args2(name string, args []py.Object, kw *py.Tuple) error {
	if kw != nil && kw.Len() > 0 {
		return py.Errorf(py.TypeErrorType, "_operator.%s() takes no keyword arguments", name)
	}
	if len(args) != 2 {
		return py.Errorf(py.TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
	}
	return nil
}

// Init creates the operator module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("operator")
	m.Set("__doc__", py.NewStr("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python."))
	var all []py.Object
	add := func(name string, fn py.BuiltinFn, doc string, dunder bool) {
		f := &py.BuiltinFunction{Name: name, Fn: fn, Doc: doc, Module: "_operator"}
		m.Set(name, f)
		all = append(all, py.NewStr(name))
		if dunder {
			m.Set("__"+trimUnderscore(name)+"__", f)
		}
	}
	for _, b := range binaryOps {
		b := b
		add(b.name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if err := args2(b.name, args, kw); err != nil {
				return nil, err
			}
			return py.BinaryOperation(t, b.op, args[0], args[1])
		}, b.doc, true)
	}
	for _, c := range compareOps {
		c := c
		add(c.name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if err := args2(c.name, args, kw); err != nil {
				return nil, err
			}
			return py.RichCompare(t, args[0], args[1], c.op)
		}, c.doc, true)
	}
	unary := func(name, doc string, dunder bool, f func(t *py.Thread, a py.Object) (py.Object, error)) {
		add(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if err := args1(name, args, kw); err != nil {
				return nil, err
			}
			return f(t, args[0])
		}, doc, dunder)
	}
	unary("neg", "Same as -a.", true, py.Neg)
	unary("pos", "Same as +a.", true, py.Pos)
	unary("abs", "Same as abs(a).", true, py.Abs)
	unary("inv", "Same as ~a.", true, py.Invert)
	unary("invert", "Same as ~a.", true, py.Invert)
	unary("index", "Same as a.__index__()", true, py.Index)
	unary("not_", "Same as not a.", true, func(t *py.Thread, a py.Object) (py.Object, error) {
		b, err := py.Truth(t, a)
		return py.Bool(!b), err
	})
	unary("truth", "Return True if a is true, False otherwise.", false, func(t *py.Thread, a py.Object) (py.Object, error) {
		b, err := py.Truth(t, a)
		return py.Bool(b), err
	})
	binary := func(name, doc string, dunder bool, f func(t *py.Thread, a, b py.Object) (py.Object, error)) {
		add(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if err := args2(name, args, kw); err != nil {
				return nil, err
			}
			return f(t, args[0], args[1])
		}, doc, dunder)
	}
	binary("is_", "Same as a is b.", false, func(t *py.Thread, a, b py.Object) (py.Object, error) { return py.Bool(a == b), nil })
	binary("is_not", "Same as a is not b.", false, func(t *py.Thread, a, b py.Object) (py.Object, error) { return py.Bool(a != b), nil })
	binary("contains", "Same as b in a (note reversed operands).", true, func(t *py.Thread, a, b py.Object) (py.Object, error) {
		r, err := py.Contains(t, a, b)
		return py.Bool(r), err
	})
	binary("getitem", "Same as a[b].", true, py.GetItem)
	binary("delitem", "Same as del a[b].", true, func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.None, py.DelItem(t, a, b)
	})
	binary("concat", "Same as a + b, for a and b sequences.", true, concat(false))
	binary("iconcat", "Same as a += b, for a and b sequences.", true, concat(true))
	binary("countOf", "Return the number of items in a which are, or which equal, b.", false, func(t *py.Thread, a, b py.Object) (py.Object, error) {
		n := 0
		err := eachItem(t, a, func(v py.Object) (bool, error) {
			eq := v == b
			if !eq {
				var err error
				if eq, err = py.Equal(t, v, b); err != nil {
					return false, err
				}
			}
			if eq {
				n++
			}
			return true, nil
		})
		return py.NewInt(int64(n)), err
	})
	binary("indexOf", "Return the first index of b in a.", false, func(t *py.Thread, a, b py.Object) (py.Object, error) {
		i, found := 0, false
		err := eachItem(t, a, func(v py.Object) (bool, error) {
			eq := v == b
			if !eq {
				var err error
				if eq, err = py.Equal(t, v, b); err != nil {
					return false, err
				}
			}
			if eq {
				found = true
				return false, nil
			}
			i++
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, py.Errorf(py.ValueErrorType, "sequence.index(x): x not in sequence")
		}
		return py.NewInt(int64(i)), nil
	})
	add("setitem", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if kw != nil && kw.Len() > 0 {
			return nil, py.Errorf(py.TypeErrorType, "_operator.setitem() takes no keyword arguments")
		}
		if len(args) != 3 {
			return nil, py.Errorf(py.TypeErrorType, "setitem expected 3 arguments, got %d", len(args))
		}
		return py.None, py.SetItem(t, args[0], args[1], args[2])
	}, "Same as a[b] = c.", true)
	add("length_hint", lengthHint, "Return an estimate of the number of items in obj.", false)
	add("call", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		nkw := 0
		if kw != nil {
			nkw = kw.Len()
		}
		if len(args)-nkw < 1 {
			return nil, py.Errorf(py.TypeErrorType, "call() missing 1 required positional argument: 'obj'")
		}
		return py.Call(t, args[0], args[1:], kw)
	}, "Same as obj(*args, **kwargs).", true)
	for _, name := range []string{"attrgetter", "itemgetter", "methodcaller"} {
		all = append(all, py.NewStr(name))
	}
	m.Set("attrgetter", AttrGetterType)
	m.Set("itemgetter", ItemGetterType)
	m.Set("methodcaller", MethodCallerType)
	m.Set("_abs", m.Get("abs"))
	m.Set("__all__", py.NewList(all))
	return m, nil
}

// trimUnderscore drops the trailing underscore of and_, or_, not_.
func trimUnderscore(name string) string {
	if len(name) > 1 && name[len(name)-1] == '_' {
		return name[:len(name)-1]
	}
	return name
}

// concat implements concat and iconcat: + for sequences only.
func concat(inplace bool) func(t *py.Thread, a, b py.Object) (py.Object, error) {
	return func(t *py.Thread, a, b py.Object) (py.Object, error) {
		s := &a.Type().Slots
		if s.Concat == nil && s.InplaceConcat == nil && a.Type().Slots.GetItem == nil {
			return nil, py.Errorf(py.TypeErrorType, "'%s' object can't be concatenated", py.TypeName(a))
		}
		if inplace {
			return py.BinaryOperation(t, py.NB_INPLACE_ADD, a, b)
		}
		return py.BinaryOperation(t, py.NB_ADD, a, b)
	}
}

// eachItem iterates over a, calling f until it returns false.
func eachItem(t *py.Thread, a py.Object, f func(py.Object) (bool, error)) error {
	it, err := py.Iter(t, a)
	if err != nil {
		return err
	}
	for {
		v, ok, err := py.Next(t, it)
		if err != nil || !ok {
			return err
		}
		more, err := f(v)
		if err != nil || !more {
			return err
		}
	}
}

// lengthHint is length_hint(obj, default=0).
func lengthHint(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("length_hint", args, kw, 1, 2); err != nil {
		return nil, err
	}
	def := 0
	if len(args) == 2 {
		if args[1].Type().Slots.Index == nil {
			return nil, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", py.TypeName(args[1]))
		}
		var err error
		if def, err = py.AsIndex(t, args[1]); err != nil {
			return nil, err
		}
	}
	o := args[0]
	if o.Type().Slots.Len != nil {
		n, err := py.Len(t, o)
		if err == nil {
			return py.NewInt(int64(n)), nil
		}
		if !py.IsExceptionOf(err, py.TypeErrorType) {
			return nil, err
		}
	}
	hint := o.Type().LookupString("__length_hint__")
	if hint == nil {
		return py.NewInt(int64(def)), nil
	}
	r, err := py.CallMethod(t, o, "__length_hint__")
	if err != nil {
		if py.IsExceptionOf(err, py.TypeErrorType) {
			return py.NewInt(int64(def)), nil
		}
		return nil, err
	}
	if r == py.NotImplemented {
		return py.NewInt(int64(def)), nil
	}
	if _, _, ok := py.IntValue(r); !ok {
		return nil, py.Errorf(py.TypeErrorType, "__length_hint__ must be an integer, not %s", py.TypeName(r))
	}
	n, err := py.AsIndex(t, r)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueErrorType, "__length_hint__() should return >= 0")
	}
	return py.NewInt(int64(n)), nil
}
