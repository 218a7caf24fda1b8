package syntax

// Depth returns the nesting depth of the tree at n, counting every node
// (operators and expression contexts excepted) as CPython's conversion
// of a tree to Python objects does when it checks its recursion limit.
func Depth(n Node) int {
	d := &dumper{}
	return d.depth(n)
}

func (d *dumper) depth(n Node) int {
	if n == nil {
		return 0
	}
	start := len(d.fields)
	d.nodeFields(n)
	end := len(d.fields)
	max := 0
	for i := start; i < end; i++ {
		f := d.fields[i]
		switch f.kind {
		case fNode:
			if k := d.depth(f.node); k > max {
				max = k
			}
		case fList:
			for j := 0; j < f.n; j++ {
				if k := d.depth(listElem(f.list, j)); k > max {
					max = k
				}
			}
		}
	}
	d.fields = d.fields[:start]
	return max + 1
}

// listElem returns element i of a list field as a node (nil for None and
// for lists of strings or operators).
func listElem(list any, i int) Node {
	switch l := list.(type) {
	case []Expr:
		return l[i]
	case []Stmt:
		return l[i]
	case []Pattern:
		return l[i]
	case []*Arg:
		return nodeOrNil(l[i])
	case []*Keyword:
		return nodeOrNil(l[i])
	case []*Alias:
		return nodeOrNil(l[i])
	case []*WithItem:
		return nodeOrNil(l[i])
	case []*Comprehension:
		return nodeOrNil(l[i])
	case []*ExceptHandler:
		return nodeOrNil(l[i])
	case []*MatchCase:
		return nodeOrNil(l[i])
	case []*TypeIgnore:
		return nodeOrNil(l[i])
	}
	return nil
}

// DumpDepth returns how deep Python's ast.dump recurses to print n: its
// _format function calls itself once per node, list and value on the
// deepest path.
func DumpDepth(n Node) int {
	d := &dumper{}
	return d.dumpDepth(n)
}

func (d *dumper) dumpDepth(n Node) int {
	start := len(d.fields)
	d.nodeFields(n)
	end := len(d.fields)
	max := 0
	for i := start; i < end; i++ {
		f := d.fields[i]
		k := 1
		switch f.kind {
		case fNode:
			k = d.dumpDepth(f.node)
		case fList:
			for j := 0; j < f.n; j++ {
				e := 1
				if c := listElem(f.list, j); c != nil {
					e = d.dumpDepth(c)
				}
				if e+1 > k {
					k = e + 1
				}
			}
		}
		if k > max {
			max = k
		}
	}
	d.fields = d.fields[:start]
	return max + 1
}
