package py

// asyncGenFirstIter calls the firstiter hook of sys.set_asyncgen_hooks
// the first time an async generator is iterated (its first __anext__,
// asend, athrow or aclose), as CPython does: event loops use it to find
// the generators they must close at shutdown. kaa has no destructors, so
// the finalizer hook is never called.
func (t *Thread) asyncGenFirstIter(g *Generator) error {
	if g.hooksInited {
		return nil
	}
	g.hooksInited = true
	get := t.interp.sys.Get("get_asyncgen_hooks")
	if get == nil {
		return nil
	}
	hooks, err := Call(t, get, nil, nil)
	if err != nil {
		return err
	}
	first, err := GetAttr(t, hooks, NewStr("firstiter"))
	if err != nil {
		return err
	}
	if first == None {
		return nil
	}
	_, err = Call(t, first, []Object{g}, nil)
	return err
}
