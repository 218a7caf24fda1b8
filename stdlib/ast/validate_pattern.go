package ast

import (
	"fmt"

	"github.com/kaa-lang/kaa/syntax"
)

// checkPattern makes CPython's checks of one pattern of a match
// statement (its children are checked as the walk reaches them).
func checkPattern(p syntax.Pattern) error {
	switch p := p.(type) {
	case *syntax.MatchValue:
		return checkMatchValue(p.Value)
	case *syntax.MatchSingleton:
		switch p.Value.(type) {
		case syntax.NoneType, bool:
			return nil
		}
		return fmt.Errorf("MatchSingleton can only contain True, False and None")
	case *syntax.MatchMapping:
		if len(p.Keys) != len(p.Patterns) {
			return fmt.Errorf("MatchMapping doesn't have the same number of keys as patterns")
		}
		if p.Rest != "" {
			if err := checkCapture(p.Rest); err != nil {
				return err
			}
		}
		for _, k := range p.Keys {
			if c, ok := k.(*syntax.Constant); ok {
				switch c.Value.(type) {
				case syntax.NoneType, bool:
					continue
				}
			}
			if err := checkMatchValue(k); err != nil {
				return err
			}
		}
		return noStars(p.Patterns)
	case *syntax.MatchClass:
		if len(p.KwdAttrs) != len(p.KwdPatterns) {
			return fmt.Errorf("MatchClass doesn't have the same number of keyword attributes as patterns")
		}
		for cls := p.Cls; ; {
			if a, ok := cls.(*syntax.Attribute); ok {
				cls = a.Value
				continue
			}
			if _, ok := cls.(*syntax.Name); !ok {
				return fmt.Errorf("MatchClass cls field can only contain Name or Attribute nodes.")
			}
			break
		}
		for _, a := range p.KwdAttrs {
			if err := checkName(a); err != nil {
				return err
			}
		}
		if err := noStars(p.Patterns); err != nil {
			return err
		}
		return noStars(p.KwdPatterns)
	case *syntax.MatchStar:
		if p.Name != "" {
			return checkCapture(p.Name)
		}
	case *syntax.MatchAs:
		if p.Name != "" {
			if err := checkCapture(p.Name); err != nil {
				return err
			}
		}
		if p.Pattern != nil {
			if p.Name == "" {
				return fmt.Errorf("MatchAs must specify a target name if a pattern is given")
			}
			return noStars([]syntax.Pattern{p.Pattern})
		}
	case *syntax.MatchOr:
		if len(p.Patterns) < 2 {
			return fmt.Errorf("MatchOr requires at least 2 patterns")
		}
		return noStars(p.Patterns)
	}
	return nil
}

// noStars rejects a star pattern outside a sequence pattern.
func noStars(ps []syntax.Pattern) error {
	for _, p := range ps {
		if _, ok := p.(*syntax.MatchStar); ok {
			return fmt.Errorf("can't use MatchStar here")
		}
	}
	return nil
}

// checkMatchValue checks the expression of a value pattern (or of a
// mapping pattern's key).
func checkMatchValue(e syntax.Expr) error {
	// The expression itself is checked first, as CPython does.
	if err := validateNode(e, syntax.Load); err != nil {
		return err
	}
	switch e := e.(type) {
	case *syntax.Constant:
		if bad, ok := e.Value.(invalidConst); ok {
			return constTypeError(bad)
		}
		switch e.Value.(type) {
		case int64, float64, complex128, string, syntax.Bytes:
			return nil
		}
		if _, ok := e.Value.(interface{ BitLen() int }); ok {
			return nil // a big int
		}
		return fmt.Errorf("unexpected constant inside of a literal pattern")
	case *syntax.Attribute, *syntax.JoinedStr:
		return nil
	case *syntax.UnaryOp:
		if e.Op == syntax.USub {
			return nil
		}
	case *syntax.BinOp:
		if e.Op == syntax.OpAdd || e.Op == syntax.OpSub {
			return nil
		}
	}
	return fmt.Errorf("patterns may only match literals and attribute lookups")
}

// checkCapture checks a name a pattern binds.
func checkCapture(name string) error {
	if name == "_" {
		return fmt.Errorf("can't capture name '_' in patterns")
	}
	return checkName(name)
}

// checkName rejects identifiers that name constants.
func checkName(name string) error {
	switch name {
	case "None", "True", "False":
		return fmt.Errorf("identifier field can't represent '%s' constant", name)
	}
	return nil
}
