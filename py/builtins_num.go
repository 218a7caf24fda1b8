package py

// The numeric built-in functions: abs, divmod, pow, round. The numeric
// semantics live in the types' slots and methods; these functions only
// dispatch.

var (
	strDivmod  = NewStr("__divmod__")
	strRDivmod = NewStr("__rdivmod__")
	strRound   = NewStr("__round__")
)

// builtinAbs implements abs(x).
func builtinAbs(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("abs", 1, args, kw); err != nil {
		return nil, err
	}
	return Abs(t, args[0])
}

// builtinDivmod implements divmod(x, y) through __divmod__ and
// __rdivmod__, with the reflected method first when y's type is a
// subclass of x's that overrides it.
func builtinDivmod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("divmod", args, kw, 2, 2); err != nil {
		return nil, err
	}
	r, err := dunderBinary(t, args[0], args[1], strDivmod, strRDivmod)
	if err != nil {
		return nil, err
	}
	if r == NotImplemented {
		return nil, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(args[0]), TypeName(args[1]))
	}
	return r, nil
}

// dunderBinary calls a.name(b) or b.rname(a) as binary operators do,
// returning NotImplemented when neither applies.
func dunderBinary(t *Thread, a, b Object, name, rname *Str) (Object, error) {
	ta, tb := a.Type(), b.Type()
	fa := ta.Lookup(name)
	var fb Object
	if tb != ta {
		fb = tb.Lookup(rname)
	}
	if fa != nil && fb != nil && tb.IsSubtype(ta) && fb != ta.Lookup(rname) {
		r, _, err := callDunder(t, b, rname, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
		fb = nil
	}
	if fa != nil {
		r, _, err := callDunder(t, a, name, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		r, _, err := callDunder(t, b, rname, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return NotImplemented, nil
}

// builtinPow implements pow(base, exp, mod=None).
func builtinPow(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var base, exp Object
	var mod Object = None
	if err := UnpackArgs("pow", args, kw, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	return Pow3(t, base, exp, mod)
}

// builtinRound implements round(number, ndigits=None).
func builtinRound(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var number Object
	var ndigits Object = None
	if err := UnpackArgs("round", args, kw, "number", &number, "ndigits?", &ndigits); err != nil {
		return nil, err
	}
	if number.Type().Lookup(strRound) == nil {
		return nil, Errorf(TypeErrorType, "type %s doesn't define __round__ method", number.Type().Name)
	}
	var r Object
	var err error
	if ndigits == None {
		r, _, err = callDunder(t, number, strRound)
	} else {
		r, _, err = callDunder(t, number, strRound, ndigits)
	}
	return r, err
}
