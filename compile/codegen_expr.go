package compile

import (
	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
	"math/big"
)

// Code generation for expressions.

// stackUseGuideline is the number of values above which displays and
// calls are built piecewise instead of all on the stack at once.
const stackUseGuideline = 30

// visitExpr compiles e with its own location, restoring the current
// location afterwards.
func (c *compiler) visitExpr(e syntax.Expr) {
	if c.err != nil {
		return
	}
	saved := c.u.loc
	c.setLoc(e.Position())
	c.visitExpr1(e)
	c.u.loc = saved
}

func (c *compiler) visitExpr1(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		c.visitExpr(e.Value)
		c.addOpArg(bytecode.COPY, 1)
		c.visitExpr(e.Target)
	case *syntax.BoolOp:
		c.boolOp(e)
	case *syntax.BinOp:
		c.visitExpr(e.Left)
		c.visitExpr(e.Right)
		c.addOpArg(bytecode.BINARY_OP, int(binaryOp(e.Op, false)))
	case *syntax.UnaryOp:
		c.visitExpr(e.Operand)
		c.addOp(unaryOp(e.Op))
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.IfExp:
		c.ifExp(e)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.Set:
		c.starUnpack(e.Elts, 0, bytecode.BUILD_SET, bytecode.SET_ADD, bytecode.SET_UPDATE, false)
	case *syntax.GeneratorExp:
		c.comprehension(e, compGenExp, "<genexpr>", e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		c.comprehension(e, compListComp, "<listcomp>", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(e, compSetComp, "<setcomp>", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(e, compDictComp, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		if c.u.ste.typ != functionBlock {
			c.error("'yield' outside function")
			return
		}
		if e.Value != nil {
			c.visitExpr(e.Value)
		} else {
			c.loadConst(bytecode.None)
		}
		c.addYield()
	case *syntax.YieldFrom:
		if c.u.ste.typ != functionBlock {
			c.error("'yield' outside function")
			return
		}
		if c.u.scopeType == scopeAsyncFunction {
			c.error("'yield from' inside async function")
			return
		}
		c.visitExpr(e.Value)
		c.addOp(bytecode.GET_YIELD_FROM_ITER)
		c.loadConst(bytecode.None)
		c.addYieldFrom(false)
	case *syntax.Await:
		if !c.isTopLevelAwait() {
			if c.u.ste.typ != functionBlock {
				c.error("'await' outside function")
				return
			}
			if c.u.scopeType != scopeAsyncFunction && c.u.scopeType != scopeComprehension {
				c.error("'await' outside async function")
				return
			}
		}
		c.visitExpr(e.Value)
		c.addOpArg(bytecode.GET_AWAITABLE, 0)
		c.loadConst(bytecode.None)
		c.addYieldFrom(true)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.Call:
		c.call(e)
	case *syntax.Constant:
		c.loadConst(fromValue(e.Value))
	case *syntax.JoinedStr:
		c.joinedStr(e)
	case *syntax.FormattedValue:
		c.formattedValue(e)
	case *syntax.Attribute:
		c.visitExpr(e.Value)
		c.updateStartLocationToMatchAttr(e)
		switch e.Ctx {
		case syntax.Load:
			c.addName(bytecode.LOAD_ATTR, e.Attr)
		case syntax.Store:
			if c.forbiddenName(e.Attr, e.Ctx) {
				return
			}
			c.addName(bytecode.STORE_ATTR, e.Attr)
		case syntax.Del:
			c.addName(bytecode.DELETE_ATTR, e.Attr)
		}
	case *syntax.Subscript:
		c.subscript(e)
	case *syntax.Starred:
		if e.Ctx == syntax.Store {
			c.error("starred assignment target must be in a list or tuple")
		} else {
			c.error("can't use starred expression here")
		}
	case *syntax.Slice:
		c.slice(e)
	case *syntax.Name:
		c.nameOp(e.Id, e.Ctx)
	case *syntax.List:
		switch e.Ctx {
		case syntax.Store:
			c.assignmentHelper(e.Elts)
		case syntax.Load:
			c.starUnpack(e.Elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, false)
		default:
			for _, el := range e.Elts {
				c.visitExpr(el)
			}
		}
	case *syntax.Tuple:
		switch e.Ctx {
		case syntax.Store:
			c.assignmentHelper(e.Elts)
		case syntax.Load:
			c.starUnpack(e.Elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true)
		default:
			for _, el := range e.Elts {
				c.visitExpr(el)
			}
		}
	}
}

func unaryOp(op syntax.UnaryOperator) bytecode.Opcode {
	switch op {
	case syntax.Invert:
		return bytecode.UNARY_INVERT
	case syntax.Not:
		return bytecode.UNARY_NOT
	case syntax.UAdd:
		return bytecode.UNARY_POSITIVE
	}
	return bytecode.UNARY_NEGATIVE
}

// addYield emits a yield of the value on top of the stack.
func (c *compiler) addYield() {
	if c.u.ste.generator && c.u.ste.coroutine {
		c.addOp(bytecode.ASYNC_GEN_WRAP)
	}
	c.addOp(bytecode.YIELD_VALUE)
	c.addOpArg(bytecode.RESUME, 1)
}

func (c *compiler) boolOp(e *syntax.BoolOp) {
	if len(e.Values) < 2 {
		c.malformed("BoolOp with less than 2 values")
		return
	}
	jump := opcode(bytecode.JUMP_IF_FALSE_OR_POP)
	if e.Op == syntax.Or {
		jump = opcode(bytecode.JUMP_IF_TRUE_OR_POP)
	}
	end := c.newBlock()
	n := len(e.Values) - 1
	for i := 0; i < n; i++ {
		c.visitExpr(e.Values[i])
		c.addJump(jump, end)
		c.useNextBlock(c.newBlock())
	}
	c.visitExpr(e.Values[n])
	c.useNextBlock(end)
}

// jumpIf compiles a test that jumps to next when the test's truth is cond
// and falls through otherwise, without materialising and/or/not results.
func (c *compiler) jumpIf(e syntax.Expr, next *block, cond bool) {
	if c.err != nil {
		return
	}
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.jumpIf(x.Operand, next, !cond)
			return
		}
	case *syntax.BoolOp:
		s := x.Values
		if len(s) < 2 {
			c.malformed("BoolOp with less than 2 values")
			return
		}
		n := len(s) - 1
		cond2 := x.Op == syntax.Or
		next2 := next
		if cond2 != cond {
			next2 = c.newBlock()
		}
		for i := 0; i < n; i++ {
			c.jumpIf(s[i], next2, cond2)
		}
		c.jumpIf(s[n], next, cond)
		if next2 != next {
			c.useNextBlock(next2)
		}
		return
	case *syntax.IfExp:
		end, next2 := c.newBlock(), c.newBlock()
		c.jumpIf(x.Test, next2, false)
		c.jumpIf(x.Body, next, cond)
		c.addJumpNoLine(opJump, end)
		c.useNextBlock(next2)
		c.jumpIf(x.Orelse, next, cond)
		c.useNextBlock(end)
		return
	case *syntax.Compare:
		if !c.checkCompareShape(x) {
			return
		}
		c.setLoc(&x.Span)
		n := len(x.Ops) - 1
		if n > 0 {
			c.checkCompare(x)
			cleanup := c.newBlock()
			c.visitExpr(x.Left)
			for i := 0; i < n; i++ {
				c.visitExpr(x.Comparators[i])
				c.addOpArg(bytecode.SWAP, 2)
				c.addOpArg(bytecode.COPY, 2)
				c.addCompare(x.Ops[i])
				c.addJump(opcode(bytecode.POP_JUMP_IF_FALSE), cleanup)
			}
			c.visitExpr(x.Comparators[n])
			c.addCompare(x.Ops[n])
			if cond {
				c.addJump(opcode(bytecode.POP_JUMP_IF_TRUE), next)
			} else {
				c.addJump(opcode(bytecode.POP_JUMP_IF_FALSE), next)
			}
			end := c.newBlock()
			c.addJumpNoLine(opJump, end)
			c.useNextBlock(cleanup)
			c.addOp(bytecode.POP_TOP)
			if !cond {
				c.addJumpNoLine(opJump, next)
			}
			c.useNextBlock(end)
			return
		}
	}
	c.visitExpr(e)
	if cond {
		c.addJump(opcode(bytecode.POP_JUMP_IF_TRUE), next)
	} else {
		c.addJump(opcode(bytecode.POP_JUMP_IF_FALSE), next)
	}
}

func (c *compiler) ifExp(e *syntax.IfExp) {
	end, next := c.newBlock(), c.newBlock()
	c.jumpIf(e.Test, next, false)
	c.visitExpr(e.Body)
	c.addJumpNoLine(opJump, end)
	c.useNextBlock(next)
	c.visitExpr(e.Orelse)
	c.useNextBlock(end)
}

// isNamedSingleton reports whether a Constant is None, True, False or
// Ellipsis (the constants "is" may sensibly be used with).
func isNamedSingleton(v syntax.Value) bool {
	switch v.(type) {
	case syntax.NoneType, syntax.EllipsisType, bool, bytecode.NoneType, bytecode.EllipsisType:
		return true
	}
	return false
}

// checkIsArg reports whether e may be an operand of "is" without a warning.
func checkIsArg(e syntax.Expr) bool {
	k, ok := e.(*syntax.Constant)
	return !ok || isNamedSingleton(k.Value)
}

// checkCompare warns about "is" and "is not" with a literal.
func (c *compiler) checkCompare(e *syntax.Compare) {
	left := checkIsArg(e.Left)
	for i, op := range e.Ops {
		right := checkIsArg(e.Comparators[i])
		if op == syntax.CmpIs || op == syntax.CmpIsNot {
			if !right || !left {
				if op == syntax.CmpIs {
					c.warning("\"is\" with a literal. Did you mean \"==\"?")
				} else {
					c.warning("\"is not\" with a literal. Did you mean \"!=\"?")
				}
				return
			}
		}
		left = right
	}
}

func (c *compiler) addCompare(op syntax.CmpOp) {
	switch op {
	case syntax.CmpEq:
		c.addOpArg(bytecode.COMPARE_OP, int(bytecode.CmpEQ))
	case syntax.CmpNotEq:
		c.addOpArg(bytecode.COMPARE_OP, int(bytecode.CmpNE))
	case syntax.CmpLt:
		c.addOpArg(bytecode.COMPARE_OP, int(bytecode.CmpLT))
	case syntax.CmpLtE:
		c.addOpArg(bytecode.COMPARE_OP, int(bytecode.CmpLE))
	case syntax.CmpGt:
		c.addOpArg(bytecode.COMPARE_OP, int(bytecode.CmpGT))
	case syntax.CmpGtE:
		c.addOpArg(bytecode.COMPARE_OP, int(bytecode.CmpGE))
	case syntax.CmpIs:
		c.addOpArg(bytecode.IS_OP, 0)
	case syntax.CmpIsNot:
		c.addOpArg(bytecode.IS_OP, 1)
	case syntax.CmpIn:
		c.addOpArg(bytecode.CONTAINS_OP, 0)
	case syntax.CmpNotIn:
		c.addOpArg(bytecode.CONTAINS_OP, 1)
	}
}

// checkCompareShape rejects a Compare whose operators and operands do
// not pair up.
func (c *compiler) checkCompareShape(e *syntax.Compare) bool {
	switch {
	case len(e.Ops) == 0:
		c.malformed("Compare with no comparators")
		return false
	case len(e.Ops) != len(e.Comparators):
		c.malformed("Compare has a different number of comparators and operands")
		return false
	}
	return true
}

func (c *compiler) compare(e *syntax.Compare) {
	if !c.checkCompareShape(e) {
		return
	}
	c.checkCompare(e)
	c.visitExpr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.visitExpr(e.Comparators[0])
		c.addCompare(e.Ops[0])
		return
	}
	cleanup := c.newBlock()
	for i := 0; i < n; i++ {
		c.visitExpr(e.Comparators[i])
		c.addOpArg(bytecode.SWAP, 2)
		c.addOpArg(bytecode.COPY, 2)
		c.addCompare(e.Ops[i])
		c.addJump(opcode(bytecode.JUMP_IF_FALSE_OR_POP), cleanup)
	}
	c.visitExpr(e.Comparators[n])
	c.addCompare(e.Ops[n])
	end := c.newBlock()
	c.addJumpNoLine(opJump, end)
	c.useNextBlock(cleanup)
	c.addOpArg(bytecode.SWAP, 2)
	c.addOp(bytecode.POP_TOP)
	c.useNextBlock(end)
}

func allConst(es []syntax.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*syntax.Constant); !ok || e == nil {
			return false
		}
	}
	return true
}

// starUnpack builds a list, tuple or set display (or the positional
// arguments of a call), with pushed items already on the stack.
func (c *compiler) starUnpack(elts []syntax.Expr, pushed int, build, add, extend bytecode.Opcode, tuple bool) {
	n := len(elts)
	if n > 2 && allConst(elts) {
		folded := make(bytecode.Tuple, n)
		for i, e := range elts {
			folded[i] = fromValue(e.(*syntax.Constant).Value)
		}
		if tuple && pushed == 0 {
			c.loadConst(folded)
			return
		}
		var k bytecode.Const = folded
		if add == bytecode.SET_ADD {
			k = makeFrozenSet(folded)
		}
		c.addOpArg(build, pushed)
		c.loadConst(k)
		c.addOpArg(extend, 1)
		if tuple {
			c.addOp(bytecode.LIST_TO_TUPLE)
		}
		return
	}
	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			seenStar = true
		}
	}
	if !seenStar && !big {
		for _, e := range elts {
			c.visitExpr(e)
		}
		if tuple {
			c.addOpArg(bytecode.BUILD_TUPLE, n+pushed)
		} else {
			c.addOpArg(build, n+pushed)
		}
		return
	}
	built := false
	if big {
		c.addOpArg(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if !built {
				c.addOpArg(build, i+pushed)
				built = true
			}
			c.visitExpr(s.Value)
			c.addOpArg(extend, 1)
		} else {
			c.visitExpr(e)
			if built {
				c.addOpArg(add, 1)
			}
		}
	}
	if tuple {
		c.addOp(bytecode.LIST_TO_TUPLE)
	}
}

// unpackHelper emits the UNPACK_SEQUENCE or UNPACK_EX of an assignment to
// a list or tuple of targets.
func (c *compiler) unpackHelper(elts []syntax.Expr) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if seenStar {
				c.error("multiple starred expressions in assignment")
				return
			}
			if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
				c.error("too many expressions in star-unpacking assignment")
				return
			}
			c.addOpArg(bytecode.UNPACK_EX, i+(n-i-1)<<8)
			seenStar = true
		}
	}
	if !seenStar {
		c.addOpArg(bytecode.UNPACK_SEQUENCE, n)
	}
}

func (c *compiler) assignmentHelper(elts []syntax.Expr) {
	c.unpackHelper(elts)
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.visitExpr(s.Value)
		} else {
			c.visitExpr(e)
		}
	}
}

// subdict builds a dict of the items begin..end-1 of a dict display.
func (c *compiler) subdict(e *syntax.Dict, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big && allConst(e.Keys[begin:end]) {
		for i := begin; i < end; i++ {
			c.visitExpr(e.Values[i])
		}
		keys := make(bytecode.Tuple, n)
		for i := begin; i < end; i++ {
			keys[i-begin] = fromValue(e.Keys[i].(*syntax.Constant).Value)
		}
		c.loadConst(keys)
		c.addOpArg(bytecode.BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.addOpArg(bytecode.BUILD_MAP, 0)
	}
	for i := begin; i < end; i++ {
		c.visitExpr(e.Keys[i])
		c.visitExpr(e.Values[i])
		if big {
			c.addOpArg(bytecode.MAP_ADD, 1)
		}
	}
	if !big {
		c.addOpArg(bytecode.BUILD_MAP, n)
	}
}

func (c *compiler) dict(e *syntax.Dict) {
	if len(e.Keys) != len(e.Values) {
		c.malformed("Dict doesn't have the same number of keys as values")
		return
	}
	n := len(e.Values)
	haveDict := false
	elements := 0
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil { // **mapping
			if elements > 0 {
				c.subdict(e, i-elements, i)
				if haveDict {
					c.addOpArg(bytecode.DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.addOpArg(bytecode.BUILD_MAP, 0)
				haveDict = true
			}
			c.visitExpr(e.Values[i])
			c.addOpArg(bytecode.DICT_UPDATE, 1)
		} else if elements*2 > stackUseGuideline {
			c.subdict(e, i-elements, i+1)
			if haveDict {
				c.addOpArg(bytecode.DICT_UPDATE, 1)
			}
			haveDict = true
			elements = 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		c.subdict(e, n-elements, n)
		if haveDict {
			c.addOpArg(bytecode.DICT_UPDATE, 1)
		}
		haveDict = true
	}
	if !haveDict {
		c.addOpArg(bytecode.BUILD_MAP, 0)
	}
}

// typeName returns the name of the type of the value e evaluates to, for
// the "perhaps you missed a comma?" warnings; "" when it is not known.
func typeName(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	case *syntax.Constant:
		switch x.Value.(type) {
		case syntax.NoneType, bytecode.NoneType:
			return "NoneType"
		case syntax.EllipsisType, bytecode.EllipsisType:
			return "ellipsis"
		case bool:
			return "bool"
		case int64, *big.Int:
			return "int"
		case float64:
			return "float"
		case complex128:
			return "complex"
		case string:
			return "str"
		case syntax.Bytes, bytecode.Bytes:
			return "bytes"
		case bytecode.Tuple:
			return "tuple"
		case bytecode.FrozenSet:
			return "frozenset"
		}
	}
	return ""
}

// checkCaller warns about calling a literal, as in [1, 2] (3, 4).
func (c *compiler) checkCaller(e syntax.Expr) {
	switch e.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict,
		*syntax.DictComp, *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp,
		*syntax.JoinedStr, *syntax.FormattedValue:
		c.warning("'%s' object is not callable; perhaps you missed a comma?", typeName(e))
	}
}

// checkSubscripter warns about subscripting a literal that cannot be.
func (c *compiler) checkSubscripter(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.Constant:
		switch x.Value.(type) {
		case syntax.NoneType, bytecode.NoneType, syntax.EllipsisType, bytecode.EllipsisType,
			bool, int64, *big.Int, float64, complex128, bytecode.FrozenSet:
		default:
			return
		}
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
	default:
		return
	}
	c.warning("'%s' object is not subscriptable; perhaps you missed a comma?", typeName(e))
}

// checkIndex warns about indexing a sequence literal with a non-integer.
func (c *compiler) checkIndex(e, s syntax.Expr) {
	index := typeName(s)
	if index == "" || index == "int" || index == "bool" {
		return
	}
	switch x := e.(type) {
	case *syntax.Constant:
		switch x.Value.(type) {
		case string, syntax.Bytes, bytecode.Bytes, bytecode.Tuple:
		default:
			return
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		return
	}
	c.warning("%s indices must be integers or slices, not %s; perhaps you missed a comma?", typeName(e), index)
}

// isImportOriginated reports whether e is a name the module binds by an
// import (calls of its attributes are not compiled as method calls).
func (c *compiler) isImportOriginated(e syntax.Expr) bool {
	n, ok := e.(*syntax.Name)
	if !ok {
		return false
	}
	return c.st.top.syms.get(n.Id)&defImport != 0
}

// updateStartLocationToMatchAttr moves the start of the current location
// to the attribute name when an attribute access spans several lines.
func (c *compiler) updateStartLocationToMatchAttr(attr *syntax.Attribute) {
	u := c.u
	if u.loc.lineno != attr.EndLineno {
		u.loc.lineno = attr.EndLineno
		n := int32(cpLen(attr.Attr))
		if n <= attr.EndColOffset {
			u.loc.col = attr.EndColOffset - n
		} else {
			u.loc.col = -1
			u.loc.endCol = -1
		}
		if u.loc.endLineno < u.loc.lineno {
			u.loc.endLineno = u.loc.lineno
		}
		if u.loc.lineno == u.loc.endLineno && u.loc.endCol < u.loc.col {
			u.loc.endCol = u.loc.col
		}
	}
}

// maybeOptimizeMethodCall compiles obj.meth(args) with LOAD_METHOD when it
// can, and reports whether it did.
func (c *compiler) maybeOptimizeMethodCall(e *syntax.Call) bool {
	meth, ok := e.Func.(*syntax.Attribute)
	if !ok || meth.Ctx != syntax.Load {
		return false
	}
	if c.isImportOriginated(meth.Value) {
		return false
	}
	argsl, kwdsl := len(e.Args), len(e.Keywords)
	extra := 0
	if kwdsl != 0 {
		extra = 1
	}
	if argsl+kwdsl+extra >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			return false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	c.visitExpr(meth.Value)
	c.setLoc(&meth.Span)
	c.updateStartLocationToMatchAttr(meth)
	c.addName(bytecode.LOAD_METHOD, meth.Attr)
	for _, a := range e.Args {
		c.visitExpr(a)
	}
	if kwdsl > 0 {
		for _, k := range e.Keywords {
			c.visitExpr(k.Value)
		}
		c.kwNames(e.Keywords)
	}
	c.setLoc(&e.Span)
	c.updateStartLocationToMatchAttr(meth)
	c.addOpArg(bytecode.CALL, argsl+kwdsl)
	return true
}

// validateKeywords checks the keyword arguments of a call.
func (c *compiler) validateKeywords(keywords []*syntax.Keyword) bool {
	for i, k := range keywords {
		if k.Arg == "" {
			continue
		}
		if c.forbiddenName(k.Arg, syntax.Store) {
			return false
		}
		for _, other := range keywords[i+1:] {
			if other.Arg == k.Arg {
				c.setLoc(&other.Span)
				c.error("keyword argument repeated: %s", k.Arg)
				return false
			}
		}
	}
	return true
}

func (c *compiler) call(e *syntax.Call) {
	if !c.validateKeywords(e.Keywords) {
		return
	}
	if c.maybeOptimizeMethodCall(e) {
		return
	}
	c.checkCaller(e.Func)
	if c.err != nil {
		return
	}
	c.setLoc(e.Func.Position())
	c.addOp(bytecode.PUSH_NULL)
	c.setLoc(&e.Span)
	c.visitExpr(e.Func)
	c.callHelper(0, e.Args, e.Keywords)
}

// kwNames emits KW_NAMES with the names of keywords.
func (c *compiler) kwNames(keywords []*syntax.Keyword) {
	names := make(bytecode.Tuple, len(keywords))
	for i, k := range keywords {
		names[i] = k.Arg
	}
	c.addOpArg(bytecode.KW_NAMES, c.addConst(names))
}

// subkwargs builds a dict of the keyword arguments begin..end-1.
func (c *compiler) subkwargs(keywords []*syntax.Keyword, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		for _, k := range keywords[begin:end] {
			c.visitExpr(k.Value)
		}
		keys := make(bytecode.Tuple, n)
		for i, k := range keywords[begin:end] {
			keys[i] = k.Arg
		}
		c.loadConst(keys)
		c.addOpArg(bytecode.BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.addOpArgNoLine(bytecode.BUILD_MAP, 0)
	}
	for _, k := range keywords[begin:end] {
		c.loadConst(k.Arg)
		c.visitExpr(k.Value)
		if big {
			c.addOpArgNoLine(bytecode.MAP_ADD, 1)
		}
	}
	if !big {
		c.addOpArg(bytecode.BUILD_MAP, n)
	}
}

// callHelper pushes the arguments of a call (n values are already on the
// stack after the callable) and emits the call.
func (c *compiler) callHelper(n int, args []syntax.Expr, keywords []*syntax.Keyword) {
	if !c.validateKeywords(keywords) {
		return
	}
	nelts, nkw := len(args), len(keywords)
	exCall := nelts+nkw*2 > stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*syntax.Starred); ok {
			exCall = true
		}
	}
	for _, k := range keywords {
		if k.Arg == "" {
			exCall = true
		}
	}
	if !exCall {
		for _, a := range args {
			c.visitExpr(a)
		}
		if nkw > 0 {
			for _, k := range keywords {
				c.visitExpr(k.Value)
			}
			c.kwNames(keywords)
		}
		c.addOpArg(bytecode.CALL, n+nelts+nkw)
		return
	}
	// The positional arguments as a tuple.
	if s, ok := oneStarred(args); ok && n == 0 {
		c.visitExpr(s.Value)
	} else {
		c.starUnpack(args, n, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true)
	}
	// The keyword arguments as a dict.
	if nkw > 0 {
		haveDict := false
		nseen := 0
		for i, k := range keywords {
			if k.Arg == "" {
				if nseen > 0 {
					c.subkwargs(keywords, i-nseen, i)
					if haveDict {
						c.addOpArg(bytecode.DICT_MERGE, 1)
					}
					haveDict = true
					nseen = 0
				}
				if !haveDict {
					c.addOpArg(bytecode.BUILD_MAP, 0)
					haveDict = true
				}
				c.visitExpr(k.Value)
				c.addOpArg(bytecode.DICT_MERGE, 1)
			} else {
				nseen++
			}
		}
		if nseen > 0 {
			c.subkwargs(keywords, nkw-nseen, nkw)
			if haveDict {
				c.addOpArg(bytecode.DICT_MERGE, 1)
			}
		}
	}
	flag := 0
	if nkw > 0 {
		flag = 1
	}
	c.addOpArg(bytecode.CALL_FUNCTION_EX, flag)
}

func oneStarred(args []syntax.Expr) (*syntax.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*syntax.Starred)
	return s, ok
}

func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	if len(e.Values) > stackUseGuideline {
		c.loadConst("")
		c.addName(bytecode.LOAD_METHOD, "join")
		c.addOpArg(bytecode.BUILD_LIST, 0)
		for _, v := range e.Values {
			c.visitExpr(v)
			c.addOpArg(bytecode.LIST_APPEND, 1)
		}
		c.addOpArg(bytecode.CALL, 1)
		return
	}
	for _, v := range e.Values {
		c.visitExpr(v)
	}
	if len(e.Values) != 1 {
		c.addOpArg(bytecode.BUILD_STRING, len(e.Values))
	}
}

func (c *compiler) formattedValue(e *syntax.FormattedValue) {
	c.visitExpr(e.Value)
	var arg int
	switch e.Conversion {
	case 's':
		arg = bytecode.FormatConvStr
	case 'r':
		arg = bytecode.FormatConvRepr
	case 'a':
		arg = bytecode.FormatConvASCII
	case -1:
		arg = bytecode.FormatConvNone
	default:
		c.error("Unrecognized conversion character %d", e.Conversion)
		return
	}
	if e.FormatSpec != nil {
		c.visitExpr(e.FormatSpec)
		arg |= bytecode.FormatHasSpec
	}
	c.addOpArg(bytecode.FORMAT_VALUE, arg)
}

func (c *compiler) subscript(e *syntax.Subscript) {
	if e.Ctx == syntax.Load {
		c.checkSubscripter(e.Value)
		c.checkIndex(e.Value, e.Slice)
		if c.err != nil {
			return
		}
	}
	c.visitExpr(e.Value)
	c.visitExpr(e.Slice)
	switch e.Ctx {
	case syntax.Load:
		c.addOp(bytecode.BINARY_SUBSCR)
	case syntax.Store:
		c.addOp(bytecode.STORE_SUBSCR)
	default:
		c.addOp(bytecode.DELETE_SUBSCR)
	}
}

func (c *compiler) slice(s *syntax.Slice) {
	n := 2
	if s.Lower != nil {
		c.visitExpr(s.Lower)
	} else {
		c.loadConst(bytecode.None)
	}
	if s.Upper != nil {
		c.visitExpr(s.Upper)
	} else {
		c.loadConst(bytecode.None)
	}
	if s.Step != nil {
		n++
		c.visitExpr(s.Step)
	}
	c.addOpArg(bytecode.BUILD_SLICE, n)
}
