package syntax

// Memoisation of rule results, per token (CPython's Memo lists).

// memoEntry is one memoised rule result: the rule, its result and the
// position after it. Entries of one token (tok) form a list through next.
type memoEntry struct {
	node any
	end  int32
	next int32
	tok  int32
	rule memoRule
}

// memoRule identifies a memoised rule.
type memoRule uint8

// The memoised rules (CPython's "(memo)" rules and its left-recursive
// rules).
const (
	_ memoRule = iota
	mSimpleStmt
	mBlock
	mClosedPattern
	mStarPattern
	mExpression
	mStarExpression
	mDisjunction
	mConjunction
	mInversion
	mFactor
	mAwaitPrimary
	mStrings
	mArguments
	mStarTarget
	mTargetWithStarAtom
	mDelTarget
	mInvalidNamedExpression
	mDottedName
	mBitwiseOr
	mBitwiseXor
	mBitwiseAnd
	mShiftExpr
	mSum
	mTerm
	mPrimary
	mTPrimary
	mAttr
)

// allocMemos prepares the memo table with room for n entries. Entry 0
// is unused. The table grows with the statement being parsed, not with
// the file (see forgetMemos), so a small start is enough.
func (p *parser) allocMemos(n int) {
	p.memos = make([]memoEntry, 1, n)
}

// forgetMemos drops the memo entries made since the table held n
// entries: the statements loop calls it in the first pass after each
// complete statement, whose tokens no rule will read again there. Only
// the memoised block that holds the statement leads back into it, and
// that entry comes later. So the table holds the memos of the statement
// being parsed and of the statements that enclose it, not those of the
// whole file, and the nodes of abandoned alternatives can be freed early.
func (p *parser) forgetMemos(n int) {
	// Newer entries come first in each token's list, so undoing the
	// entries from the newest on leaves each list at its first old one.
	for k := len(p.memos) - 1; k >= n; k-- {
		m := &p.memos[k]
		if t := int(m.tok); t < p.gapStart || t >= p.gapEnd {
			p.at(t).memo = m.next
		}
	}
	clear(p.memos[n:])
	p.memos = p.memos[:n]
}

// memoGet looks up rule at the current position; on a hit it moves to the
// position after the memoised result.
func (p *parser) memoGet(rule memoRule) (any, bool) {
	if p.mark == p.fill {
		p.fillToken()
	}
	for i := p.at(p.mark).memo; i != 0; {
		m := &p.memos[i]
		if m.rule == rule {
			p.mark = int(m.end)
			return m.node, true
		}
		i = m.next
	}
	return nil, false
}

// memoSet records the result of rule started at start, ending at the
// current position.
func (p *parser) memoSet(start int, rule memoRule, node any) {
	t := p.at(start)
	for i := t.memo; i != 0; {
		m := &p.memos[i]
		if m.rule == rule {
			m.node = node
			m.end = int32(p.mark)
			return
		}
		i = m.next
	}
	p.memos = append(p.memos, memoEntry{node: node, end: int32(p.mark), next: t.memo, tok: int32(start), rule: rule})
	t.memo = int32(len(p.memos) - 1)
}

// memoSetFrom records *res as the result of rule started at start (for
// deferred calls, which see the final result and position).
func (p *parser) memoSetFrom(start int, rule memoRule, res *Expr) {
	p.memoSet(start, rule, *res)
}
