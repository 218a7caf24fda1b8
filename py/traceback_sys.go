package py

import "strings"

// The formatting behind the traceback module (lib/traceback.py), offered
// as private functions of sys so that the module formats exactly as the
// interpreter's own reports do.

// limitArg reads a traceback limit: None is no limit; a negative limit
// selects the last entries, a positive one the first.
func limitArg(t *Thread, o Object) (n int, fromEnd bool, err error) {
	if o == nil || o == None {
		return -1, false, nil
	}
	n, err = AsIndex(t, o)
	if err != nil {
		return 0, false, err
	}
	if n < 0 {
		return -n, true, nil
	}
	return n, false, nil
}

// splitKeep splits text into lines, each keeping its newline.
func splitKeep(text string) []Object {
	var out []Object
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			out = append(out, NewStr(line))
		}
	}
	return out
}

// sysFormatException is sys._kaa_format_exception(exc, limit=None,
// chain=True).
func sysFormatException(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var exc, limit Object
	chain := true
	limit = None
	if err := UnpackArgs("_kaa_format_exception", args, kw, "exc", &exc, "limit?", &limit, "chain?", &chain); err != nil {
		return nil, err
	}
	e, ok := exc.(*Exception)
	if !ok {
		return nil, Errorf(TypeErrorType, "an exception is required, not %s", TypeName(exc))
	}
	n, fromEnd, err := limitArg(t, limit)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	ctx := &tbContext{seen: map[*Exception]bool{}, limit: n, fromEnd: fromEnd}
	t.formatExceptionTree(&b, ctx, e, chain)
	return NewList(splitKeep(b.String())), nil
}

// sysFormatTB is sys._kaa_format_tb(tb, limit=None): one string per
// entry.
func sysFormatTB(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var tbo, limit Object = nil, None
	if err := UnpackArgs("_kaa_format_tb", args, kw, "tb", &tbo, "limit?", &limit); err != nil {
		return nil, err
	}
	if tbo == None {
		return NewList(nil), nil
	}
	tb, ok := tbo.(*Traceback)
	if !ok {
		return nil, Errorf(TypeErrorType, "a traceback is required, not %s", TypeName(tbo))
	}
	n, fromEnd, err := limitArg(t, limit)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	t.formatTracebackLimit(&b, tb, n, fromEnd)
	// One item per entry: an entry starts with "  File".
	var out []Object
	text := b.String()
	for len(text) > 0 {
		next := strings.Index(text[1:], "\n  File \"")
		rep := strings.Index(text[1:], "\n  [Previous line")
		if rep >= 0 && (next < 0 || rep < next) {
			next = rep
		}
		if next < 0 {
			out = append(out, NewStr(text))
			break
		}
		out = append(out, NewStr(text[:next+2]))
		text = text[next+2:]
	}
	return NewList(out), nil
}

// sysFormatExceptionOnly is sys._kaa_format_exception_only(exc).
func sysFormatExceptionOnly(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("_kaa_format_exception_only", args, kw, 1, 1); err != nil {
		return nil, err
	}
	e, ok := args[0].(*Exception)
	if !ok {
		name := TypeName(args[0])
		if args[0] == None {
			name = "NoneType"
		}
		return NewList([]Object{NewStr(name + ": " + "\n")}), nil
	}
	var b strings.Builder
	t.formatExceptionOnly(&b, e)
	return NewList(splitKeep(b.String())), nil
}
