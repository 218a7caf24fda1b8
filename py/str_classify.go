package py

import (
	"github.com/kaa-lang/kaa/internal/ucd"
)

// This file holds str's classification methods (isalpha ... istitle),
// answered per character by internal/ucd with CPython 3.11's Unicode
// data, and with ASCII fast paths.

func init() {
	for _, m := range []struct {
		name string
		pred func(rune) bool
		doc  string
	}{
		{"isalpha", ucd.IsAlpha, "Return True if the string is an alphabetic string, False otherwise."},
		{"isalnum", ucd.IsAlnum, "Return True if the string is an alpha-numeric string, False otherwise."},
		{"isdecimal", ucd.IsDecimal, "Return True if the string is a decimal string, False otherwise."},
		{"isdigit", ucd.IsDigit, "Return True if the string is a digit string, False otherwise."},
		{"isnumeric", ucd.IsNumeric, "Return True if the string is a numeric string, False otherwise."},
		{"isspace", ucd.IsSpace, "Return True if the string is a whitespace string, False otherwise."},
	} {
		StrType.AddMethod(m.name, strAllFunc(m.name, m.pred), m.doc)
	}
	StrType.AddMethod("isprintable", strIsPrintable, "Return True if the string is printable, False otherwise.")
	StrType.AddMethod("isascii", strIsASCII, "Return True if all characters in the string are ASCII, False otherwise.")
	StrType.AddMethod("isidentifier", strIsIdentifier, "Return True if the string is a valid Python identifier, False otherwise.")
	StrType.AddMethod("islower", strIsLower, "Return True if the string is a lowercase string, False otherwise.")
	StrType.AddMethod("isupper", strIsUpper, "Return True if the string is an uppercase string, False otherwise.")
	StrType.AddMethod("istitle", strIsTitle, "Return True if the string is a title-cased string, False otherwise.")
}

// strAllFunc returns a method that is true when the string is not empty
// and pred holds for every character.
func strAllFunc(name string, pred func(rune) bool) BuiltinFn {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		s, err := strSelf(name, self, args, kwnames)
		if err != nil {
			return nil, err
		}
		text := s.s
		if len(text) == 0 {
			return False, nil
		}
		for i := 0; i < len(text); {
			c := text[i]
			if c < 0x80 {
				if !pred(rune(c)) {
					return False, nil
				}
				i++
				continue
			}
			r, size := decodeRune(text, i)
			if !pred(r) {
				return False, nil
			}
			i += size
		}
		return True, nil
	}
}

// strIsPrintable implements str.isprintable() (true for "").
func strIsPrintable(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("isprintable", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	for i := 0; i < len(s.s); {
		r, size := decodeRune(s.s, i)
		if !ucd.IsPrintable(r) {
			return False, nil
		}
		i += size
	}
	return True, nil
}

// strIsASCII implements str.isascii().
func strIsASCII(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("isascii", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	return Bool(s.IsASCII()), nil
}

// IsIdentifier reports whether s is a valid identifier (str.isidentifier).
func (s *Str) IsIdentifier() bool {
	if len(s.s) == 0 {
		return false
	}
	for i := 0; i < len(s.s); {
		r, size := decodeRune(s.s, i)
		if i == 0 && !ucd.IsXIDStart(r) || i > 0 && !ucd.IsXIDContinue(r) {
			return false
		}
		i += size
	}
	return true
}

// strIsIdentifier implements str.isidentifier().
func strIsIdentifier(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("isidentifier", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	return Bool(s.IsIdentifier()), nil
}

// strIsLower implements str.islower(): at least one cased character and
// no uppercase or titlecase one.
func strIsLower(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("islower", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	cased := false
	for i := 0; i < len(s.s); {
		r, size := decodeRune(s.s, i)
		i += size
		if ucd.IsUpper(r) || ucd.IsTitle(r) {
			return False, nil
		}
		if ucd.IsLower(r) {
			cased = true
		}
	}
	return Bool(cased), nil
}

// strIsUpper implements str.isupper().
func strIsUpper(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("isupper", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	cased := false
	for i := 0; i < len(s.s); {
		r, size := decodeRune(s.s, i)
		i += size
		if ucd.IsLower(r) || ucd.IsTitle(r) {
			return False, nil
		}
		if ucd.IsUpper(r) {
			cased = true
		}
	}
	return Bool(cased), nil
}

// strIsTitle implements str.istitle(): uppercase and titlecase
// characters only after uncased ones, lowercase only after cased ones.
func strIsTitle(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("istitle", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	cased, prevCased := false, false
	for i := 0; i < len(s.s); {
		r, size := decodeRune(s.s, i)
		i += size
		switch {
		case ucd.IsUpper(r) || ucd.IsTitle(r):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case ucd.IsLower(r):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return Bool(cased), nil
}

// noKwargsFor is NoKwargs for the method owner.name, building the name
// only for the error.
func noKwargsFor(owner, name string, kwnames *Tuple) error {
	if kwnames == nil || kwnames.Len() == 0 {
		return nil
	}
	return NoKwargs(owner+"."+name, kwnames)
}

// exactArgsFor is exactArgs for the method owner.name, building the name
// only for the error.
func exactArgsFor(owner, name string, n int, args []Object, kwnames *Tuple) error {
	if len(args) == n && (kwnames == nil || kwnames.Len() == 0) {
		return nil
	}
	return exactArgs(owner+"."+name, n, args, kwnames)
}

// noArgsFor is noArgs for the method owner.name, building the name only
// for the error.
func noArgsFor(owner, name string, args []Object, kwnames *Tuple) error {
	if len(args) == 0 && (kwnames == nil || kwnames.Len() == 0) {
		return nil
	}
	return noArgs(owner+"."+name, args, kwnames)
}
