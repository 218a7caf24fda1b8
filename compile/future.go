package compile

import (
	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// futureFeatures are the __future__ imports of a module, found before
// compiling it as CPython's Python/future.c does.
type futureFeatures struct {
	flags  uint32 // CO_FUTURE_* bits the features turn on
	lineno int32  // line of the last future statement, -1 when none
}

// futureFlagMask is the set of co_flags bits that compile() inherits from
// its caller and records in every code object (CPython's PyCF_MASK).
const futureFlagMask = bytecode.CO_FUTURE_DIVISION | bytecode.CO_FUTURE_ABSOLUTE_IMPORT |
	bytecode.CO_FUTURE_WITH_STATEMENT | bytecode.CO_FUTURE_PRINT_FUNCTION |
	bytecode.CO_FUTURE_UNICODE_LITERALS | bytecode.CO_FUTURE_BARRY_AS_BDFL |
	bytecode.CO_FUTURE_GENERATOR_STOP | bytecode.CO_FUTURE_ANNOTATIONS

// parseFuture scans the leading statements of a module for future imports.
func parseFuture(mod syntax.Mod, filename string) (futureFeatures, error) {
	ff := futureFeatures{lineno: -1}
	var body []syntax.Stmt
	switch m := mod.(type) {
	case *syntax.Module:
		body = m.Body
	case *syntax.Interactive:
		body = m.Body
	default:
		return ff, nil
	}
	i := 0
	if _, ok := docString(body); ok {
		i++
	}
	done := false
	prevLine := int32(0)
	for ; i < len(body); i++ {
		s := body[i]
		pos := s.Position()
		if done && pos.Lineno > prevLine {
			return ff, nil
		}
		prevLine = pos.Lineno
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" {
			done = true
			continue
		}
		if done {
			return ff, &syntax.Error{
				Type: "SyntaxError", Msg: "from __future__ imports must occur at the beginning of the file",
				Filename: filename, Lineno: int(pos.Lineno), Offset: int(pos.ColOffset),
				EndLineno: int(pos.Lineno),
			}
		}
		for _, name := range imp.Names {
			switch name.Name {
			case "nested_scopes", "generators", "division", "absolute_import",
				"with_statement", "print_function", "unicode_literals", "generator_stop":
			case "barry_as_FLUFL":
				ff.flags |= bytecode.CO_FUTURE_BARRY_AS_BDFL
			case "annotations":
				ff.flags |= bytecode.CO_FUTURE_ANNOTATIONS
			case "braces":
				return ff, &syntax.Error{
					Type: "SyntaxError", Msg: "not a chance", Filename: filename,
					Lineno: int(pos.Lineno), Offset: int(pos.ColOffset) + 1, EndLineno: int(pos.Lineno),
				}
			default:
				return ff, &syntax.Error{
					Type: "SyntaxError", Msg: "future feature " + name.Name + " is not defined",
					Filename: filename, Lineno: int(pos.Lineno), Offset: int(pos.ColOffset) + 1,
					EndLineno: int(pos.Lineno),
				}
			}
		}
		ff.lineno = pos.Lineno
	}
	return ff, nil
}

// futureAnnotationsFlag is the feature of "from __future__ import
// annotations": annotations are kept as strings, not evaluated.
const futureAnnotationsFlag = bytecode.CO_FUTURE_ANNOTATIONS
