package itertools

import (
	"github.com/kaa-lang/kaa/py"
)

// Count is count(start=0, step=1).
type Count struct {
	n, step py.Object
	// fast is set while the count and the step are small ints, kept in
	// fn and fstep.
	fast      bool
	fn, fstep int64
}

// Cycle is cycle(iterable).
type Cycle struct {
	it    py.Object
	saved []py.Object
	i     int
	done  bool // the source is exhausted: replay saved
}

// Repeat is repeat(object[, times]).
type Repeat struct {
	v     py.Object
	times int // -1: forever
}

// The infinite iterator types.
var (
	CountType  = newType("count", "Return a count object whose .__next__() method returns consecutive values.")
	CycleType  = newType("cycle", "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.")
	RepeatType = newType("repeat", "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.")
)

// Type returns CountType.
func (*Count) Type() *py.Type { return CountType }

// Type returns CycleType.
func (*Cycle) Type() *py.Type { return CycleType }

// Type returns RepeatType.
func (*Repeat) Type() *py.Type { return RepeatType }

// isNumber reports whether o is a number for count(): it has __index__,
// __int__, __float__ or is complex.
func isNumber(o py.Object) bool {
	s := &o.Type().Slots
	if s.Index != nil || s.Int != nil || s.Float != nil {
		return true
	}
	if _, ok := o.(py.Complex); ok {
		return true
	}
	return o.Type().LookupString("__complex__") != nil
}

func newCount(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var start, step py.Object = py.NewInt(0), py.NewInt(1)
	if err := py.UnpackArgs("count", args, kw, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	if !isNumber(start) || !isNumber(step) {
		return nil, py.Errorf(py.TypeErrorType, "a number is required")
	}
	c := &Count{n: start, step: step}
	a, aok := start.(py.Int)
	b, bok := step.(py.Int)
	if aok && bok {
		c.fast, c.fn, c.fstep = true, int64(a), int64(b)
	}
	return c, nil
}

func countNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	c := o.(*Count)
	if c.fast {
		v := py.NewInt(c.fn)
		next := c.fn + c.fstep
		if (c.fstep > 0 && next < c.fn) || (c.fstep < 0 && next > c.fn) {
			// Overflow: continue with arbitrary-precision ints.
			c.fast = false
			c.n = v
			c.step = py.NewInt(c.fstep)
			n, err := py.Add(t, v, c.step)
			if err != nil {
				return nil, false, err
			}
			c.n = n
			return v, true, nil
		}
		c.fn = next
		return v, true, nil
	}
	v := c.n
	n, err := py.Add(t, c.n, c.step)
	if err != nil {
		return nil, false, err
	}
	c.n = n
	return v, true, nil
}

func countRepr(t *py.Thread, o py.Object) (py.Object, error) {
	c := base(o).(*Count)
	n, step := c.n, c.step
	if c.fast {
		n, step = py.NewInt(c.fn), py.NewInt(c.fstep)
	}
	name := o.Type().ShortName()
	r, err := py.Repr(t, n)
	if err != nil {
		return nil, err
	}
	if s, ok := step.(py.Int); ok && s == 1 {
		return py.NewStr(name + "(" + r.String() + ")"), nil
	}
	rs, err := py.Repr(t, step)
	if err != nil {
		return nil, err
	}
	return py.NewStr(name + "(" + r.String() + ", " + rs.String() + ")"), nil
}

func newCycle(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := positional("cycle", args, kw, 1, 1); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	return &Cycle{it: it}, nil
}

func cycleNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	c := o.(*Cycle)
	if !c.done {
		v, ok, err := py.Next(t, c.it)
		if err != nil {
			return nil, false, err
		}
		if ok {
			c.saved = append(c.saved, v)
			return v, true, nil
		}
		c.done = true
		c.it = nil
	}
	if len(c.saved) == 0 {
		return nil, false, nil
	}
	v := c.saved[c.i]
	c.i++
	if c.i == len(c.saved) {
		c.i = 0
	}
	return v, true, nil
}

func newRepeat(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var v, times py.Object
	if err := py.UnpackArgs("repeat", args, kw, "object", &v, "times?", &times); err != nil {
		return nil, err
	}
	r := &Repeat{v: v, times: -1}
	if times != nil {
		n, err := py.AsIndex(t, times)
		if err != nil {
			return nil, err
		}
		r.times = max(n, 0)
	}
	return r, nil
}

func repeatNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	r := o.(*Repeat)
	if r.times == 0 {
		return nil, false, nil
	}
	if r.times > 0 {
		r.times--
	}
	return r.v, true, nil
}

func init() {
	finish(CountType, newCount, countNext)
	CountType.Slots.Repr = countRepr
	finish(CycleType, newCycle, cycleNext)
	finish(RepeatType, newRepeat, repeatNext)
	RepeatType.Slots.Repr = func(t *py.Thread, o py.Object) (py.Object, error) {
		r := base(o).(*Repeat)
		rv, err := py.Repr(t, r.v)
		if err != nil {
			return nil, err
		}
		s := o.Type().ShortName() + "(" + rv.String()
		if r.times >= 0 {
			s += ", " + itoa(r.times)
		}
		return py.NewStr(s + ")"), nil
	}
	RepeatType.AddMethod("__length_hint__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		r := base(self).(*Repeat)
		if r.times < 0 {
			return nil, py.Errorf(py.TypeErrorType, "len() of unsized object")
		}
		return py.NewInt(int64(r.times)), nil
	}, "Private method returning an estimate of len(list(it)).")
}
