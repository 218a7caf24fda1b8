package py

import "weak"

// Thread is the execution state of one goroutine running Python code in
// an Interpreter: the current frame, the call depth, the exception being
// handled, and pools that make calls cheap. A Thread must only be used by
// one goroutine at a time.
type Thread struct {
	interp *Interpreter
	// frame is the innermost running frame (nil at top level).
	frame *Frame
	// depth counts nested calls, against the recursion limit.
	depth int
	// handled is the exception being handled (sys.exc_info()), or nil.
	handled *Exception
	// handlerDepth counts the except clauses entered and not yet left
	// (PUSH_EXC_INFO minus POP_EXCEPT), so a generator can tell whether
	// it suspended inside one of its own.
	handlerDepth int
	// genBase and genCaller are set while a generator runs: the handler
	// depth it started at and the caller's handled exception, which is
	// the generator's sys.exc_info() again once it leaves its last open
	// except clause (the value that clause saved is from an older run).
	genBase   int
	genCaller *Exception
	inGen     bool
	// framePool holds frames ready for reuse.
	framePool []*Frame
	// reprActive holds the containers whose repr is being computed, so
	// that a self-referencing list prints as [...].
	reprActive []Object
	// reprSet indexes reprActive while it is deep (repr_depth.go).
	reprSet map[Object]struct{}
	// liveGens tracks generators with try blocks, weakly, to close those
	// still suspended at exit (generator.go).
	liveGens     []weak.Pointer[Generator]
	liveGensKept int
	// Slabs that box ints and floats without one allocation each (box.go).
	intSlab      []Int
	intSlabPos   int
	floatSlab    []Float
	floatSlabPos int
	// stopExc is the StopIteration that ended the iterator a built-in
	// iterator (enumerate, map, zip, filter) was consuming, so that
	// next() can raise it with its value as CPython does.
	stopExc *Exception
}

// Interp returns the interpreter the thread belongs to.
func (t *Thread) Interp() *Interpreter { return t.interp }

// reprEnter marks o as being printed; it reports true when o already is
// (a recursive reference).
func (t *Thread) reprEnter(o Object) bool {
	if len(t.reprActive) >= reprSetMin {
		return t.reprEnterDeep(o)
	}
	for _, x := range t.reprActive {
		if x == o {
			return true
		}
	}
	t.reprActive = append(t.reprActive, o)
	return false
}

// reprLeave undoes reprEnter.
func (t *Thread) reprLeave(o Object) {
	for i := len(t.reprActive) - 1; i >= 0; i-- {
		if t.reprActive[i] == o {
			n := len(t.reprActive) - 1
			copy(t.reprActive[i:], t.reprActive[i+1:])
			t.reprActive[n] = nil // the backing array must not keep o alive
			t.reprActive = t.reprActive[:n]
			t.reprLeaveDeep(o)
			return
		}
	}
}

// maxAlloc is the largest single allocation, in bytes, that kaa agrees
// to make for a value (sequence repetition, str building ...); larger
// requests raise MemoryError instead of aborting the Go runtime.
const maxAlloc = 1 << 34

// checkSize returns MemoryError when an object of n items of itemSize
// bytes would be too large.
func (t *Thread) checkSize(itemSize, n int) error {
	if n <= 0 || itemSize <= 0 {
		return nil
	}
	if n > maxAlloc/itemSize {
		return NewError(MemoryErrorType)
	}
	if t != nil && t.interp != nil && t.interp.memLimit > 0 && int64(itemSize)*int64(n) > t.interp.memLimit {
		return NewError(MemoryErrorType)
	}
	if !memoryFor(itemSize * n) {
		return NewError(MemoryErrorType)
	}
	return nil
}

// sizeErr is checkSize for sequences of object references.
func (t *Thread) sizeErr(items, n int) error {
	if items == 0 || n <= 0 {
		return nil
	}
	if n > maxAlloc/8/items {
		return NewError(MemoryErrorType)
	}
	return t.checkSize(items*8, n)
}

// enter counts a nested call, raising RecursionError past the limit.
func (t *Thread) enter() error {
	t.depth++
	if t.depth > t.interp.recursionLimit {
		t.depth--
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	return nil
}

// leave undoes enter.
func (t *Thread) leave() { t.depth-- }
