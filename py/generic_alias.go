package py

// GenericAlias is a parameterised generic such as list[int]
// (types.GenericAlias).
type GenericAlias struct {
	Origin Object
	Args   *Tuple
}

// GenericAliasType is the type of list[int] and friends.
var GenericAliasType = newBuiltinType("types.GenericAlias", ObjectType, 0)

// Type returns GenericAliasType.
func (*GenericAlias) Type() *Type { return GenericAliasType }

// NewGenericAlias returns origin[args].
func NewGenericAlias(origin Object, args Object) *GenericAlias {
	tup, ok := args.(*Tuple)
	if !ok {
		tup = NewTuple(args)
	}
	return &GenericAlias{Origin: origin, Args: tup}
}

// UnionType is the type of int | str.
type UnionType struct {
	Args *Tuple
}

// UnionTypeType is types.UnionType.
var UnionTypeType = newBuiltinType("types.UnionType", ObjectType, 0)

// Type returns UnionTypeType.
func (*UnionType) Type() *Type { return UnionTypeType }

// isUnionArg reports whether o may be an operand of type | type.
func isUnionArg(o Object) bool {
	switch o.(type) {
	case *Type, *GenericAlias, *UnionType, *NoneType:
		return true
	}
	return false
}

// newUnion returns a | b, flattening nested unions and dropping
// duplicates.
func newUnion(t *Thread, a, b Object) (Object, error) {
	var args []Object
	add := func(o Object) {
		if u, ok := o.(*UnionType); ok {
			for _, x := range u.Args.items {
				args = appendUnique(args, x)
			}
			return
		}
		if o == None {
			o = NoneTypeType
		}
		args = appendUnique(args, o)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0], nil
	}
	return &UnionType{Args: NewTupleFromSlice(args)}, nil
}

func appendUnique(list []Object, o Object) []Object {
	for _, x := range list {
		if x == o {
			return list
		}
	}
	return append(list, o)
}

// typeReprForAlias is repr() of a type argument of a generic alias.
func typeReprForAlias(t *Thread, o Object) (string, error) {
	switch v := o.(type) {
	case *Type:
		if v == NoneTypeType {
			return "None", nil
		}
		return v.FullName(), nil
	case *EllipsisType:
		return "...", nil
	}
	r, err := Repr(t, o)
	if err != nil {
		return "", err
	}
	return r.s, nil
}

func init() {
	GenericAliasType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		g := o.(*GenericAlias)
		s, err := typeReprForAlias(t, g.Origin)
		if err != nil {
			return nil, err
		}
		s += "["
		for i, a := range g.Args.items {
			if i > 0 {
				s += ", "
			}
			r, err := typeReprForAlias(t, a)
			if err != nil {
				return nil, err
			}
			s += r
		}
		if len(g.Args.items) == 0 {
			s += "()"
		}
		return NewStr(s + "]"), nil
	}
	GenericAliasType.Slots.Call = func(t *Thread, o Object, args []Object, kw *Tuple) (Object, error) {
		return Call(t, o.(*GenericAlias).Origin, args, kw)
	}
	GenericAliasType.Slots.GetAttr = func(t *Thread, o Object, name *Str) (Object, error) {
		g := o.(*GenericAlias)
		switch name.s {
		case "__origin__":
			return g.Origin, nil
		case "__args__":
			return g.Args, nil
		case "__parameters__":
			return EmptyTuple, nil
		}
		if len(name.s) > 4 && name.s[:2] == "__" {
			return GenericGetAttr(t, o, name)
		}
		return GetAttr(t, g.Origin, name)
	}
	GenericAliasType.Slots.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*GenericAlias)
		y, ok := b.(*GenericAlias)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq, err := Equal(t, x.Origin, y.Origin)
		if err == nil && eq {
			eq, err = Equal(t, x.Args, y.Args)
		}
		return Bool(eq == (op == CmpEQ)), err
	}
	GenericAliasType.Slots.Hash = func(t *Thread, o Object) (int64, error) {
		g := o.(*GenericAlias)
		h1, err := Hash(t, g.Origin)
		if err != nil {
			return 0, err
		}
		h2, err := Hash(t, g.Args)
		return h1 ^ h2, err
	}
	GenericAliasType.Slots.Binary[NB_OR] = typeOr
	UnionTypeType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		u := o.(*UnionType)
		s := ""
		for i, a := range u.Args.items {
			if i > 0 {
				s += " | "
			}
			r, err := typeReprForAlias(t, a)
			if err != nil {
				return nil, err
			}
			s += r
		}
		return NewStr(s), nil
	}
	UnionTypeType.Slots.Binary[NB_OR] = typeOr
	UnionTypeType.Slots.GetAttr = func(t *Thread, o Object, name *Str) (Object, error) {
		if name.s == "__args__" {
			return o.(*UnionType).Args, nil
		}
		return GenericGetAttr(t, o, name)
	}
	UnionTypeType.Slots.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*UnionType)
		y, ok := b.(*UnionType)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		fx, fy := NewFrozenSet(), NewFrozenSet()
		if err := fx.Update(t, x.Args); err != nil {
			return nil, err
		}
		if err := fy.Update(t, y.Args); err != nil {
			return nil, err
		}
		eq, err := Equal(t, fx, fy)
		return Bool(eq == (op == CmpEQ)), err
	}
}
