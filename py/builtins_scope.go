package py

import "github.com/kaa-lang/kaa/bytecode"

// The built-in functions that look at the caller's namespaces: globals,
// locals, vars.

// currentLocals returns the locals of the running Python frame: the
// namespace of a module or class body, or a snapshot dict of a
// function's fast locals (cells unwrapped, unbound names left out).
func (t *Thread) currentLocals() (Object, error) {
	f := t.frame
	if f == nil {
		return NewDict(), nil
	}
	if f.locals != nil {
		return f.locals, nil
	}
	return fastLocalsDict(f), nil
}

// fastLocalsDict copies a function frame's bound local variables into a
// new dict.
func fastLocalsDict(f *Frame) *Dict {
	code := f.code
	d := NewDict()
	for i, name := range code.varnames {
		if i >= len(f.fast) {
			break
		}
		v := f.fast[i]
		if v == nil {
			continue
		}
		if i < len(code.kinds) && code.kinds[i]&(bytecode.CO_FAST_CELL|bytecode.CO_FAST_FREE) != 0 {
			if c, ok := v.(*Cell); ok {
				if v = c.Value; v == nil {
					continue
				}
			}
		}
		d.SetStr(name, v)
	}
	return d
}

// builtinGlobals implements globals().
func builtinGlobals(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("globals", args, kw); err != nil {
		return nil, err
	}
	if t.frame == nil {
		return NewDict(), nil
	}
	return t.frame.globals, nil
}

// builtinLocals implements locals().
func builtinLocals(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("locals", args, kw); err != nil {
		return nil, err
	}
	return t.currentLocals()
}

// strDict names __dict__.
var strDictAttr = NewStr("__dict__")

// builtinVars implements vars([object]).
func builtinVars(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("vars", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return t.currentLocals()
	}
	d, err := GetAttr(t, args[0], strDictAttr)
	if err != nil {
		if IsExceptionOf(err, AttributeErrorType) {
			return nil, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return nil, err
	}
	return d, nil
}
