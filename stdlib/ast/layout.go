package ast

import (
	"reflect"

	"github.com/kaa-lang/kaa/syntax"
)

// layout maps a node class onto its Go struct in package syntax: the
// index of the struct field holding each ASDL field (by the field's py
// tag), and whether the struct embeds a syntax.Span for the position
// attributes.
type layout struct {
	def     *classDef
	typ     reflect.Type // the struct type (not the pointer)
	fields  []int
	hasSpan bool
	// attrs are the position attributes (the sum type's for a
	// constructor such as Name, the product's own for arg), and owner
	// the name of the class that declares them, for error messages.
	attrs []fieldDef
	owner string
}

// newLayout finds def's fields in its Go struct.
func newLayout(def *classDef, base *classDef) *layout {
	typ := reflect.TypeOf(def.newNode()).Elem()
	l := &layout{def: def, typ: typ, fields: make([]int, len(def.fields))}
	byTag := map[string]int{}
	spanType := reflect.TypeOf(syntax.Span{})
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if f.Anonymous && f.Type == spanType {
			l.hasSpan = true
			continue
		}
		byTag[f.Tag.Get("py")] = i
	}
	l.attrs, l.owner = def.attrs, def.name
	if base != nil {
		l.attrs, l.owner = base.attrs, base.name
	}
	for i, f := range def.fields {
		idx, ok := byTag[f.name]
		if !ok {
			idx = -1
		}
		l.fields[i] = idx
	}
	return l
}
