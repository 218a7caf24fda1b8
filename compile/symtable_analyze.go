package compile

import (
	"fmt"
	"sort"
)

// The second pass of the symbol table: resolving each name's scope.
//
// Each block is analysed with the set of names bound in its enclosing
// function scopes (bound), the names declared global around it (global),
// and returns through free the names its nested blocks use without
// binding them. A local name that a child uses freely becomes a cell; a
// free name that no enclosing function binds is an implicit global.

type nameSet map[string]struct{}

func (s nameSet) has(n string) bool { _, ok := s[n]; return ok }
func (s nameSet) add(n string)      { s[n] = struct{}{} }

func (s nameSet) clone() nameSet {
	c := make(nameSet, len(s))
	for n := range s {
		c[n] = struct{}{}
	}
	return c
}

func (s nameSet) update(o nameSet) {
	for n := range o {
		s[n] = struct{}{}
	}
}

func (st *symtable) analyze() error {
	free := nameSet{}
	global := nameSet{}
	return st.analyzeBlock(st.top, nil, free, global)
}

// errorAtDirective reports msg at the global or nonlocal statement that
// declared name in s.
func (st *symtable) errorAtDirective(s *scope, name, msg string) error {
	for _, d := range s.dirs {
		if d.name == name {
			e := spanError(st.filename, msg, d.span)
			return e
		}
	}
	return fmt.Errorf("compile: internal error: no directive for %q", name)
}

// analyzeName decides the scope of one name of block s.
func (st *symtable) analyzeName(s *scope, scopes map[string]int, name string, flags int,
	bound, local, free, global nameSet) error {
	if flags&defGlobal != 0 {
		if flags&defNonlocal != 0 {
			return st.errorAtDirective(s, name, fmt.Sprintf("name '%s' is nonlocal and global", name))
		}
		scopes[name] = scopeGlobalExplicit
		global.add(name)
		if bound != nil {
			delete(bound, name)
		}
		return nil
	}
	if flags&defNonlocal != 0 {
		if bound == nil {
			return st.errorAtDirective(s, name, "nonlocal declaration not allowed at module level")
		}
		if !bound.has(name) {
			return st.errorAtDirective(s, name, fmt.Sprintf("no binding for nonlocal '%s' found", name))
		}
		scopes[name] = scopeFree
		s.hasFree = true
		free.add(name)
		return nil
	}
	if flags&defBound != 0 {
		scopes[name] = scopeLocal
		local.add(name)
		delete(global, name)
		return nil
	}
	// A name bound in an enclosing function is free here; otherwise it is
	// global (implicitly).
	if bound != nil && bound.has(name) {
		scopes[name] = scopeFree
		s.hasFree = true
		free.add(name)
		return nil
	}
	if global != nil && global.has(name) {
		scopes[name] = scopeGlobalImplicit
		return nil
	}
	if s.nested {
		s.hasFree = true
	}
	scopes[name] = scopeGlobalImplicit
	return nil
}

func (st *symtable) analyzeBlock(s *scope, bound, free, global nameSet) error {
	local := nameSet{}
	scopes := make(map[string]int, len(s.syms.names))
	newGlobal := nameSet{}
	newFree := nameSet{}
	newBound := nameSet{}

	// A class's bindings are invisible to the functions nested in it, so
	// what children see is fixed before looking at the class's names.
	if s.typ == classBlock {
		newGlobal.update(global)
		if bound != nil {
			newBound.update(bound)
		}
	}
	for _, name := range s.syms.names {
		if err := st.analyzeName(s, scopes, name, s.syms.flags[name], bound, local, free, global); err != nil {
			return err
		}
	}
	if s.typ != classBlock {
		if s.typ == functionBlock {
			newBound.update(local)
		}
		if bound != nil {
			newBound.update(bound)
		}
		newGlobal.update(global)
	} else {
		newBound.add("__class__")
	}

	allFree := nameSet{}
	for _, child := range s.children {
		childFree := newFree.clone()
		if err := st.analyzeBlock(child, newBound.clone(), childFree, newGlobal.clone()); err != nil {
			return err
		}
		allFree.update(childFree)
		if child.hasFree || child.childFree {
			s.childFree = true
		}
	}
	newFree.update(allFree)

	switch s.typ {
	case functionBlock:
		// Locals used freely by children become cells.
		for name, sc := range scopes {
			if sc == scopeLocal && newFree.has(name) {
				scopes[name] = scopeCell
				delete(newFree, name)
			}
		}
	case classBlock:
		if newFree.has("__class__") {
			delete(newFree, "__class__")
			s.needsClassClosure = true
		}
	}
	st.updateSymbols(s, scopes, bound, newFree, s.typ == classBlock)
	free.update(newFree)
	return nil
}

// updateSymbols stores the resolved scopes in the flag words, and adds
// the names that children use freely and this block passes through.
func (st *symtable) updateSymbols(s *scope, scopes map[string]int, bound, free nameSet, classFlag bool) {
	for _, name := range s.syms.names {
		s.syms.flags[name] |= scopes[name] << scopeOffset
	}
	names := make([]string, 0, len(free))
	for name := range free {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if v, ok := s.syms.flags[name]; ok {
			// A method's free variable with the same name as a local or
			// global of the class.
			if classFlag {
				s.syms.flags[name] = v | defFreeClass
			}
			continue
		}
		if bound != nil && !bound.has(name) {
			continue // a global
		}
		s.syms.set(name, scopeFree<<scopeOffset)
	}
}
