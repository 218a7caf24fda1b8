package py

import "strings"

// Exception is an instance of BaseException or any subclass, built-in or
// defined by a program: one Go type for them all. It implements Go's
// error, so Go functions return Python exceptions as errors.
type Exception struct {
	typ  *Type
	args *Tuple
	// traceback is __traceback__: the frames the exception passed
	// through, innermost last.
	traceback *Traceback
	// cause is __cause__ (raise ... from), context __context__ (the
	// exception being handled when this one was raised).
	cause, context  *Exception
	causeSet        bool // __cause__ was set (possibly to None)
	suppressContext bool
	dict            *Dict
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// Args returns the exception's args tuple.
func (e *Exception) Args() *Tuple { return e.args }

// Traceback returns __traceback__ (nil when there is none).
func (e *Exception) Traceback() *Traceback { return e.traceback }

// SetTraceback replaces __traceback__.
func (e *Exception) SetTraceback(tb *Traceback) { e.traceback = tb }

// Cause returns __cause__ (nil for None).
func (e *Exception) Cause() *Exception { return e.cause }

// Context returns __context__ (nil for None).
func (e *Exception) Context() *Exception { return e.context }

// SetCause sets __cause__ (nil for None) and __suppress_context__.
func (e *Exception) SetCause(c *Exception) {
	e.cause = c
	e.causeSet = true
	e.suppressContext = true
}

// SetContext sets __context__.
func (e *Exception) SetContext(c *Exception) { e.context = c }

// SuppressContext returns __suppress_context__.
func (e *Exception) SuppressContext() bool { return e.suppressContext }

// Error returns "TypeName: message", roughly as the last line of a
// traceback shows it (without running Python code).
func (e *Exception) Error() string {
	msg := e.message()
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// message formats the exception's str() for exceptions whose args are
// plain values, without running Python code.
func (e *Exception) message() string {
	switch len(e.args.items) {
	case 0:
		return ""
	case 1:
		if s, ok := e.args.items[0].(*Str); ok {
			if e.typ.IsSubtype(KeyErrorType) {
				return quoteSimple(s.s)
			}
			return s.s
		}
		return simpleRepr(e.args.items[0])
	}
	parts := make([]string, len(e.args.items))
	for i, a := range e.args.items {
		parts[i] = simpleRepr(a)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// simpleRepr is repr() for values whose repr needs no Python code.
func simpleRepr(o Object) string {
	switch v := o.(type) {
	case *Str:
		return quoteSimple(v.s)
	case Int:
		return sprintf("%d", int64(v))
	case *BigInt:
		return v.v.String()
	case Float:
		return FloatRepr(float64(v))
	case Bool:
		if v {
			return "True"
		}
		return "False"
	case *NoneType:
		return "None"
	}
	return "<" + TypeName(o) + " object>"
}

// quoteSimple quotes s as repr() does for plain text.
func quoteSimple(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		return "\"" + s + "\""
	}
	return "'" + strings.ReplaceAll(s, "'", "\\'") + "'"
}

// instanceDict returns the exception's __dict__, creating it.
func (e *Exception) instanceDict() *Dict {
	if e.dict == nil {
		e.dict = NewDict()
	}
	return e.dict
}

// setAttr sets an attribute in the exception's __dict__.
func (e *Exception) setAttr(name string, v Object) { e.instanceDict().SetString(name, v) }

// attr returns an attribute from the exception's __dict__, or None.
func (e *Exception) attr(name string) Object {
	if e.dict != nil {
		if v := e.dict.GetString(name); v != nil {
			return v
		}
	}
	return None
}

// Attr returns the exception attribute stored under name (such as
// "value" for StopIteration or "code" for SystemExit), or None.
func (e *Exception) Attr(name string) Object { return e.attr(name) }

// AsExceptionObject returns e as an Object (nil for a nil e).
func AsExceptionObject(e *Exception) Object {
	if e == nil {
		return None
	}
	return e
}
