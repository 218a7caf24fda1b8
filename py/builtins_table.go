package py

// builtinSpec names one built-in function of the builtins module.
type builtinSpec struct {
	name string
	fn   BuiltinFn
	doc  string
}

// standardBuiltins lists the built-in functions implemented in the
// builtins_*.go files (the VM's own, such as exec and __build_class__,
// are added by the VM).
func standardBuiltins() []builtinSpec {
	return []builtinSpec{
		{"abs", builtinAbs, "Return the absolute value of the argument."},
		{"all", builtinAll, "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True."},
		{"any", builtinAny, "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False."},
		{"ascii", builtinASCII, "Return an ASCII-only representation of an object."},
		{"bin", builtinBin, "Return the binary representation of an integer."},
		{"breakpoint", builtinBreakpoint, "Call sys.breakpointhook(*args, **kws)."},
		{"callable", builtinCallable, "Return whether the object is callable (i.e., some kind of function)."},
		{"chr", builtinChr, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
		{"delattr", builtinDelattr, "Deletes the named attribute from the given object."},
		{"dir", builtinDir, "Show attributes of an object."},
		{"divmod", builtinDivmod, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
		{"format", builtinFormat, "Return value.__format__(format_spec)"},
		{"getattr", builtinGetattr, "Get a named attribute from an object."},
		{"globals", builtinGlobals, "Return the dictionary containing the current scope's global variables."},
		{"hasattr", builtinHasattr, "Return whether the object has an attribute with the given name."},
		{"hash", builtinHash, "Return the hash value for the given object."},
		{"hex", builtinHex, "Return the hexadecimal representation of an integer."},
		{"id", builtinID, "Return the identity of an object."},
		{"input", builtinInput, "Read a string from standard input.  The trailing newline is stripped."},
		{"isinstance", builtinIsinstance, "Return whether an object is an instance of a class or of a subclass thereof."},
		{"issubclass", builtinIssubclass, "Return whether 'cls' is derived from another class or is the same class."},
		{"iter", builtinIter, "Get an iterator from an object."},
		{"len", builtinLen, "Return the number of items in a container."},
		{"locals", builtinLocals, "Return a dictionary containing the current scope's local variables."},
		{"max", builtinMax, "With a single iterable argument, return its biggest item."},
		{"min", builtinMin, "With a single iterable argument, return its smallest item."},
		{"next", builtinNext, "Return the next item from the iterator."},
		{"oct", builtinOct, "Return the octal representation of an integer."},
		{"open", builtinOpen, "Open file and return a stream.  Raise OSError upon failure."},
		{"ord", builtinOrd, "Return the Unicode code point for a one-character string."},
		{"pow", builtinPow, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
		{"print", builtinPrint, "Prints the values to a stream, or to sys.stdout by default."},
		{"repr", builtinRepr, "Return the canonical string representation of the object."},
		{"round", builtinRound, "Round a number to a given precision in decimal digits."},
		{"setattr", builtinSetattr, "Sets the named attribute on the given object to the specified value."},
		{"sorted", builtinSorted, "Return a new list containing all items from the iterable in ascending order."},
		{"sum", builtinSum, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
		{"vars", builtinVars, "Show vars."},
		{"aiter", builtinAiter, "Return an AsyncIterator for an AsyncIterable object."},
		{"anext", builtinAnext, "Return the next item from the async iterator."},
	}
}

// standardBuiltinTypes lists the built-in types defined beside these
// functions.
func standardBuiltinTypes() []*Type {
	return []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType}
}

func init() {
	for _, s := range standardBuiltins() {
		AddBuiltin(s.name, s.fn, s.doc)
	}
	for _, typ := range standardBuiltinTypes() {
		AddBuiltinObject(typ.Name, typ)
	}
	for _, sb := range siteBuiltins() {
		AddBuiltinObject(sb.name, sb.obj)
	}
}
