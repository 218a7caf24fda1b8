package compile

import (
	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// Code generation for the constructs that create code objects: function
// and class definitions, lambdas and comprehensions.

// makeClosure emits the creation of a function from co, with its closure
// cells when it has free variables.
func (c *compiler) makeClosure(co *bytecode.Code, flags int) {
	free := co.FreeVars()
	if len(free) > 0 {
		for _, name := range free {
			var arg int
			var ok bool
			if c.getRefType(name) == scopeCell {
				arg, ok = c.u.cellvars.lookup(name)
			} else {
				arg, ok = c.u.freevars.lookup(name)
			}
			if !ok {
				c.error("compile: internal error: no cell for free variable %q of %s", name, co.Name)
				return
			}
			c.addOpArg(bytecode.LOAD_CLOSURE, arg)
		}
		flags |= bytecode.MakeFunctionClosure
		c.addOpArg(bytecode.BUILD_TUPLE, len(free))
	}
	c.loadConst(co)
	c.addOpArg(bytecode.MAKE_FUNCTION, flags)
}

// applyDecorators calls the decorators (already on the stack) from the
// innermost out, each call at its decorator's location.
func (c *compiler) applyDecorators(decos []syntax.Expr) {
	saved := c.u.loc
	for i := len(decos) - 1; i >= 0; i-- {
		c.setLoc(decos[i].Position())
		c.addOpArg(bytecode.CALL, 0)
	}
	c.u.loc = saved
}

// kwOnlyDefaults pushes a dict of the keyword-only defaults, and reports
// whether there were any.
func (c *compiler) kwOnlyDefaults(kwonly []*syntax.Arg, defaults []syntax.Expr) bool {
	var keys bytecode.Tuple
	for i, a := range kwonly {
		if i < len(defaults) && defaults[i] != nil {
			keys = append(keys, mangle(c.u.private, a.Arg))
			c.visitExpr(defaults[i])
		}
	}
	if len(keys) == 0 {
		return false
	}
	c.loadConst(keys)
	c.addOpArg(bytecode.BUILD_CONST_KEY_MAP, len(keys))
	return true
}

// defaultArguments pushes the defaults of a function and returns the
// MAKE_FUNCTION flags for them.
func (c *compiler) defaultArguments(args *syntax.Arguments) int {
	flags := 0
	if len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			c.visitExpr(d)
		}
		c.addOpArg(bytecode.BUILD_TUPLE, len(args.Defaults))
		flags |= bytecode.MakeFunctionDefaults
	}
	if len(args.Kwonlyargs) > 0 && c.kwOnlyDefaults(args.Kwonlyargs, args.KwDefaults) {
		flags |= bytecode.MakeFunctionKwDefaults
	}
	return flags
}

func (c *compiler) argAnnotation(name string, ann syntax.Expr, n *int) {
	if ann == nil {
		return
	}
	c.loadConst(mangle(c.u.private, name))
	if c.flags&futureAnnotationsFlag != 0 {
		c.loadConst(unparseAnnotation(ann))
	} else if s, ok := ann.(*syntax.Starred); ok {
		// *args: *Ts is [annotation] = [*Ts].
		c.visitExpr(s.Value)
		c.addOpArg(bytecode.UNPACK_SEQUENCE, 1)
	} else {
		c.visitExpr(ann)
	}
	*n += 2
}

// annotations pushes the tuple of a function's annotations (names and
// values alternating), and reports whether there were any.
func (c *compiler) annotations(args *syntax.Arguments, returns syntax.Expr) bool {
	n := 0
	for _, a := range args.Args {
		c.argAnnotation(a.Arg, a.Annotation, &n)
	}
	for _, a := range args.Posonlyargs {
		c.argAnnotation(a.Arg, a.Annotation, &n)
	}
	if args.Vararg != nil {
		c.argAnnotation(args.Vararg.Arg, args.Vararg.Annotation, &n)
	}
	for _, a := range args.Kwonlyargs {
		c.argAnnotation(a.Arg, a.Annotation, &n)
	}
	if args.Kwarg != nil {
		c.argAnnotation(args.Kwarg.Arg, args.Kwarg.Annotation, &n)
	}
	c.argAnnotation("return", returns, &n)
	if n > 0 {
		c.addOpArg(bytecode.BUILD_TUPLE, n)
		return true
	}
	return false
}

// checkDebugArgs rejects a parameter named __debug__.
func (c *compiler) checkDebugArgs(args *syntax.Arguments) bool {
	check := func(as []*syntax.Arg) bool {
		for _, a := range as {
			if c.forbiddenName(a.Arg, syntax.Store) {
				return false
			}
		}
		return true
	}
	if !check(args.Posonlyargs) || !check(args.Args) {
		return false
	}
	if args.Vararg != nil && c.forbiddenName(args.Vararg.Arg, syntax.Store) {
		return false
	}
	if !check(args.Kwonlyargs) {
		return false
	}
	if args.Kwarg != nil && c.forbiddenName(args.Kwarg.Arg, syntax.Store) {
		return false
	}
	return true
}

func (c *compiler) function(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decos []syntax.Expr, returns syntax.Expr, async bool) {
	scopeType := scopeFunction
	if async {
		scopeType = scopeAsyncFunction
	}
	if !c.checkDebugArgs(args) {
		return
	}
	for _, d := range decos {
		c.visitExpr(d)
	}
	firstlineno := s.Position().Lineno
	if len(decos) > 0 {
		firstlineno = decos[0].Position().Lineno
	}
	flags := c.defaultArguments(args)
	if c.annotations(args, returns) {
		flags |= bytecode.MakeFunctionAnnotations
	}
	if c.err != nil {
		return
	}
	c.enterScope(name, scopeType, s, firstlineno)
	doc, hasDoc := "", false
	if c.optimize < 2 {
		doc, hasDoc = docString(body)
	}
	if hasDoc {
		c.addConst(doc)
	} else {
		c.addConst(bytecode.None)
	}
	c.u.argcount = len(args.Args)
	c.u.posonlyargcount = len(args.Posonlyargs)
	c.u.kwonlyargcount = len(args.Kwonlyargs)
	start := 0
	if hasDoc {
		start = 1
	}
	c.visitStmts(body[start:])
	co := c.assemble(true)
	c.exitScope()
	if co == nil {
		return
	}
	c.makeClosure(co, flags)
	c.applyDecorators(decos)
	c.nameOp(name, syntax.Store)
}

func (c *compiler) class(s *syntax.ClassDef) {
	for _, d := range s.DecoratorList {
		c.visitExpr(d)
	}
	firstlineno := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstlineno = s.DecoratorList[0].Position().Lineno
	}
	// The class body becomes a function that fills the class namespace;
	// the statement calls __build_class__(func, name, *bases, **keywords).
	c.enterScope(s.Name, scopeClass, s, firstlineno)
	c.u.private = s.Name
	c.nameOp("__name__", syntax.Load)
	c.nameOp("__module__", syntax.Store)
	c.loadConst(c.u.qualname)
	c.nameOp("__qualname__", syntax.Store)
	c.body(s.Body)
	c.unsetLoc()
	if c.u.ste.needsClassClosure {
		// Store the __class__ cell in __classcell__ and return it.
		i, _ := c.u.cellvars.lookup("__class__")
		c.addOpArg(bytecode.LOAD_CLOSURE, i)
		c.addOpArg(bytecode.COPY, 1)
		c.nameOp("__classcell__", syntax.Store)
	} else {
		c.loadConst(bytecode.None)
	}
	c.addOp(bytecode.RETURN_VALUE)
	co := c.assemble(true)
	c.exitScope()
	if co == nil {
		return
	}
	c.addOp(bytecode.PUSH_NULL)
	c.addOp(bytecode.LOAD_BUILD_CLASS)
	c.makeClosure(co, 0)
	c.loadConst(s.Name)
	c.callHelper(2, s.Bases, s.Keywords)
	c.applyDecorators(s.DecoratorList)
	c.nameOp(s.Name, syntax.Store)
}

func (c *compiler) lambda(e *syntax.Lambda) {
	args := e.Args
	if !c.checkDebugArgs(args) {
		return
	}
	flags := c.defaultArguments(args)
	if c.err != nil {
		return
	}
	c.enterScope("<lambda>", scopeLambda, e, e.Lineno)
	// None first among the constants: a lambda has no docstring.
	c.addConst(bytecode.None)
	c.u.argcount = len(args.Args)
	c.u.posonlyargcount = len(args.Posonlyargs)
	c.u.kwonlyargcount = len(args.Kwonlyargs)
	c.visitExpr(e.Body)
	var co *bytecode.Code
	if c.u.ste.generator {
		co = c.assemble(false)
	} else {
		c.addOp(bytecode.RETURN_VALUE)
		co = c.assemble(true)
	}
	c.exitScope()
	if co == nil {
		return
	}
	c.makeClosure(co, flags)
}

// compType is the kind of a comprehension being compiled.
type compType uint8

const (
	compGenExp compType = iota
	compListComp
	compSetComp
	compDictComp
)

func (c *compiler) comprehensionGenerator(gens []*syntax.Comprehension, index, depth int,
	elt, val syntax.Expr, typ compType) {
	if gens[index].IsAsync != 0 {
		c.asyncComprehensionGenerator(gens, index, depth, elt, val, typ)
	} else {
		c.syncComprehensionGenerator(gens, index, depth, elt, val, typ)
	}
}

// comprehensionElement adds the element to the result (or yields it).
func (c *compiler) comprehensionElement(elt, val syntax.Expr, typ compType, depth int) {
	switch typ {
	case compGenExp:
		c.visitExpr(elt)
		c.addYield()
		c.addOp(bytecode.POP_TOP)
	case compListComp:
		c.visitExpr(elt)
		c.addOpArg(bytecode.LIST_APPEND, depth+1)
	case compSetComp:
		c.visitExpr(elt)
		c.addOpArg(bytecode.SET_ADD, depth+1)
	case compDictComp:
		// In {k: v} the key is evaluated before the value.
		c.visitExpr(elt)
		c.visitExpr(val)
		c.addOpArg(bytecode.MAP_ADD, depth+1)
	}
}

func (c *compiler) syncComprehensionGenerator(gens []*syntax.Comprehension, index, depth int,
	elt, val syntax.Expr, typ compType) {
	start, ifCleanup, anchor := c.newBlock(), c.newBlock(), c.newBlock()
	gen := gens[index]
	hasLoop := true
	if index == 0 {
		// The outermost iterator is the implicit argument.
		c.u.argcount = 1
		c.addOpArg(bytecode.LOAD_FAST, 0)
	} else {
		// "for y in [f(x)]" assigns without a loop.
		var elts []syntax.Expr
		switch it := gen.Iter.(type) {
		case *syntax.List:
			elts = it.Elts
		case *syntax.Tuple:
			elts = it.Elts
		}
		if len(elts) == 1 {
			if _, ok := elts[0].(*syntax.Starred); !ok {
				c.visitExpr(elts[0])
				hasLoop = false
			}
		}
		if hasLoop {
			c.visitExpr(gen.Iter)
			c.addOp(bytecode.GET_ITER)
		}
	}
	if hasLoop {
		depth++
		c.useNextBlock(start)
		c.addJump(opcode(bytecode.FOR_ITER), anchor)
	}
	c.visitExpr(gen.Target)
	for _, e := range gen.Ifs {
		c.jumpIf(e, ifCleanup, false)
	}
	index++
	if index < len(gens) {
		c.comprehensionGenerator(gens, index, depth, elt, val, typ)
	}
	if index >= len(gens) {
		c.comprehensionElement(elt, val, typ, depth)
	}
	c.useNextBlock(ifCleanup)
	if hasLoop {
		c.addJump(opJump, start)
		c.useNextBlock(anchor)
	}
}

func (c *compiler) asyncComprehensionGenerator(gens []*syntax.Comprehension, index, depth int,
	elt, val syntax.Expr, typ compType) {
	start, except, ifCleanup := c.newBlock(), c.newBlock(), c.newBlock()
	gen := gens[index]
	if index == 0 {
		c.u.argcount = 1
		c.addOpArg(bytecode.LOAD_FAST, 0)
	} else {
		c.visitExpr(gen.Iter)
		c.addOp(bytecode.GET_AITER)
	}
	c.useNextBlock(start)
	if !c.pushFBlock(fblock{typ: fbAsyncComprehensionGenerator, block: start}) {
		return
	}
	c.addJump(opSetupFinally, except)
	c.addOp(bytecode.GET_ANEXT)
	c.loadConst(bytecode.None)
	c.addYieldFrom(true)
	c.addPseudo(opPopBlock)
	c.visitExpr(gen.Target)
	for _, e := range gen.Ifs {
		c.jumpIf(e, ifCleanup, false)
	}
	depth++
	index++
	if index < len(gens) {
		c.comprehensionGenerator(gens, index, depth, elt, val, typ)
	}
	if index >= len(gens) {
		c.comprehensionElement(elt, val, typ, depth)
	}
	c.useNextBlock(ifCleanup)
	c.addJump(opJump, start)
	c.popFBlock()
	c.useNextBlock(except)
	c.addOp(bytecode.END_ASYNC_FOR)
}

// comprehension compiles a comprehension as a nested function called at
// once with the outermost iterator.
func (c *compiler) comprehension(e syntax.Expr, typ compType, name string, gens []*syntax.Comprehension,
	elt, val syntax.Expr) {
	if len(gens) == 0 {
		c.malformed("comprehension with no generators")
		return
	}
	outerScope := c.u.scopeType
	topLevelAwait := c.isTopLevelAwait()
	outermost := gens[0]
	span := e.Position()
	c.enterScope(name, scopeComprehension, e, span.Lineno)
	c.setLoc(span)
	isAsyncGenerator := c.u.ste.coroutine
	if isAsyncGenerator && typ != compGenExp && outerScope != scopeAsyncFunction &&
		outerScope != scopeComprehension && !topLevelAwait {
		c.error("asynchronous comprehension outside of an asynchronous function")
		c.exitScope()
		return
	}
	switch typ {
	case compListComp:
		c.addOpArg(bytecode.BUILD_LIST, 0)
	case compSetComp:
		c.addOpArg(bytecode.BUILD_SET, 0)
	case compDictComp:
		c.addOpArg(bytecode.BUILD_MAP, 0)
	}
	c.comprehensionGenerator(gens, 0, 0, elt, val, typ)
	if typ != compGenExp {
		c.addOp(bytecode.RETURN_VALUE)
	}
	co := c.assemble(true)
	c.exitScope()
	if topLevelAwait && isAsyncGenerator {
		c.u.ste.coroutine = true
	}
	if co == nil {
		return
	}
	c.makeClosure(co, 0)
	c.visitExpr(outermost.Iter)
	if outermost.IsAsync != 0 {
		c.addOp(bytecode.GET_AITER)
	} else {
		c.addOp(bytecode.GET_ITER)
	}
	c.addOpArg(bytecode.CALL, 0)
	if isAsyncGenerator && typ != compGenExp {
		c.addOpArg(bytecode.GET_AWAITABLE, 0)
		c.loadConst(bytecode.None)
		c.addYieldFrom(true)
	}
}
