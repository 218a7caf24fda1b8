package py

import (
	"fmt"
	"strings"
)

// UnpackArgs unpacks the arguments of a built-in function into Go
// variables, with CPython's error messages. params alternates a
// parameter name and a pointer to store the argument in:
//
//	var sep, maxsplit Object = None, NewInt(-1)
//	err := UnpackArgs("split", args, kwnames, "sep?", &sep, "maxsplit?", &maxsplit)
//
// A name ending in "?" is optional, and so are all after it; a lone "/"
// makes the parameters before it positional-only; a lone "*" makes the
// ones after it keyword-only. An optional parameter that is not given
// keeps the pointer's value. Pointers may be *Object, *int, *int64,
// *bool (truth value), *float64, *string or **Str (type-checked, with
// CPython's messages).
func UnpackArgs(fname string, args []Object, kwnames *Tuple, params ...any) error {
	var names [16]string
	var ptrs [16]any
	n, posOnly, kwOnlyFrom, required := 0, 0, -1, -1
	for i := 0; i < len(params); i++ {
		name, ok := params[i].(string)
		if !ok {
			return Errorf(SystemErrorType, "UnpackArgs(%s): bad parameter list", fname)
		}
		switch name {
		case "/":
			posOnly = n
			continue
		case "*":
			kwOnlyFrom = n
			continue
		}
		if strings.HasSuffix(name, "?") {
			name = name[:len(name)-1]
			if required < 0 {
				required = n
			}
		}
		if n == len(names) || i+1 >= len(params) {
			return Errorf(SystemErrorType, "UnpackArgs(%s): bad parameter list", fname)
		}
		names[n], ptrs[n] = name, params[i+1]
		n++
		i++
	}
	if required < 0 {
		required = n
	}
	maxPos := n
	if kwOnlyFrom >= 0 {
		maxPos = kwOnlyFrom
	}
	nkw := 0
	if kwnames != nil {
		nkw = len(kwnames.items)
	}
	npos := len(args) - nkw
	if nkw > 0 && posOnly == n {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	if npos > maxPos {
		if posOnly == n {
			return argCountError(fname, required, maxPos, npos)
		}
		atMost := "exactly"
		if required < maxPos {
			atMost = "at most"
		}
		kwo := ""
		if kwOnlyFrom >= 0 {
			kwo = "positional "
		}
		return Errorf(TypeErrorType, "%s() takes %s %d %sargument%s (%d given)", fname, atMost, maxPos, kwo, plural(maxPos), npos)
	}
	var got [16]Object
	copy(got[:], args[:npos])
	for k := 0; k < nkw; k++ {
		kname := kwnames.items[k].(*Str).s
		j := 0
		for j < n && names[j] != kname {
			j++
		}
		if j == n || j < posOnly {
			// CPython's argument clinic words a positional-only
			// parameter passed by name like an unknown keyword.
			return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", kname, fname)
		}
		if got[j] != nil {
			return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, kname, j+1)
		}
		got[j] = args[npos+k]
	}
	for j := 0; j < n; j++ {
		v := got[j]
		if v == nil {
			if j < required {
				if posOnly == n {
					return argCountError(fname, required, maxPos, npos)
				}
				if j >= maxPos {
					return Errorf(TypeErrorType, "%s() missing required keyword-only argument: '%s'", fname, names[j])
				}
				return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, names[j], j+1)
			}
			continue
		}
		if err := storeArg(fname, names[j], j, v, ptrs[j]); err != nil {
			return err
		}
	}
	return nil
}

// argCountError is the message for a wrong number of positional-only
// arguments.
func argCountError(fname string, min, max, got int) error {
	switch {
	case min == max:
		if min == 1 {
			return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, got)
		}
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", fname, min, plural(min), got)
	case got < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, plural(min), got)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, plural(max), got)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// storeArg converts one argument into the Go variable ptr points to.
func storeArg(fname, name string, pos int, v Object, ptr any) error {
	switch p := ptr.(type) {
	case *Object:
		*p = v
	case **Str:
		s, ok := AsStr(v)
		if !ok {
			return Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, name, argTypeName(v))
		}
		*p = s
	case *string:
		s, ok := AsStr(v)
		if !ok {
			return Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, name, argTypeName(v))
		}
		*p = s.s
	case *int:
		i, err := indexArg(fname, v)
		if err != nil {
			return err
		}
		*p = int(i)
	case *int64:
		i, err := indexArg(fname, v)
		if err != nil {
			return err
		}
		*p = i
	case *float64:
		f, ok, err := toFloatOperand(v)
		if err != nil {
			return err
		}
		if !ok {
			return Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
		}
		*p = f
	case *bool:
		b, err := Truth(nil, v)
		if err != nil {
			return err
		}
		*p = b
	default:
		return Errorf(SystemErrorType, "%s: cannot unpack into %T", fname, ptr)
	}
	return nil
}

// indexArg converts an integer argument, with the messages of CPython's
// argument parser.
func indexArg(fname string, v Object) (int64, error) {
	if i, ok := v.(Int); ok {
		return int64(i), nil
	}
	if _, ok := v.(Float); ok {
		return 0, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	s, b, ok := IntValue(v)
	if !ok {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	if b != nil {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return s, nil
}

// noArgs checks that a method got no arguments.
func noArgs(name string, args []Object, kwnames *Tuple) error {
	if kwnames != nil && kwnames.Len() > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// exactArgs checks that a method got exactly n positional arguments.
func exactArgs(name string, n int, args []Object, kwnames *Tuple) error {
	if kwnames != nil && kwnames.Len() > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		if n == 1 {
			return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return Errorf(TypeErrorType, "expected %d argument%s, got %d", n, plural(n), len(args))
	}
	return nil
}

// NoKwargs returns an error when a built-in that takes no keyword
// arguments got some.
func NoKwargs(fname string, kwnames *Tuple) error {
	if kwnames != nil && kwnames.Len() > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// CheckArgs checks the number of positional arguments of a built-in
// that takes no keywords: between min and max (max < 0: no limit), with
// CPython's messages for functions like len() and getattr().
func CheckArgs(fname string, args []Object, kwnames *Tuple, min, max int) error {
	if err := NoKwargs(fname, kwnames); err != nil {
		return err
	}
	if len(args) >= min && (max < 0 || len(args) <= max) {
		return nil
	}
	if max < 0 {
		max = len(args)
	}
	return argCountError(fname, min, max, len(args))
}

// sprintf is fmt.Sprintf, named for the error helpers.
var sprintf = fmt.Sprintf

// argTypeName names an argument's type in CPython's argument-parser
// messages ("must be str, not int"), where None is shown as "None".
func argTypeName(o Object) string {
	if o == None {
		return "None"
	}
	return TypeName(o)
}
