package py

// Instance is an instance of a class defined by a program. A class that
// extends a built-in type (class L(list)) keeps the built-in value it
// extends in base; built-in methods unwrap it.
type Instance struct {
	typ   *Type
	dict  *Dict
	slots []Object
	base  Object
}

// Type returns the instance's class.
func (i *Instance) Type() *Type { return i.typ }

// Base returns the built-in value an instance of a subclass of a
// built-in type extends (nil for plain classes).
func (i *Instance) Base() Object { return i.base }

func (i *Instance) instanceDict() *Dict { return i.dict }

// newInstance makes a bare instance of a heap type.
func newInstance(typ *Type) *Instance {
	inst := &Instance{typ: typ}
	if typ.Flags&FlagHasDict != 0 {
		inst.dict = NewDict()
	}
	if n := len(typ.slotNames); n > 0 {
		inst.slots = make([]Object, n)
	}
	return inst
}

// newInstanceWithBase makes an instance of a subclass of a built-in
// type, wrapping the built-in value.
func newInstanceWithBase(t *Thread, typ *Type, base Object) (Object, error) {
	inst := newInstance(typ)
	inst.base = base
	return inst, nil
}

// MemberDescr is the descriptor a __slots__ entry creates
// (member_descriptor).
type MemberDescr struct {
	Name  *Str
	Owner *Type
	Index int
}

// MemberDescrType is the type of __slots__ descriptors.
var MemberDescrType = newBuiltinType("member_descriptor", ObjectType, 0)

// Type returns MemberDescrType.
func (*MemberDescr) Type() *Type { return MemberDescrType }

func init() {
	s := &MemberDescrType.Slots
	s.DescrGet = func(t *Thread, d, obj Object, typ *Type) (Object, error) {
		m := d.(*MemberDescr)
		if obj == nil {
			return m, nil
		}
		inst, ok := obj.(*Instance)
		if !ok || !inst.typ.IsSubtype(m.Owner) {
			return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name.s, m.Owner.Name, TypeName(obj))
		}
		v := inst.slots[m.Index]
		if v == nil {
			return nil, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(obj), m.Name.s)
		}
		return v, nil
	}
	s.DescrSet = func(t *Thread, d, obj, v Object) error {
		m := d.(*MemberDescr)
		inst, ok := obj.(*Instance)
		if !ok || !inst.typ.IsSubtype(m.Owner) {
			return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name.s, m.Owner.Name, TypeName(obj))
		}
		if v == nil && inst.slots[m.Index] == nil {
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(obj), m.Name.s)
		}
		inst.slots[m.Index] = v
		return nil
	}
	s.Repr = func(t *Thread, o Object) (Object, error) {
		m := o.(*MemberDescr)
		return NewStr("<member '" + m.Name.s + "' of '" + m.Owner.Name + "' objects>"), nil
	}
	addDescrNameAttrs(MemberDescrType, func(o Object) (string, *Type, string) {
		m := o.(*MemberDescr)
		return m.Name.s, m.Owner, ""
	})
}
