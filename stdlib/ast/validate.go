package ast

import (
	"fmt"
	"reflect"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/syntax"
)

// validateMod checks a tree built from node objects as CPython's
// PyAST_Validate does before compiling it: expression contexts, empty
// bodies and lists, matching lengths, positions. Trees from the parser
// always pass.
func validateMod(m syntax.Mod) error {
	if err := validateNode(m, syntax.Load); err != nil {
		switch err.(type) {
		case constTypeError, typeError:
			return py.Errorf(py.TypeErrorType, "%s", err.Error())
		}
		return py.Errorf(py.ValueErrorType, "%s", err.Error())
	}
	return nil
}

// constTypeError is a Constant holding a value of a type constants
// cannot have (a TypeError, where the other checks raise ValueError).
type constTypeError string

func (e constTypeError) Error() string { return "got an invalid type in Constant: " + string(e) }

// typeError is a check that raises TypeError.
type typeError string

func (e typeError) Error() string { return string(e) }

// bodyFirst checks the body of a definition before anything else in
// it, as CPython does.
func bodyFirst(name string, n int) error {
	if n == 0 {
		return fmt.Errorf("empty body on %s", name)
	}
	return nil
}

// targetFields names the fields whose expressions are assigned to or
// deleted, with the context they must have.
var targetFields = map[string]syntax.ExprContext{
	"Assign.targets": syntax.Store, "AugAssign.target": syntax.Store, "AnnAssign.target": syntax.Store,
	"Delete.targets": syntax.Del, "For.target": syntax.Store, "AsyncFor.target": syntax.Store,
	"comprehension.target": syntax.Store, "withitem.optional_vars": syntax.Store,
}

// validationOrder gives, for the nodes whose children CPython checks
// in another order than their fields', that order (fields left out are
// not checked: NamedExpr's target only has to be a Name).
var validationOrder = map[string][]string{
	"FunctionDef":      {"body", "args", "decorator_list", "returns"},
	"AsyncFunctionDef": {"body", "args", "decorator_list", "returns"},
	"ClassDef":         {"body", "bases", "keywords", "decorator_list"},
	"AnnAssign":        {"target", "value", "annotation"},
	"Try":              {"body", "handlers", "finalbody", "orelse"},
	"TryStar":          {"body", "handlers", "finalbody", "orelse"},
	"ListComp":         {"generators", "elt"},
	"SetComp":          {"generators", "elt"},
	"GeneratorExp":     {"generators", "elt"},
	"DictComp":         {"generators", "key", "value"},
	"Compare":          {"comparators", "left"},
	"Subscript":        {"slice", "value"},
	"NamedExpr":        {"value"},
}

// fieldOrder returns the indexes of the struct fields of a node (of Go
// type typ, Python class name) in the order they are checked.
func fieldOrder(typ reflect.Type, name string) []int {
	var order []int
	if names, ok := validationOrder[name]; ok {
		for _, want := range names {
			for i := 0; i < typ.NumField(); i++ {
				if typ.Field(i).Tag.Get("py") == want {
					order = append(order, i)
				}
			}
		}
		return order
	}
	for i := 0; i < typ.NumField(); i++ {
		if typ.Field(i).Tag.Get("py") != "" {
			order = append(order, i)
		}
	}
	return order
}

// inheritsContext names the fields whose expressions have the context
// of their parent.
var inheritsContext = map[string]bool{"Starred.value": true, "List.elts": true, "Tuple.elts": true}

// nullableLists names the lists that may hold None.
var nullableLists = map[string]bool{"Dict.keys": true, "arguments.kw_defaults": true}

// nonEmpty names the lists that must not be empty, with the word of the
// message ("empty body on If").
var nonEmpty = map[string]string{
	"FunctionDef.body": "body", "AsyncFunctionDef.body": "body", "ClassDef.body": "body",
	"For.body": "body", "AsyncFor.body": "body", "While.body": "body", "If.body": "body",
	"With.body": "body", "AsyncWith.body": "body", "Try.body": "body", "TryStar.body": "body",
	"ExceptHandler.body": "body", "match_case.body": "body",
	"Delete.targets": "targets", "Assign.targets": "targets", "With.items": "items",
	"AsyncWith.items": "items", "Match.cases": "cases", "Import.names": "names",
	"ImportFrom.names": "names", "Global.names": "names", "Nonlocal.names": "names",
}

// validateNode checks n, whose expressions (if n is one) must have
// context ctx, and its children.
func validateNode(n syntax.Node, ctx syntax.ExprContext) error {
	if n == nil || reflect.ValueOf(n).IsNil() {
		return nil
	}
	name := n.PyName()
	if err := checkNode(n, ctx); err != nil {
		return err
	}
	v := reflect.ValueOf(n).Elem()
	typ := v.Type()
	order := fieldOrder(typ, name)
	for _, i := range order {
		f := typ.Field(i)
		tag := f.Tag.Get("py")
		key := name + "." + tag
		childCtx := syntax.Load
		if c, ok := targetFields[key]; ok {
			childCtx = c
		}
		if inheritsContext[key] {
			childCtx = ctx
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.Slice:
			if fv.Len() == 0 {
				if word, ok := nonEmpty[key]; ok {
					return fmt.Errorf("empty %s on %s", word, name)
				}
			}
			if !isNodeType(fv.Type().Elem()) {
				continue
			}
			for j := 0; j < fv.Len(); j++ {
				e := fv.Index(j)
				if e.IsNil() {
					if nullableLists[key] {
						continue
					}
					what := "expression"
					if e.Type() == reflect.TypeOf((*syntax.Stmt)(nil)).Elem() {
						what = "statement"
					}
					return fmt.Errorf("None disallowed in %s list", what)
				}
				if err := validateNode(e.Interface().(syntax.Node), childCtx); err != nil {
					return err
				}
			}
		case reflect.Interface, reflect.Pointer:
			if fv.IsNil() || !isNodeType(fv.Type()) {
				continue
			}
			if err := validateNode(fv.Interface().(syntax.Node), childCtx); err != nil {
				return err
			}
		}
	}
	return nil
}

// isNodeType reports whether values of t are nodes.
func isNodeType(t reflect.Type) bool {
	return t.Implements(reflect.TypeOf((*syntax.Node)(nil)).Elem()) && t.Kind() != reflect.Uint8
}

// checkNode makes the checks of one node.
func checkNode(n syntax.Node, ctx syntax.ExprContext) error {
	switch p := n.(type) {
	case syntax.Stmt:
		if err := checkPositions(p.Position()); err != nil {
			return err
		}
	case syntax.Expr:
		if err := checkPositions(p.Position()); err != nil {
			return err
		}
	case syntax.Pattern:
		if err := checkPositions(p.Position()); err != nil {
			return err
		}
		return checkPattern(p)
	case *syntax.MatchCase:
		return noStars([]syntax.Pattern{p.Pattern})
	}
	if e, ok := n.(syntax.Expr); ok && ctx != syntax.Load {
		switch e.(type) {
		case *syntax.Name, *syntax.Attribute, *syntax.Subscript, *syntax.Starred, *syntax.List, *syntax.Tuple:
		default:
			return fmt.Errorf("expression which can't be assigned to in %s context", ctx.PyName())
		}
	}
	switch n := n.(type) {
	case *syntax.Name:
		if n.Ctx != ctx {
			return contextError(ctx, n.Ctx)
		}
		return checkName(n.Id)
	case *syntax.Attribute:
		if n.Ctx != ctx {
			return contextError(ctx, n.Ctx)
		}
	case *syntax.Subscript:
		if n.Ctx != ctx {
			return contextError(ctx, n.Ctx)
		}
	case *syntax.Starred:
		if n.Ctx != ctx {
			return contextError(ctx, n.Ctx)
		}
	case *syntax.List:
		if n.Ctx != ctx {
			return contextError(ctx, n.Ctx)
		}
	case *syntax.Tuple:
		if n.Ctx != ctx {
			return contextError(ctx, n.Ctx)
		}
	case *syntax.Constant:
		if bad, ok := n.Value.(invalidConst); ok {
			return constTypeError(bad)
		}
	case *syntax.BoolOp:
		if len(n.Values) < 2 {
			return fmt.Errorf("BoolOp with less than 2 values")
		}
	case *syntax.Dict:
		if len(n.Keys) != len(n.Values) {
			return fmt.Errorf("Dict doesn't have the same number of keys as values")
		}
	case *syntax.Compare:
		if len(n.Comparators) == 0 {
			return fmt.Errorf("Compare with no comparators")
		}
		if len(n.Comparators) != len(n.Ops) {
			return fmt.Errorf("Compare has a different number of comparators and operands")
		}
	case *syntax.ListComp:
		return noGenerators(len(n.Generators))
	case *syntax.SetComp:
		return noGenerators(len(n.Generators))
	case *syntax.DictComp:
		return noGenerators(len(n.Generators))
	case *syntax.GeneratorExp:
		return noGenerators(len(n.Generators))
	case *syntax.AnnAssign:
		if _, isName := n.Target.(*syntax.Name); n.Simple != 0 && !isName {
			return typeError("AnnAssign with simple non-Name target")
		}
	case *syntax.NamedExpr:
		if _, isName := n.Target.(*syntax.Name); !isName {
			return typeError("NamedExpr target must be a Name")
		}
	case *syntax.FunctionDef:
		return bodyFirst("FunctionDef", len(n.Body))
	case *syntax.AsyncFunctionDef:
		return bodyFirst("AsyncFunctionDef", len(n.Body))
	case *syntax.ClassDef:
		return bodyFirst("ClassDef", len(n.Body))
	case *syntax.Raise:
		if n.Exc == nil && n.Cause != nil {
			return fmt.Errorf("Raise with cause but no exception")
		}
	case *syntax.Try:
		return checkTry("Try", len(n.Body), len(n.Handlers), len(n.Orelse), len(n.Finalbody))
	case *syntax.TryStar:
		return checkTry("TryStar", len(n.Body), len(n.Handlers), len(n.Orelse), len(n.Finalbody))
	case *syntax.ImportFrom:
		if n.Level < 0 {
			return fmt.Errorf("Negative ImportFrom level")
		}
	case *syntax.Arguments:
		if len(n.Defaults) > len(n.Posonlyargs)+len(n.Args) {
			return fmt.Errorf("more positional defaults than args on arguments")
		}
		if len(n.KwDefaults) != len(n.Kwonlyargs) {
			return fmt.Errorf("length of kwonlyargs is not the same as kw_defaults on arguments")
		}
	}
	return nil
}

// checkTry checks the clauses of a try statement.
func checkTry(name string, body, handlers, orelse, final int) error {
	if body == 0 {
		return fmt.Errorf("empty body on %s", name)
	}
	if handlers == 0 && final == 0 {
		return fmt.Errorf("%s has neither except handlers nor finalbody", name)
	}
	if handlers == 0 && orelse != 0 {
		return fmt.Errorf("%s has orelse but no except handlers", name)
	}
	return nil
}

// noGenerators rejects a comprehension without for clauses.
func noGenerators(n int) error {
	if n == 0 {
		return fmt.Errorf("comprehension with no generators")
	}
	return nil
}

// contextError is the message of an expression with the wrong context.
func contextError(want, got syntax.ExprContext) error {
	return fmt.Errorf("expression must have %s context but has %s instead", want.PyName(), got.PyName())
}

// checkPositions checks a node's source range as CPython does.
func checkPositions(s *syntax.Span) error {
	if s.Lineno > s.EndLineno {
		return fmt.Errorf("AST node line range (%d, %d) is not valid", s.Lineno, s.EndLineno)
	}
	if (s.Lineno < 0 && s.EndLineno != s.Lineno) || (s.ColOffset < 0 && s.ColOffset != s.EndColOffset) {
		return fmt.Errorf("AST node column range (%d, %d) for line range (%d, %d) is not valid", s.ColOffset, s.EndColOffset, s.Lineno, s.EndLineno)
	}
	if s.Lineno == s.EndLineno && s.ColOffset > s.EndColOffset {
		return fmt.Errorf("line %d, column %d-%d is not a valid range", s.Lineno, s.ColOffset, s.EndColOffset)
	}
	return nil
}
