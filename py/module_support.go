package py

// This file exports, for the modules of stdlib/, a few more helpers of
// the core: stop checks for long-running Go code, and constructors of
// built-in objects modules hand out (mapping proxies, callable
// iterators).

// CheckStop returns the error a pending stop request (a deadline, a
// cancellation, an interrupt) turns into, or nil. Go code that can run
// for long without executing bytecode (a regular expression match)
// calls it every few thousand steps, as the eval loop does on backward
// jumps.
func (t *Thread) CheckStop() error {
	if t.interp.stop.Load() == 0 {
		return nil
	}
	return t.interp.checkStop()
}

// NewMappingProxy returns a read-only view of the mapping m
// (types.MappingProxyType(m)).
func NewMappingProxy(m Object) Object { return &MappingProxy{m: m} }

// IsCallable reports whether o can be called (callable(o)).
func IsCallable(o Object) bool { return callableObject(o) }

// NewCallableIterator returns iter(fn, sentinel): an iterator calling fn
// until it returns sentinel.
func NewCallableIterator(fn, sentinel Object) Object {
	return &CallableIterator{fn: fn, sentinel: sentinel}
}
