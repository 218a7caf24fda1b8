package sre

import (
	"github.com/kaa-lang/kaa/py"
)

// ErrorType is re.error, raised for invalid patterns and templates. Its
// instances carry msg, pattern, pos, lineno and colno, and its message
// says where the error is ("... at position 3", and the line and column
// when the pattern has several lines).
var ErrorType = py.NewExceptionType("re", "error", "Exception raised for invalid regular expressions.\n\n"+
	"    Attributes:\n\n"+
	"        msg: The unformatted error message\n"+
	"        pattern: The regular expression pattern\n"+
	"        pos: The index in the pattern where compilation failed (may be None)\n"+
	"        lineno: The line corresponding to pos (may be None)\n"+
	"        colno: The column corresponding to pos (may be None)\n", py.ExceptionType)

func init() {
	ErrorType.Slots.Init = errorInit
}

// errorInit is re.error.__init__(msg, pattern=None, pos=None).
func errorInit(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) error {
	var msg, pattern, pos py.Object = nil, py.None, py.None
	if err := py.UnpackArgs("__init__", args, kw, "msg", &msg, "pattern?", &pattern, "pos?", &pos); err != nil {
		return err
	}
	set := func(name string, v py.Object) error { return py.SetAttr(t, o, py.NewStr(name), v) }
	for _, a := range []struct {
		name string
		v    py.Object
	}{{"msg", msg}, {"pattern", pattern}, {"pos", pos}} {
		if err := set(a.name, a.v); err != nil {
			return err
		}
	}
	full := msg
	if pattern != py.None && pos != py.None {
		text, err := py.PercentFormat(t, py.NewStr("%s at position %d"), py.NewTuple(msg, pos))
		if err != nil {
			return err
		}
		full = text
		var newline py.Object = py.NewStr("\n")
		if _, ok := py.AsStr(pattern); !ok {
			newline = py.NewBytes([]byte{'\n'})
		}
		lines, err := py.CallMethod(t, pattern, "count", newline, py.NewInt(0), pos)
		if err != nil {
			return err
		}
		lineno, err := py.BinaryOperation(t, py.NB_ADD, lines, py.NewInt(1))
		if err != nil {
			return err
		}
		last, err := py.CallMethod(t, pattern, "rfind", newline, py.NewInt(0), pos)
		if err != nil {
			return err
		}
		colno, err := py.BinaryOperation(t, py.NB_SUBTRACT, pos, last)
		if err != nil {
			return err
		}
		if err := set("lineno", lineno); err != nil {
			return err
		}
		if err := set("colno", colno); err != nil {
			return err
		}
		multi, err := py.Contains(t, pattern, newline)
		if err != nil {
			return err
		}
		if multi {
			if full, err = py.PercentFormat(t, py.NewStr("%s (line %d, column %d)"), py.NewTuple(text, lineno, colno)); err != nil {
				return err
			}
		}
	} else {
		if err := set("lineno", py.None); err != nil {
			return err
		}
		if err := set("colno", py.None); err != nil {
			return err
		}
	}
	return py.ExceptionType.Slots.Init(t, o, []py.Object{full}, nil)
}

// raiseError turns an error of the parser or compiler into the Python
// exception it stands for; source is the pattern or template the
// position refers to.
func raiseError(t *py.Thread, err error, source py.Object) error {
	e, ok := err.(*Error)
	if !ok {
		return err
	}
	switch e.Kind {
	case ErrOverflow:
		return py.Errorf(py.OverflowErrorType, "%s", e.Msg)
	case ErrValue:
		return py.Errorf(py.ValueErrorType, "%s", e.Msg)
	case ErrIndex:
		return py.Errorf(py.IndexErrorType, "%s", e.Msg)
	}
	args := []py.Object{py.NewStr(e.Msg)}
	if e.Pos >= 0 {
		args = append(args, source, py.NewInt(int64(e.Pos)))
	}
	exc, cerr := py.Call(t, ErrorType, args, nil)
	if cerr != nil {
		return cerr
	}
	if x, ok := exc.(*py.Exception); ok {
		return x
	}
	return py.Errorf(py.SystemErrorType, "re.error() did not make an exception")
}
