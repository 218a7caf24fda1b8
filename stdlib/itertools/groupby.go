package itertools

import (
	"github.com/kaa-lang/kaa/py"
)

// GroupBy is groupby(iterable, key=None): it yields (key, group) pairs,
// each group an iterator over the run of consecutive items with that key.
type GroupBy struct {
	it, keyfn       py.Object
	tgtkey, currkey py.Object // key of the group handed out; of currvalue
	currvalue       py.Object // the item read ahead (nil: none)
	currgrouper     *Grouper
	exhausted       bool
}

// Grouper is one group of a groupby.
type Grouper struct {
	parent *GroupBy
	tgtkey py.Object
}

// The groupby types.
var (
	GroupByType = newType("groupby", "make an iterator that returns consecutive keys and groups from the iterable")
	GrouperType = newType("_grouper", "")
)

// Type returns GroupByType.
func (*GroupBy) Type() *py.Type { return GroupByType }

// Type returns GrouperType.
func (*Grouper) Type() *py.Type { return GrouperType }

func newGroupBy(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var iterable py.Object
	var key py.Object = py.None
	if err := py.UnpackArgs("groupby", args, kw, "iterable", &iterable, "key?", &key); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	return &GroupBy{it: it, keyfn: key}, nil
}

// step reads the next item and its key; false at the end.
func (g *GroupBy) step(t *py.Thread) (bool, error) {
	v, ok, err := py.Next(t, g.it)
	if err != nil || !ok {
		if !ok {
			g.exhausted = true
		}
		return false, err
	}
	k := v
	if g.keyfn != py.None {
		if k, err = py.Call(t, g.keyfn, []py.Object{v}, nil); err != nil {
			return false, err
		}
	}
	g.currvalue, g.currkey = v, k
	return true, nil
}

func groupbyNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	g := o.(*GroupBy)
	g.currgrouper = nil
	// Skip what is left of the current group.
	for {
		if g.currvalue == nil {
			if g.exhausted {
				return nil, false, nil
			}
			ok, err := g.step(t)
			if err != nil || !ok {
				return nil, false, err
			}
			if g.tgtkey == nil {
				break
			}
		}
		if g.tgtkey == nil {
			break
		}
		eq, err := py.Equal(t, g.tgtkey, g.currkey)
		if err != nil {
			return nil, false, err
		}
		if !eq {
			break
		}
		g.currvalue = nil
	}
	g.tgtkey = g.currkey
	gr := &Grouper{parent: g, tgtkey: g.tgtkey}
	g.currgrouper = gr
	return py.NewTuple(g.currkey, gr), true, nil
}

func grouperNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	gr := o.(*Grouper)
	g := gr.parent
	if g == nil || g.currgrouper != gr {
		return nil, false, nil
	}
	if g.currvalue == nil {
		if g.exhausted {
			return nil, false, nil
		}
		ok, err := g.step(t)
		if err != nil || !ok {
			return nil, false, err
		}
	}
	eq, err := py.Equal(t, gr.tgtkey, g.currkey)
	if err != nil {
		return nil, false, err
	}
	if !eq {
		return nil, false, nil
	}
	v := g.currvalue
	g.currvalue = nil
	return v, true, nil
}

func init() {
	finish(GroupByType, newGroupBy, groupbyNext)
	finish(GrouperType, nil, grouperNext)
	GrouperType.Flags &^= py.FlagBaseType
}
