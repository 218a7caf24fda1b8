package py

import (
	"errors"
	"fmt"
)

// NewError returns a new exception of type typ with the given args.
func NewError(typ *Type, args ...Object) *Exception {
	e := &Exception{typ: typ, args: NewTupleFromSlice(args)}
	if len(args) == 0 {
		e.args = EmptyTuple
	}
	return e
}

// Errorf returns a new exception of type typ whose message is formatted
// as fmt.Sprintf does.
func Errorf(typ *Type, format string, a ...any) *Exception {
	msg := format
	if len(a) > 0 {
		msg = fmt.Sprintf(format, a...)
	}
	return &Exception{typ: typ, args: NewTuple(NewStr(msg))}
}

// AsException returns err as a Python exception: a *Exception as it is,
// any other Go error as a SystemError carrying its text.
func AsException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	var e *Exception
	if errors.As(err, &e) {
		return e
	}
	return Errorf(SystemErrorType, "%v", err)
}

// IsExceptionOf reports whether err is a Python exception of type typ or
// a subclass.
func IsExceptionOf(err error, typ *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(typ)
}

// attributeError returns the AttributeError for a missing attribute,
// worded as CPython words it for o's kind of object.
func attributeError(o Object, name *Str) *Exception {
	var e *Exception
	switch v := o.(type) {
	case *Type:
		e = Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", v.Name, name.s)
	case *Module:
		if v.initializing {
			e = Errorf(AttributeErrorType, "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", v.Name(), name.s)
		} else {
			e = Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", v.Name(), name.s)
		}
	default:
		e = Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(o), name.s)
	}
	e.setAttr("name", name)
	e.setAttr("obj", o)
	return e
}

// typeErrorf is Errorf(TypeErrorType, ...).
func typeErrorf(format string, a ...any) *Exception { return Errorf(TypeErrorType, format, a...) }
