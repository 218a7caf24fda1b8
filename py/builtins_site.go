package py

import "strings"

// The interactive helpers that CPython's site module adds to builtins:
// exit and quit, copyright, credits and license, help; and breakpoint.

// Quitter is exit or quit: its repr tells how to leave, calling it raises
// SystemExit.
type Quitter struct {
	name string
}

// Printer is copyright, credits or license: its repr (or a call) shows
// a text.
type Printer struct {
	name  string
	text  string
	short string // the repr when it differs from the text
}

// Helper is help.
type Helper struct{}

// The types of the site helpers (module _sitebuiltins, as in CPython).
var (
	QuitterType = newBuiltinType("Quitter", ObjectType, 0)
	PrinterType = newBuiltinType("_Printer", ObjectType, 0)
	HelperType  = newBuiltinType("_Helper", ObjectType, 0)
)

// Type returns QuitterType.
func (*Quitter) Type() *Type { return QuitterType }

// Type returns PrinterType.
func (*Printer) Type() *Type { return PrinterType }

// Type returns HelperType.
func (*Helper) Type() *Type { return HelperType }

const (
	copyrightText = "Copyright (c) the kaa authors.\n" +
		"kaa implements the Python language; Python itself is\n" +
		"Copyright (c) 2001-2023 Python Software Foundation. All Rights Reserved."
	creditsText = "    kaa thanks the Python community and everyone whose work on the\n" +
		"    language and its reference implementation made it possible."
	licenseText = "kaa is free software; see the LICENSE file of its source distribution.\n" +
		"The Python language it implements is documented by the Python Software\n" +
		"Foundation at https://docs.python.org/3/license.html."
)

// siteBuiltin is one of the site helpers, by name.
type siteBuiltin struct {
	name string
	obj  Object
}

// siteBuiltins returns the site helpers to put into builtins.
func siteBuiltins() []siteBuiltin {
	return []siteBuiltin{
		{"copyright", &Printer{name: "copyright", text: copyrightText}},
		{"credits", &Printer{name: "credits", text: creditsText}},
		{"exit", &Quitter{name: "exit"}},
		{"help", &Helper{}},
		{"license", &Printer{name: "license", text: licenseText, short: "Type license() to see the full license text"}},
		{"quit", &Quitter{name: "quit"}},
	}
}

func init() {
	for _, typ := range []*Type{QuitterType, PrinterType, HelperType} {
		typ.AddAttr("__module__", NewStr("_sitebuiltins"))
	}
	QuitterType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		return NewStr("Use " + o.(*Quitter).name + "() or Ctrl-D (i.e. EOF) to exit"), nil
	}
	QuitterType.Slots.Call = func(t *Thread, o Object, args []Object, kw *Tuple) (Object, error) {
		var code Object = None
		if err := UnpackArgs("__call__", args, kw, "code?", &code); err != nil {
			return nil, err
		}
		if stdin := t.sysStream(strStdin); stdin != nil && stdin != None {
			if _, err := CallMethod(t, stdin, "close"); err != nil && !IsExceptionOf(err, ExceptionType) {
				return nil, err
			}
		}
		return nil, NewError(SystemExitType, code)
	}
	PrinterType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		p := o.(*Printer)
		if p.short != "" {
			return NewStr(p.short), nil
		}
		return NewStr(p.text), nil
	}
	PrinterType.Slots.Call = func(t *Thread, o Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__call__", args, kw); err != nil {
			return nil, err
		}
		return builtinPrint(t, nil, []Object{NewStr(o.(*Printer).text)}, nil)
	}
	HelperType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		return NewStr("Type help() for interactive help, or help(object) for help about object."), nil
	}
	HelperType.Slots.Call = helpCall
}

// helpCall implements help(obj): a short description and the docstring
// (kaa has no pydoc; help() without an argument says so).
func helpCall(t *Thread, o Object, args []Object, kw *Tuple) (Object, error) {
	var obj Object
	if err := UnpackArgs("__call__", args, kw, "request?", &obj); err != nil {
		return nil, err
	}
	if obj == nil {
		return builtinPrint(t, nil, []Object{NewStr("Interactive help is not available in kaa; use help(object).")}, nil)
	}
	var b strings.Builder
	name := ""
	if n, err := GetAttrOpt(t, obj, NewStr("__name__")); err == nil && n != nil {
		if s, ok := AsStr(n); ok {
			name = s.s
		}
	}
	switch {
	case name != "":
		b.WriteString("Help on " + TypeName(obj) + " " + name + ":\n\n" + name + "\n")
	default:
		b.WriteString("Help on " + TypeName(obj) + " object:\n")
	}
	if d, err := GetAttrOpt(t, obj, strDoc); err == nil && d != nil {
		if s, ok := AsStr(d); ok {
			for _, line := range strings.Split(s.s, "\n") {
				b.WriteString("    " + line + "\n")
			}
		}
	}
	return builtinPrint(t, nil, []Object{NewStr(b.String())}, nil)
}

// builtinBreakpoint implements breakpoint(*args, **kws): it calls
// sys.breakpointhook when there is one, and does nothing otherwise.
func builtinBreakpoint(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	hook := t.sysStream(NewStr("breakpointhook"))
	if hook == nil {
		return None, nil
	}
	return Call(t, hook, args, kw)
}
