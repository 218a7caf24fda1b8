package weakref

import (
	"strconv"

	"github.com/kaa-lang/kaa/py"
)

// Ref is a weak reference (weakref.ref), or the state of a proxy.
type Ref struct {
	w        weakObj
	addr     uintptr // the referent's id(), while it lives
	typName  string  // the referent's type name, for repr
	callback py.Object
	// outer is the Python object standing for this reference: the Ref
	// itself, an instance of a subclass of ref wrapping it, or a proxy.
	outer  py.Object
	hash   int64
	hashed bool
	// fired is set once the referent was found dead (and the callback,
	// if any, called).
	fired bool
	proxy bool
}

// The types of weak references and proxies.
var (
	RefType           = py.NewBuiltinType("weakref.ReferenceType", nil, py.FlagBaseType)
	ProxyType         = py.NewBuiltinType("weakref.ProxyType", nil, 0)
	CallableProxyType = py.NewBuiltinType("weakref.CallableProxyType", nil, 0)
)

// Type returns RefType.
func (*Ref) Type() *py.Type { return RefType }

// referent returns the object, or nil when it is gone.
func (r *Ref) referent() py.Object {
	if r.fired {
		return nil
	}
	return r.w.get()
}

// asRef unwraps a ref or an instance of a subclass of ref.
func asRef(o py.Object) *Ref {
	switch v := o.(type) {
	case *Ref:
		return v
	case *py.Instance:
		if r, ok := v.Base().(*Ref); ok {
			return r
		}
	}
	return nil
}

// newRef makes a reference to o and records it in the interpreter's
// registry.
func newRef(t *py.Thread, o, callback py.Object, proxy bool) (*Ref, error) {
	if !canReference(o) {
		return nil, py.Errorf(py.TypeErrorType, "cannot create weak reference to '%s' object", py.TypeName(o))
	}
	if callback == py.None {
		callback = nil
	}
	r := &Ref{w: makeWeak(o), addr: address(o), typName: o.Type().ShortName(), callback: callback, proxy: proxy}
	r.outer = r
	return r, nil
}

// refNew is ref.__new__(type, ob, callback=None).
func refNew(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("ref", kw); err != nil {
		return nil, err
	}
	switch {
	case len(args) == 0:
		return nil, py.Errorf(py.TypeErrorType, "__new__ expected at least 1 argument, got 0")
	case len(args) > 2:
		return nil, py.Errorf(py.TypeErrorType, "__new__ expected at most 2 arguments, got %d", len(args))
	}
	var callback py.Object = py.None
	if len(args) == 2 {
		callback = args[1]
	}
	reg, err := registryOf(t)
	if err != nil {
		return nil, err
	}
	if typ == RefType && callback == py.None {
		// A plain reference without callback is shared, as in CPython.
		if old := reg.plainRef(args[0]); old != nil {
			return old, nil
		}
	}
	r, err := newRef(t, args[0], callback, false)
	if err != nil {
		return nil, err
	}
	if typ != RefType {
		r.outer = py.NewInstanceWithBase(typ, r)
	}
	reg.add(r)
	return r.outer, nil
}

// addrString formats an address as CPython's reprs do.
func addrString(p uintptr) string { return "0x" + strconv.FormatUint(uint64(p), 16) }

func refRepr(t *py.Thread, o py.Object) (py.Object, error) {
	r := asRef(o)
	kind := "weakref"
	if r.proxy {
		kind = "weakproxy"
	}
	self := addrString(address(o))
	obj := r.referent()
	if obj == nil {
		return py.NewStr("<" + kind + " at " + self + "; dead>"), nil
	}
	s := "<" + kind + " at " + self + "; to '" + obj.Type().FullName() + "' at " + addrString(address(obj))
	if !r.proxy {
		if name, err := py.GetAttrOpt(t, obj, py.NewStr("__name__")); err == nil && name != nil {
			if ns, ok := py.AsStr(name); ok {
				s += " (" + ns.String() + ")"
			}
		}
	}
	return py.NewStr(s + ">"), nil
}

func init() {
	RefType.QualName = "ReferenceType"
	ProxyType.QualName = "ProxyType"
	CallableProxyType.QualName = "CallableProxyType"
	for _, typ := range []*py.Type{RefType, ProxyType, CallableProxyType} {
		typ.AddAttr("__module__", py.NewStr("weakref"))
	}
	s := &RefType.Slots
	s.New = refNew
	s.Init = func(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) error { return nil }
	s.Call = func(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("weakref", args, kw, 0, 0); err != nil {
			return nil, err
		}
		if v := asRef(o).referent(); v != nil {
			return v, nil
		}
		return py.None, nil
	}
	s.Repr = refRepr
	s.Hash = func(t *py.Thread, o py.Object) (int64, error) {
		r := asRef(o)
		if r.hashed {
			return r.hash, nil
		}
		v := r.referent()
		if v == nil {
			return 0, py.Errorf(py.TypeErrorType, "weak object has gone away")
		}
		h, err := py.Hash(t, v)
		if err != nil {
			return 0, err
		}
		r.hash, r.hashed = h, true
		return h, nil
	}
	s.Compare = func(t *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		if op != py.CmpEQ && op != py.CmpNE {
			return py.NotImplemented, nil
		}
		x, y := asRef(a), asRef(b)
		if x == nil || y == nil {
			return py.NotImplemented, nil
		}
		xv, yv := x.referent(), y.referent()
		if xv == nil || yv == nil {
			return py.Bool((a == b) == (op == py.CmpEQ)), nil
		}
		return py.RichCompare(t, xv, yv, op)
	}
	RefType.AddGetSet("__callback__", func(t *py.Thread, o py.Object) (py.Object, error) {
		r := asRef(o)
		if r.callback == nil || r.fired {
			return py.None, nil
		}
		return r.callback, nil
	}, nil, "")
	RefType.AddClassMethod("__class_getitem__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("__class_getitem__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.NewGenericAlias(self, args[0]), nil
	}, "See PEP 585")
	initProxy()
}
