package itertools

import (
	"github.com/kaa-lang/kaa/py"
)

// teeChunk is a block of items read from the source of a tee; the tees
// walk a linked list of chunks, so that a chunk every tee has passed is
// garbage.
type teeChunk struct {
	items []py.Object
	next  *teeChunk
}

// teeSource is what the tees of one tee() call share.
type teeSource struct {
	it   py.Object
	done bool
}

const teeChunkSize = 57

// Tee is one of the iterators tee() returns.
type Tee struct {
	src   *teeSource
	chunk *teeChunk
	i     int
}

// teeData is the (internal) type of a tee's shared buffer, exposed as
// itertools._tee_dataobject.
type teeData struct{}

// The tee types.
var (
	TeeType     = newType("_tee", "Iterator wrapped to make it copyable.")
	teeDataType = newType("_tee_dataobject", "teedataobject(iterable, values, next)")
)

// Type returns TeeType.
func (*Tee) Type() *py.Type { return TeeType }

// Type returns teeDataType.
func (*teeData) Type() *py.Type { return teeDataType }

// newTeeFrom makes the first tee over an iterator.
func newTeeFrom(it py.Object) *Tee {
	return &Tee{src: &teeSource{it: it}, chunk: &teeChunk{}}
}

// copyTee returns a tee at the same position as t.
func (t *Tee) copyTee() *Tee { return &Tee{src: t.src, chunk: t.chunk, i: t.i} }

func teeNew(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := positional("_tee", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if tee, ok := base(args[0]).(*Tee); ok {
		return tee.copyTee(), nil
	}
	it, err := py.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	return newTeeFrom(it), nil
}

func teeNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	tee := o.(*Tee)
	if tee.i == teeChunkSize {
		if tee.chunk.next == nil {
			tee.chunk.next = &teeChunk{}
		}
		tee.chunk, tee.i = tee.chunk.next, 0
	}
	if tee.i < len(tee.chunk.items) {
		v := tee.chunk.items[tee.i]
		tee.i++
		return v, true, nil
	}
	if tee.src.done {
		return nil, false, nil
	}
	v, ok, err := py.Next(t, tee.src.it)
	if err != nil {
		return nil, false, err
	}
	if !ok {
		tee.src.done = true
		return nil, false, nil
	}
	tee.chunk.items = append(tee.chunk.items, v)
	tee.i++
	return v, true, nil
}

// teeFunc is tee(iterable, n=2).
func teeFunc(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := positional("tee", args, kw, 1, 2); err != nil {
		return nil, err
	}
	n := 2
	if len(args) == 2 {
		var err error
		if n, err = py.AsIndex(t, args[1]); err != nil {
			return nil, err
		}
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueErrorType, "n must be >= 0")
	}
	if n == 0 {
		return py.EmptyTuple, nil
	}
	it, err := py.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	var first py.Object
	if tee, ok := it.(*Tee); ok {
		first = tee.copyTee()
	} else if cp, err := py.GetAttrOpt(t, it, py.NewStr("__copy__")); err == nil && cp != nil {
		if first, err = py.Call(t, cp, nil, nil); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, err
	} else {
		first = newTeeFrom(it)
	}
	out := []py.Object{first}
	for len(out) < n {
		c, err := py.CallMethod(t, out[0], "__copy__")
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return py.NewTupleFromSlice(out), nil
}

func init() {
	finish(TeeType, teeNew, teeNext)
	TeeType.Flags &^= py.FlagBaseType
	TeeType.AddMethod("__copy__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("__copy__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return base(self).(*Tee).copyTee(), nil
	}, "Returns an independent iterator.")
	finish(teeDataType, nil, func(t *py.Thread, o py.Object) (py.Object, bool, error) { return nil, false, nil })
}
