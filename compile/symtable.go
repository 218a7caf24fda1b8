package compile

import (
	"fmt"
	"sort"

	"github.com/kaa-lang/kaa/syntax"
)

// The symbol table decides, for every name in every scope, whether it is
// a local, a global (declared or implicit), a free variable taken from an
// enclosing function, or a cell that an inner function captures. It works
// as CPython 3.11's Python/symtable.c: a first pass over the tree records
// raw facts about each name (bound here, used here, declared global...),
// and a second pass (symtable_analyze.go) resolves the scopes from the
// module down, so that a name free in an inner function becomes a cell in
// the function that binds it.

// blockType is the kind of a scope.
type blockType uint8

const (
	functionBlock blockType = iota
	classBlock
	moduleBlock
	annotationBlock // annotations under "from __future__ import annotations"
)

// compKind says which kind of comprehension a function scope implements.
type compKind uint8

const (
	notComprehension compKind = iota
	listComprehension
	dictComprehension
	setComprehension
	generatorExpression
)

// Raw facts about a name in a scope (CPython's DEF_* flags).
const (
	defGlobal    = 1 << iota // global statement
	defLocal                 // assignment
	defParam                 // parameter
	defNonlocal              // nonlocal statement
	use                      // name is used
	defFree                  // name used but not defined in nested block
	defFreeClass             // free variable of a method that the class also binds
	defImport                // assignment by import
	defAnnot                 // annotated name
	defCompIter              // comprehension iteration variable

	defBound = defLocal | defParam | defImport
)

// The scope of a resolved name, stored above the flags.
const (
	scopeOffset = 11
	scopeMask   = 7

	scopeLocal          = 1
	scopeGlobalExplicit = 2
	scopeGlobalImplicit = 3
	scopeFree           = 4
	scopeCell           = 5
)

// symbols is an insertion-ordered map from names to flag words.
type symbols struct {
	names []string
	flags map[string]int
}

func (s *symbols) get(name string) int { return s.flags[name] }

func (s *symbols) set(name string, v int) {
	if _, ok := s.flags[name]; !ok {
		s.names = append(s.names, name)
	}
	s.flags[name] = v
}

// directive records where a global or nonlocal declaration was made, for
// the errors of the analysis pass.
type directive struct {
	name string
	span syntax.Span
}

// scope is one symbol table entry: a module, class, function, lambda or
// comprehension body.
type scope struct {
	name     string
	typ      blockType
	syms     symbols
	varnames []string // the parameters, in order
	children []*scope
	dirs     []directive
	span     syntax.Span

	nested            bool // a function scope nested in a function
	hasFree           bool // some name here is free
	childFree         bool // some child scope has free names
	generator         bool
	coroutine         bool
	comprehension     compKind
	varargs           bool
	varkeywords       bool
	returnsValue      bool
	needsClassClosure bool // a class whose methods use __class__ or super()
	compIterTarget    bool // visiting a comprehension target
	compIterExpr      int  // > 0 while visiting a comprehension's iterable
}

// lookupScope returns the resolved scope of name (0 when unknown).
func (s *scope) lookupScope(name string) int {
	return (s.syms.get(name) >> scopeOffset) & scopeMask
}

// namesWithScope returns, sorted, the names whose scope is sc or whose
// flags include flag.
func (s *scope) namesWithScope(sc, flag int) []string {
	var out []string
	for _, n := range s.syms.names {
		v := s.syms.flags[n]
		if (v>>scopeOffset)&scopeMask == sc || v&flag != 0 {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func (s *scope) isFunctionLike() bool { return s.typ == functionBlock }

// symtable is the whole table of one compilation.
type symtable struct {
	filename string
	future   *futureFeatures
	top      *scope
	cur      *scope
	stack    []*scope
	global   *symbols // the module's symbols (st_global)
	private  string   // name of the enclosing class, for mangling
	blocks   map[any]*scope
	err      error
}

// mangle returns the private name name takes inside class private:
// __spam becomes _Class__spam, except for dunder names and dotted names.
func mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if len(name) >= 2 && name[len(name)-1] == '_' && name[len(name)-2] == '_' {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	i := 0
	for i < len(private) && private[i] == '_' {
		i++
	}
	if i == len(private) {
		return name
	}
	return "_" + private[i:] + name
}

// buildSymtable runs both passes over mod.
func buildSymtable(mod syntax.Mod, filename string, future *futureFeatures) (*symtable, error) {
	st := &symtable{filename: filename, future: future, blocks: make(map[any]*scope)}
	st.enterBlock("top", moduleBlock, mod, syntax.Span{})
	st.top = st.cur
	switch m := mod.(type) {
	case *syntax.Module:
		st.visitStmts(m.Body)
	case *syntax.Expression:
		st.visitExpr(m.Body)
	case *syntax.Interactive:
		st.visitStmts(m.Body)
	default:
		return nil, fmt.Errorf("compile: cannot compile a %s node", mod.PyName())
	}
	st.exitBlock()
	if st.err != nil {
		return nil, st.err
	}
	if err := st.analyze(); err != nil {
		return nil, err
	}
	return st, nil
}

// errorAt records a SyntaxError spanning span (only the first one counts).
func (st *symtable) errorAt(msg string, span syntax.Span) {
	if st.err == nil {
		st.err = spanError(st.filename, msg, span)
	}
}

// spanError is a SyntaxError at a node's span, with CPython's 1-based
// offsets counted in bytes as the compiler reports them.
func spanError(filename, msg string, span syntax.Span) *syntax.Error {
	return &syntax.Error{
		Type: "SyntaxError", Msg: msg, Filename: filename,
		Lineno: int(span.Lineno), Offset: int(span.ColOffset) + 1,
		EndLineno: int(span.EndLineno), EndOffset: int(span.EndColOffset) + 1,
	}
}

func (st *symtable) enterBlock(name string, typ blockType, key any, span syntax.Span) {
	s := &scope{name: name, typ: typ, span: span, syms: symbols{flags: make(map[string]int)}}
	prev := st.cur
	if prev != nil && (prev.nested || prev.typ == functionBlock) {
		s.nested = true
	}
	st.blocks[key] = s
	st.stack = append(st.stack, s)
	if prev != nil {
		s.compIterExpr = prev.compIterExpr
	}
	st.cur = s
	if typ == annotationBlock {
		return
	}
	if typ == moduleBlock {
		st.global = &s.syms
	}
	if prev != nil {
		prev.children = append(prev.children, s)
	}
}

func (st *symtable) exitBlock() {
	st.stack = st.stack[:len(st.stack)-1]
	if len(st.stack) > 0 {
		st.cur = st.stack[len(st.stack)-1]
	} else {
		st.cur = nil
	}
}

// lookup returns the flags name has so far in the current scope.
func (st *symtable) lookup(name string) int {
	return st.cur.syms.get(mangle(st.private, name))
}

func (st *symtable) addDef(name string, flag int, span syntax.Span) {
	st.addDefIn(name, flag, st.cur, span)
}

func (st *symtable) addDefIn(name string, flag int, s *scope, span syntax.Span) {
	mangled := mangle(st.private, name)
	val, ok := s.syms.flags[mangled]
	if ok {
		if flag&defParam != 0 && val&defParam != 0 {
			st.errorAt(fmt.Sprintf("duplicate argument '%s' in function definition", name), span)
			return
		}
		val |= flag
	} else {
		val = flag
	}
	if s.compIterTarget {
		if val&(defGlobal|defNonlocal) != 0 {
			st.errorAt(fmt.Sprintf("comprehension inner loop cannot rebind assignment expression target '%s'", name), span)
			return
		}
		val |= defCompIter
	}
	s.syms.set(mangled, val)
	if flag&defParam != 0 {
		s.varnames = append(s.varnames, mangled)
	} else if flag&defGlobal != 0 {
		// A global statement anywhere makes the name a global of the
		// module too (so the module stores it with STORE_GLOBAL).
		st.global.set(mangled, st.global.get(mangled)|flag)
	}
}

func (st *symtable) recordDirective(name string, span syntax.Span) {
	st.cur.dirs = append(st.cur.dirs, directive{mangle(st.private, name), span})
}

func (st *symtable) visitStmts(stmts []syntax.Stmt) {
	for _, s := range stmts {
		st.visitStmt(s)
	}
}

func (st *symtable) visitExprs(es []syntax.Expr) {
	for _, e := range es {
		if e != nil {
			st.visitExpr(e)
		}
	}
}

func (st *symtable) visitFunction(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, async bool) {
	span := *s.Position()
	st.addDef(name, defLocal, span)
	st.visitExprs(args.Defaults)
	st.visitExprs(args.KwDefaults)
	st.visitAnnotations(s, args, returns)
	st.visitExprs(decorators)
	st.enterBlock(name, functionBlock, s, span)
	if async {
		st.cur.coroutine = true
	}
	st.visitArguments(args)
	st.visitStmts(body)
	st.exitBlock()
}

func (st *symtable) visitStmt(s syntax.Stmt) {
	if st.err != nil {
		return
	}
	switch s := s.(type) {
	case *syntax.FunctionDef:
		st.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		st.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		st.addDef(s.Name, defLocal, s.Span)
		st.visitExprs(s.Bases)
		st.visitKeywords(s.Keywords)
		st.visitExprs(s.DecoratorList)
		st.enterBlock(s.Name, classBlock, s, s.Span)
		saved := st.private
		st.private = s.Name
		st.visitStmts(s.Body)
		st.private = saved
		st.exitBlock()
	case *syntax.Return:
		if s.Value != nil {
			st.visitExpr(s.Value)
			st.cur.returnsValue = true
		}
	case *syntax.Delete:
		st.visitExprs(s.Targets)
	case *syntax.Assign:
		st.visitExprs(s.Targets)
		st.visitExpr(s.Value)
	case *syntax.AnnAssign:
		if name, ok := s.Target.(*syntax.Name); ok {
			cur := st.lookup(name.Id)
			if cur&(defGlobal|defNonlocal) != 0 && &st.cur.syms != st.global && s.Simple != 0 {
				msg := "annotated name '%s' can't be nonlocal"
				if cur&defGlobal != 0 {
					msg = "annotated name '%s' can't be global"
				}
				st.errorAt(fmt.Sprintf(msg, name.Id), s.Span)
				return
			}
			if s.Simple != 0 {
				st.addDef(name.Id, defAnnot|defLocal, name.Span)
			} else if s.Value != nil {
				st.addDef(name.Id, defLocal, name.Span)
			}
		} else {
			st.visitExpr(s.Target)
		}
		st.visitAnnotation(s.Annotation)
		if s.Value != nil {
			st.visitExpr(s.Value)
		}
	case *syntax.AugAssign:
		st.visitExpr(s.Target)
		st.visitExpr(s.Value)
	case *syntax.For:
		st.visitExpr(s.Target)
		st.visitExpr(s.Iter)
		st.visitStmts(s.Body)
		st.visitStmts(s.Orelse)
	case *syntax.AsyncFor:
		st.visitExpr(s.Target)
		st.visitExpr(s.Iter)
		st.visitStmts(s.Body)
		st.visitStmts(s.Orelse)
	case *syntax.While:
		st.visitExpr(s.Test)
		st.visitStmts(s.Body)
		st.visitStmts(s.Orelse)
	case *syntax.If:
		st.visitExpr(s.Test)
		st.visitStmts(s.Body)
		st.visitStmts(s.Orelse)
	case *syntax.Match:
		st.visitExpr(s.Subject)
		for _, c := range s.Cases {
			st.visitPattern(c.Pattern)
			if c.Guard != nil {
				st.visitExpr(c.Guard)
			}
			st.visitStmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			st.visitExpr(s.Exc)
			if s.Cause != nil {
				st.visitExpr(s.Cause)
			}
		}
	case *syntax.Try:
		st.visitStmts(s.Body)
		st.visitHandlers(s.Handlers)
		st.visitStmts(s.Orelse)
		st.visitStmts(s.Finalbody)
	case *syntax.TryStar:
		st.visitStmts(s.Body)
		st.visitHandlers(s.Handlers)
		st.visitStmts(s.Orelse)
		st.visitStmts(s.Finalbody)
	case *syntax.Assert:
		st.visitExpr(s.Test)
		if s.Msg != nil {
			st.visitExpr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			st.visitAlias(a)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			st.visitAlias(a)
		}
	case *syntax.Global:
		st.visitDeclaration(s.Names, s.Span, true)
	case *syntax.Nonlocal:
		st.visitDeclaration(s.Names, s.Span, false)
	case *syntax.ExprStmt:
		st.visitExpr(s.Value)
	case *syntax.With:
		st.visitWithItems(s.Items)
		st.visitStmts(s.Body)
	case *syntax.AsyncWith:
		st.visitWithItems(s.Items)
		st.visitStmts(s.Body)
	}
}

// visitDeclaration handles a global or nonlocal statement.
func (st *symtable) visitDeclaration(names []string, span syntax.Span, global bool) {
	for _, name := range names {
		cur := st.lookup(name)
		if cur&(defParam|defLocal|use|defAnnot) != 0 {
			kind := "nonlocal"
			if global {
				kind = "global"
			}
			var msg string
			switch {
			case cur&defParam != 0:
				msg = "name '%s' is parameter and " + kind
			case cur&use != 0:
				msg = "name '%s' is used prior to " + kind + " declaration"
			case cur&defAnnot != 0:
				msg = "annotated name '%s' can't be " + kind
			default:
				msg = "name '%s' is assigned to before " + kind + " declaration"
			}
			st.errorAt(fmt.Sprintf(msg, name), span)
			return
		}
		if global {
			st.addDef(name, defGlobal, span)
		} else {
			st.addDef(name, defNonlocal, span)
		}
		st.recordDirective(name, span)
	}
}

func (st *symtable) visitHandlers(hs []*syntax.ExceptHandler) {
	for _, h := range hs {
		if h.Type != nil {
			st.visitExpr(h.Type)
		}
		if h.Name != "" {
			st.addDef(h.Name, defLocal, h.Span)
		}
		st.visitStmts(h.Body)
	}
}

func (st *symtable) visitWithItems(items []*syntax.WithItem) {
	for _, it := range items {
		st.visitExpr(it.ContextExpr)
		if it.OptionalVars != nil {
			st.visitExpr(it.OptionalVars)
		}
	}
}

func (st *symtable) visitKeywords(ks []*syntax.Keyword) {
	for _, k := range ks {
		st.visitExpr(k.Value)
	}
}

func (st *symtable) visitAlias(a *syntax.Alias) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if st.cur.typ != moduleBlock {
			st.errorAt("import * only allowed at module level", a.Span)
		}
		return
	}
	store := name
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			store = name[:i]
			break
		}
	}
	st.addDef(store, defImport, a.Span)
}

// visitAnnotation visits the annotation of an assignment or a return.
func (st *symtable) visitAnnotation(ann syntax.Expr) {
	future := st.future.flags&futureAnnotationsFlag != 0
	if future {
		st.enterBlock("_annotation", annotationBlock, ann, *ann.Position())
	}
	st.visitExpr(ann)
	if future {
		st.exitBlock()
	}
}

// visitAnnotations visits the annotations of a function's parameters and
// return value.
func (st *symtable) visitAnnotations(s syntax.Stmt, a *syntax.Arguments, returns syntax.Expr) {
	future := st.future.flags&futureAnnotationsFlag != 0
	if future {
		st.enterBlock("_annotation", annotationBlock, s, *s.Position())
	}
	for _, arg := range a.Posonlyargs {
		if arg.Annotation != nil {
			st.visitExpr(arg.Annotation)
		}
	}
	for _, arg := range a.Args {
		if arg.Annotation != nil {
			st.visitExpr(arg.Annotation)
		}
	}
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		st.visitExpr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		st.visitExpr(a.Kwarg.Annotation)
	}
	for _, arg := range a.Kwonlyargs {
		if arg.Annotation != nil {
			st.visitExpr(arg.Annotation)
		}
	}
	if future {
		st.exitBlock()
	}
	if returns != nil {
		st.visitAnnotation(returns)
	}
}

func (st *symtable) visitArguments(a *syntax.Arguments) {
	for _, arg := range a.Posonlyargs {
		st.addDef(arg.Arg, defParam, arg.Span)
	}
	for _, arg := range a.Args {
		st.addDef(arg.Arg, defParam, arg.Span)
	}
	for _, arg := range a.Kwonlyargs {
		st.addDef(arg.Arg, defParam, arg.Span)
	}
	if a.Vararg != nil {
		st.addDef(a.Vararg.Arg, defParam, a.Vararg.Span)
		st.cur.varargs = true
	}
	if a.Kwarg != nil {
		st.addDef(a.Kwarg.Arg, defParam, a.Kwarg.Span)
		st.cur.varkeywords = true
	}
}

func (st *symtable) visitPattern(p syntax.Pattern) {
	if st.err != nil {
		return
	}
	switch p := p.(type) {
	case *syntax.MatchValue:
		st.visitExpr(p.Value)
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			st.visitPattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != "" {
			st.addDef(p.Name, defLocal, p.Span)
		}
	case *syntax.MatchMapping:
		st.visitExprs(p.Keys)
		for _, q := range p.Patterns {
			st.visitPattern(q)
		}
		if p.Rest != "" {
			st.addDef(p.Rest, defLocal, p.Span)
		}
	case *syntax.MatchClass:
		st.visitExpr(p.Cls)
		for _, q := range p.Patterns {
			st.visitPattern(q)
		}
		for _, q := range p.KwdPatterns {
			st.visitPattern(q)
		}
	case *syntax.MatchAs:
		if p.Pattern != nil {
			st.visitPattern(p.Pattern)
		}
		if p.Name != "" {
			st.addDef(p.Name, defLocal, p.Span)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			st.visitPattern(q)
		}
	}
}
