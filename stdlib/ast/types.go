// Package ast is the _ast module: the node classes of Python's abstract
// syntax tree (ast.AST and one class per ASDL type and constructor, as
// CPython 3.11 makes them), the PyCF_* flags, and the conversions
// between package syntax's Go tree and trees of node objects that
// compile() uses: parsing with ast.PyCF_ONLY_AST and compiling a tree.
package ast

import (
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/syntax"
)

// fieldKind tells whether a field holds one value, an optional value
// (ASDL "?") or a list (ASDL "*").
type fieldKind uint8

const (
	one fieldKind = iota
	opt
	seq
)

// fieldDef is one field or attribute of a node class: its name, its
// ASDL type without the "?" or "*", and its kind.
type fieldDef struct {
	name string
	typ  string
	kind fieldKind
}

// classDef describes a class of the _ast module (classes_gen.go).
type classDef struct {
	name     string
	base     string
	doc      string
	fields   []fieldDef
	attrs    []fieldDef
	abstract bool
	// enum is the value of an operator or context class (Add, Load) in
	// its Go enumeration; newNode is nil for those classes.
	enum    int
	newNode func() syntax.Node
}

// ASTType is ast.AST, the base of every node class. Its instances keep
// their fields in their __dict__.
var ASTType = py.NewBuiltinType("AST", nil, py.FlagBaseType|py.FlagHasDict)

// astObject is an instance of ast.AST itself; instances of the node
// classes (heap subclasses) are ordinary class instances.
type astObject struct {
	py.DictField
}

// Type returns ASTType.
func (*astObject) Type() *py.Type { return ASTType }

func init() {
	s := &ASTType.Slots
	s.New = func(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if typ != ASTType {
			return py.NewInstanceWithBase(typ, nil), nil
		}
		return &astObject{}, nil
	}
	s.Init = astInit
	ASTType.AddAttr("__module__", py.NewStr("ast"))
	ASTType.AddMethod("__reduce__", astReduce, "")
	ASTType.AddGetSet("__dict__", func(t *py.Thread, o py.Object) (py.Object, error) {
		if d := py.InstanceDict(o); d != nil {
			return d, nil
		}
		return py.NewDict(), nil
	}, nil, "")
	empty := py.NewTuple()
	ASTType.AddAttr("_fields", empty)
	ASTType.AddAttr("__match_args__", empty)
	ASTType.AddAttr("_attributes", empty)
}

// astInit is AST.__init__: positional arguments fill the class's
// _fields in order, keyword arguments set any attribute.
func astInit(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) error {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	npos := len(args) - nkw
	fieldsObj, err := py.GetAttrString(t, o.Type(), "_fields")
	if err != nil {
		return err
	}
	fields, err := sequenceItems(t, fieldsObj)
	if err != nil {
		return err
	}
	name := o.Type().ShortName()
	if npos > len(fields) {
		return py.Errorf(py.TypeErrorType, "%s constructor takes at most %d positional argument%s", name, len(fields), plural(len(fields)))
	}
	for i := 0; i < npos; i++ {
		fname, ok := py.AsStr(fields[i])
		if !ok {
			return py.Errorf(py.TypeErrorType, "attribute name must be string, not '%s'", py.TypeName(fields[i]))
		}
		if err := py.SetAttr(t, o, fname, args[i]); err != nil {
			return err
		}
	}
	for i := 0; i < nkw; i++ {
		key := kw.Items()[i].(*py.Str)
		for j := 0; j < npos; j++ {
			if f, ok := py.AsStr(fields[j]); ok && f.String() == key.String() {
				return py.Errorf(py.TypeErrorType, "%s got multiple values for argument '%s'", name, key.String())
			}
		}
		if err := py.SetAttr(t, o, key, args[npos+i]); err != nil {
			return err
		}
	}
	return nil
}

// astReduce is AST.__reduce__: (type(self), (), self.__dict__).
func astReduce(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("__reduce__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	d := py.InstanceDict(self)
	if d == nil {
		return py.NewTuple(self.Type(), py.NewTuple()), nil
	}
	return py.NewTuple(self.Type(), py.NewTuple(), d), nil
}

// sequenceItems returns the items of a tuple or list, or of any
// iterable.
func sequenceItems(t *py.Thread, o py.Object) ([]py.Object, error) {
	if tu, ok := py.AsTuple(o); ok {
		return tu.Items(), nil
	}
	if l, ok := py.AsList(o); ok {
		return l.Items(), nil
	}
	return py.ListFromIterable(t, o)
}
