package ast

import (
	"github.com/kaa-lang/kaa/py"
)

// The flags of compile() the module exports.
const (
	pyCFOnlyAST             = 0x0400
	pyCFTypeComments        = 0x1000
	pyCFAllowTopLevelAwait  = 0x2000
	pyCFAllowIncompleteInpt = 0x4000
)

// state is one interpreter's _ast module: its node classes (heap types,
// made by Init) and the singleton instances of the operator and context
// classes that parsed trees share, as CPython's do.
type state struct {
	classes    map[string]*py.Type
	defs       map[*py.Type]*classDef
	singletons map[string]py.Object
	names      map[string]*py.Str
	// members lists, for each abstract class, its concrete classes in
	// ASDL order (checked in order by isinstance, as CPython does).
	members map[string][]*py.Type
	// layouts maps the concrete node classes' names to their Go structs.
	layouts map[string]*layout
}

// Init creates the _ast module of an interpreter.
func Init(in *py.Interpreter) (*py.Module, error) {
	m, _, err := newModule(in)
	return m, err
}

// newModule creates the module and its state.
func newModule(in *py.Interpreter) (*py.Module, *state, error) {
	t := in.MainThread()
	m := py.NewModule("_ast")
	st := &state{
		classes:    map[string]*py.Type{"AST": ASTType},
		defs:       map[*py.Type]*classDef{},
		singletons: map[string]py.Object{},
		names:      map[string]*py.Str{},
		members:    map[string][]*py.Type{},
		layouts:    map[string]*layout{},
	}
	defsByName := map[string]*classDef{}
	m.Set("AST", ASTType)
	for i := range classDefs {
		def := &classDefs[i]
		cls, err := makeClass(t, st, def)
		if err != nil {
			return nil, nil, err
		}
		st.classes[def.name] = cls
		st.defs[cls] = def
		defsByName[def.name] = def
		if def.newNode != nil {
			st.layouts[def.name] = newLayout(def, defsByName[def.base])
		}
		if def.base != "AST" {
			st.members[def.base] = append(st.members[def.base], cls)
		}
		if def.newNode == nil && !def.abstract {
			inst, err := py.Call(t, cls, nil, nil)
			if err != nil {
				return nil, nil, err
			}
			st.singletons[def.name] = inst
		}
		for _, f := range def.fields {
			st.name(f.name)
		}
		for _, f := range def.attrs {
			st.name(f.name)
		}
		m.Set(def.name, cls)
	}
	m.Set("PyCF_ONLY_AST", py.NewInt(pyCFOnlyAST))
	m.Set("PyCF_TYPE_COMMENTS", py.NewInt(pyCFTypeComments))
	m.Set("PyCF_ALLOW_TOP_LEVEL_AWAIT", py.NewInt(pyCFAllowTopLevelAwait))
	m.AddFunc("_kaa_parse", st.parseFunc, "Parse source to a tree of node objects (compile() with PyCF_ONLY_AST).")
	m.AddFunc("_kaa_compile", st.compileFunc, "Compile a tree of node objects to a code object (compile() of an AST).")
	m.AddFunc("_kaa_compile_source", st.compileSourceFunc, "Compile source text with PyCF_ALLOW_TOP_LEVEL_AWAIT.")
	return m, st, nil
}

// name returns the interned str of a field name.
func (st *state) name(s string) *py.Str {
	if n, ok := st.names[s]; ok {
		return n
	}
	n := py.NewStr(s)
	st.names[s] = n
	return n
}

// makeClass creates the heap class of def, as CPython's make_type does:
// type(name, (base,), {_fields, __match_args__, __module__, __doc__}),
// then _attributes and the None defaults of optional fields.
func makeClass(t *py.Thread, st *state, def *classDef) (*py.Type, error) {
	fields := make([]py.Object, len(def.fields))
	for i, f := range def.fields {
		fields[i] = py.NewStr(f.name)
	}
	ft := py.NewTupleFromSlice(fields)
	ns := py.NewDict()
	ns.SetString("_fields", ft)
	ns.SetString("__match_args__", ft)
	ns.SetString("__module__", py.NewStr("ast"))
	ns.SetString("__doc__", py.NewStr(def.doc))
	base := st.classes[def.base]
	r, err := py.Call(t, py.TypeType, []py.Object{py.NewStr(def.name), py.NewTuple(base), ns}, nil)
	if err != nil {
		return nil, err
	}
	cls := r.(*py.Type)
	if def.abstract || def.base == "AST" {
		attrs := make([]py.Object, len(def.attrs))
		for i, a := range def.attrs {
			attrs[i] = py.NewStr(a.name)
		}
		if err := py.SetAttr(t, cls, py.NewStr("_attributes"), py.NewTupleFromSlice(attrs)); err != nil {
			return nil, err
		}
	}
	for _, f := range def.fields {
		if f.kind == opt {
			if err := py.SetAttr(t, cls, py.NewStr(f.name), py.None); err != nil {
				return nil, err
			}
		}
	}
	for _, a := range def.attrs {
		if a.kind == opt {
			if err := py.SetAttr(t, cls, py.NewStr(a.name), py.None); err != nil {
				return nil, err
			}
		}
	}
	return cls, nil
}

// plural returns "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
