package weakref

import (
	"github.com/kaa-lang/kaa/py"
)

// Proxy is weakref.proxy(obj): an object that forwards every operation
// to its referent while it lives and raises ReferenceError after.
type Proxy struct {
	r        *Ref
	callable bool
}

// Type returns ProxyType, or CallableProxyType for a callable referent.
func (p *Proxy) Type() *py.Type {
	if p.callable {
		return CallableProxyType
	}
	return ProxyType
}

// target returns the live referent or ReferenceError.
func (p *Proxy) target() (py.Object, error) {
	if v := p.r.referent(); v != nil {
		return v, nil
	}
	return nil, py.Errorf(py.ReferenceErrorType, "weakly-referenced object no longer exists")
}

// unwrap replaces a proxy by its referent.
func unwrap(o py.Object) (py.Object, error) {
	if p, ok := o.(*Proxy); ok {
		return p.target()
	}
	return o, nil
}

// proxyNew implements proxy(obj, callback=None).
func proxyNew(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("proxy", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var callback py.Object = py.None
	if len(args) == 2 {
		callback = args[1]
	}
	reg, err := registryOf(t)
	if err != nil {
		return nil, err
	}
	if callback == py.None {
		if old := reg.plainProxy(args[0]); old != nil {
			return old, nil
		}
	}
	r, err := newRef(t, args[0], callback, true)
	if err != nil {
		return nil, err
	}
	p := &Proxy{r: r, callable: args[0].Type().Slots.Call != nil}
	r.outer = p
	reg.add(r)
	return p, nil
}

// unary forwards a one-operand slot.
func unary(op func(*py.Thread, py.Object) (py.Object, error)) func(*py.Thread, py.Object) (py.Object, error) {
	return func(t *py.Thread, o py.Object) (py.Object, error) {
		v, err := o.(*Proxy).target()
		if err != nil {
			return nil, err
		}
		return op(t, v)
	}
}

func initProxy() {
	for _, typ := range []*py.Type{ProxyType, CallableProxyType} {
		s := &typ.Slots
		s.Repr = refRepr
		s.Str = unary(func(t *py.Thread, v py.Object) (py.Object, error) { return py.StrOf(t, v) })
		s.Hash = func(t *py.Thread, o py.Object) (int64, error) {
			return 0, py.Errorf(py.TypeErrorType, "unhashable type: '%s'", o.Type().Name)
		}
		s.GetAttr = func(t *py.Thread, o py.Object, name *py.Str) (py.Object, error) {
			v, err := o.(*Proxy).target()
			if err != nil {
				return nil, err
			}
			return py.GetAttr(t, v, name)
		}
		s.SetAttr = func(t *py.Thread, o py.Object, name *py.Str, val py.Object) error {
			v, err := o.(*Proxy).target()
			if err != nil {
				return err
			}
			return py.SetAttr(t, v, name, val)
		}
		s.Compare = func(t *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
			x, err := unwrap(a)
			if err != nil {
				return nil, err
			}
			y, err := unwrap(b)
			if err != nil {
				return nil, err
			}
			return py.RichCompare(t, x, y, op)
		}
		s.Bool = func(t *py.Thread, o py.Object) (bool, error) {
			v, err := o.(*Proxy).target()
			if err != nil {
				return false, err
			}
			return py.Truth(t, v)
		}
		s.Len = func(t *py.Thread, o py.Object) (int, error) {
			v, err := o.(*Proxy).target()
			if err != nil {
				return 0, err
			}
			return py.Len(t, v)
		}
		s.Iter = unary(py.Iter)
		s.Next = func(t *py.Thread, o py.Object) (py.Object, bool, error) {
			v, err := o.(*Proxy).target()
			if err != nil {
				return nil, false, err
			}
			return py.Next(t, v)
		}
		s.GetItem = func(t *py.Thread, o, k py.Object) (py.Object, error) {
			v, err := o.(*Proxy).target()
			if err != nil {
				return nil, err
			}
			return py.GetItem(t, v, k)
		}
		s.SetItem = func(t *py.Thread, o, k, val py.Object) error {
			v, err := o.(*Proxy).target()
			if err != nil {
				return err
			}
			if val == nil {
				return py.DelItem(t, v, k)
			}
			return py.SetItem(t, v, k, val)
		}
		s.Contains = func(t *py.Thread, o, x py.Object) (bool, error) {
			v, err := o.(*Proxy).target()
			if err != nil {
				return false, err
			}
			return py.Contains(t, v, x)
		}
		s.Neg = unary(py.Neg)
		s.Pos = unary(py.Pos)
		s.Invert = unary(py.Invert)
		s.Abs = unary(py.Abs)
		s.Index = unary(py.Index)
		for op := range s.Binary {
			op := py.BinaryOp(op)
			s.Binary[op] = func(t *py.Thread, a, b py.Object) (py.Object, error) {
				x, err := unwrap(a)
				if err != nil {
					return nil, err
				}
				y, err := unwrap(b)
				if err != nil {
					return nil, err
				}
				return py.BinaryOperation(t, op, x, y)
			}
		}
	}
	CallableProxyType.Slots.Call = func(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		v, err := o.(*Proxy).target()
		if err != nil {
			return nil, err
		}
		return py.Call(t, v, args, kw)
	}
}
