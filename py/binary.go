package py

// BinaryOperation returns a <op> b for any BINARY_OP operation, plain or
// in-place.
func BinaryOperation(t *Thread, op BinaryOp, a, b Object) (Object, error) {
	if op >= NB_INPLACE_ADD {
		return inplaceOp(t, op, a, b)
	}
	r, err := binaryOp1(t, op, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	switch op {
	case NB_ADD:
		if f := a.Type().Slots.Concat; f != nil {
			return f(t, a, b)
		}
	case NB_MULTIPLY:
		if r, err, ok := seqRepeat(t, a, b, false); ok {
			return r, err
		}
	}
	return nil, binaryTypeError(op, a, b)
}

// binaryTypeError is the TypeError for unsupported operand types.
func binaryTypeError(op BinaryOp, a, b Object) error {
	sym := op.Symbol()
	if op == NB_POWER {
		sym = "** or pow()"
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeName(a), TypeName(b))
}

// seqRepeat tries sequence repetition for a * b (or a *= b).
func seqRepeat(t *Thread, a, b Object, inplace bool) (Object, error, bool) {
	if inplace {
		if f := a.Type().Slots.InplaceRepeat; f != nil {
			n, err := repeatCount(t, b)
			if err != nil {
				return nil, err, true
			}
			r, err := f(t, a, n)
			return r, err, true
		}
	}
	if f := a.Type().Slots.Repeat; f != nil {
		n, err := repeatCount(t, b)
		if err != nil {
			return nil, err, true
		}
		r, err := f(t, a, n)
		return r, err, true
	}
	if f := b.Type().Slots.Repeat; f != nil {
		n, err := repeatCount(t, a)
		if err != nil {
			return nil, err, true
		}
		r, err := f(t, b, n)
		return r, err, true
	}
	return nil, nil, false
}

// binaryOp1 tries the number slots of both operands (CPython's
// binary_op1), returning NotImplemented when neither applies.
func binaryOp1(t *Thread, op BinaryOp, a, b Object) (Object, error) {
	ta, tb := a.Type(), b.Type()
	sa := ta.Slots.Binary[op]
	var sb func(*Thread, Object, Object) (Object, error)
	if tb != ta {
		sb = tb.Slots.Binary[op]
		if sb != nil && sa != nil && ta.userBinary&(1<<op) != 0 && tb.userBinary&(1<<op) != 0 {
			sb = nil // the same generic slot: it tries both operands itself
		}
	}
	if sa != nil {
		if sb != nil && tb.IsSubtype(ta) {
			r, err := sb(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
			sb = nil
		}
		r, err := sa(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if sb != nil {
		return sb(t, a, b)
	}
	return NotImplemented, nil
}

// inplaceOp is a <op>= b: the in-place slot of a, then the plain
// operation.
func inplaceOp(t *Thread, op BinaryOp, a, b Object) (Object, error) {
	if f := a.Type().Slots.Binary[op]; f != nil {
		r, err := f(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	plain := op - NB_INPLACE_ADD
	r, err := binaryOp1(t, plain, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	switch plain {
	case NB_ADD:
		if f := a.Type().Slots.InplaceConcat; f != nil {
			return f(t, a, b)
		}
		if f := a.Type().Slots.Concat; f != nil {
			return f(t, a, b)
		}
	case NB_MULTIPLY:
		if r, err, ok := seqRepeat(t, a, b, true); ok {
			return r, err
		}
	}
	sym := op.Symbol()
	if plain == NB_POWER {
		sym = "**="
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeName(a), TypeName(b))
}

// Add returns a + b.
func Add(t *Thread, a, b Object) (Object, error) { return BinaryOperation(t, NB_ADD, a, b) }

// Neg returns -o.
func Neg(t *Thread, o Object) (Object, error) {
	if f := o.Type().Slots.Neg; f != nil {
		return f(t, o)
	}
	return nil, Errorf(TypeErrorType, "bad operand type for unary -: '%s'", TypeName(o))
}

// Pos returns +o.
func Pos(t *Thread, o Object) (Object, error) {
	if f := o.Type().Slots.Pos; f != nil {
		return f(t, o)
	}
	return nil, Errorf(TypeErrorType, "bad operand type for unary +: '%s'", TypeName(o))
}

// Invert returns ~o.
func Invert(t *Thread, o Object) (Object, error) {
	if f := o.Type().Slots.Invert; f != nil {
		return f(t, o)
	}
	return nil, Errorf(TypeErrorType, "bad operand type for unary ~: '%s'", TypeName(o))
}

// Abs returns abs(o).
func Abs(t *Thread, o Object) (Object, error) {
	if f := o.Type().Slots.Abs; f != nil {
		return f(t, o)
	}
	return nil, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", TypeName(o))
}

// Pow3 returns pow(a, b, m).
func Pow3(t *Thread, a, b, m Object) (Object, error) {
	if m == None {
		return BinaryOperation(t, NB_POWER, a, b)
	}
	if f := a.Type().Slots.PowMod; f != nil {
		r, err := f(t, a, b, m)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if f := b.Type().Slots.PowMod; f != nil && b.Type() != a.Type() {
		r, err := f(t, a, b, m)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if f := m.Type().Slots.PowMod; f != nil && m.Type() != a.Type() && m.Type() != b.Type() {
		r, err := f(t, a, b, m)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(a), TypeName(b), TypeName(m))
}
