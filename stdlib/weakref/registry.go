package weakref

import (
	"fmt"
	"weak"

	"github.com/kaa-lang/kaa/py"
)

// registry is the per-interpreter record of the weak references that
// still watch a live referent, indexed by the referent's address. It
// lives in the _weakref module (as _registry).
type registry struct {
	byAddr map[uintptr][]weak.Pointer[Ref]
	// order holds the references in creation order, for calling
	// callbacks newest first. The registry holds its references weakly:
	// a reference nobody else holds disappears with its callback, as in
	// CPython.
	order []weak.Pointer[Ref]
}

// registryType is the type of the registry object.
var registryType = py.NewBuiltinType("_weakref._registry", nil, 0)

// Type returns registryType.
func (*registry) Type() *py.Type { return registryType }

func newRegistry() *registry { return &registry{byAddr: map[uintptr][]weak.Pointer[Ref]{}} }

// registryOf returns the interpreter's registry, importing _weakref if
// needed.
func registryOf(t *py.Thread) (*registry, error) {
	m, ok := t.Interp().Modules().GetString("_weakref").(*py.Module)
	if !ok {
		o, err := t.ImportModule("_weakref")
		if err != nil {
			return nil, err
		}
		if m, ok = o.(*py.Module); !ok {
			return nil, py.Errorf(py.SystemErrorType, "_weakref is not a module")
		}
	}
	reg, ok := m.Get("_registry").(*registry)
	if !ok {
		reg = newRegistry()
		m.Set("_registry", reg)
	}
	return reg, nil
}

// add records a new reference.
func (g *registry) add(r *Ref) {
	w := weak.Make(r)
	g.byAddr[r.addr] = append(g.byAddr[r.addr], w)
	g.order = append(g.order, w)
}

// live returns the references whose referent is o.
func (g *registry) live(o py.Object) []*Ref {
	var out []*Ref
	for _, w := range g.byAddr[address(o)] {
		r := w.Value()
		if r == nil {
			continue
		}
		if v := r.referent(); v != nil && v == o {
			out = append(out, r)
		}
	}
	return out
}

// plainRef returns the existing reference to o without a callback, if
// any.
func (g *registry) plainRef(o py.Object) py.Object {
	for _, r := range g.live(o) {
		if !r.proxy && r.callback == nil && r.outer == py.Object(r) {
			return r
		}
	}
	return nil
}

// plainProxy returns the existing proxy to o without a callback.
func (g *registry) plainProxy(o py.Object) py.Object {
	for _, r := range g.live(o) {
		if r.proxy && r.callback == nil {
			return r.outer
		}
	}
	return nil
}

// sweep finds the references whose referent was collected, forgets
// them and calls their callbacks (newest reference first). It returns
// the number of references that died.
func (g *registry) sweep(t *py.Thread) int {
	var dead []*Ref
	keep := g.order[:0]
	for _, w := range g.order {
		r := w.Value()
		if r == nil {
			continue
		}
		if r.fired || r.w.get() == nil {
			if !r.fired {
				r.fired = true
				dead = append(dead, r)
			}
			continue
		}
		keep = append(keep, w)
	}
	clear(g.order[len(keep):])
	g.order = keep
	for addr, refs := range g.byAddr {
		live := refs[:0]
		for _, w := range refs {
			if r := w.Value(); r != nil && !r.fired {
				live = append(live, w)
			}
		}
		if len(live) == 0 {
			delete(g.byAddr, addr)
		} else {
			clear(refs[len(live):])
			g.byAddr[addr] = live
		}
	}
	for i := len(dead) - 1; i >= 0; i-- {
		r := dead[i]
		cb := r.callback
		r.callback = nil
		if cb == nil {
			continue
		}
		if _, err := py.Call(t, cb, []py.Object{r.outer}, nil); err != nil {
			reportIgnored(t, cb, err)
		}
	}
	return len(dead)
}

// reportIgnored prints an exception raised by a callback, as CPython's
// unraisable hook does.
func reportIgnored(t *py.Thread, where py.Object, err error) {
	w := t.Interp().Stderr()
	r, rerr := py.Repr(t, where)
	name := "?"
	if rerr == nil {
		name = r.String()
	}
	fmt.Fprintf(w, "Exception ignored in: %s\n", name)
	t.PrintException(w, py.AsException(err))
}

// Sweep runs the interpreter's pending weak-reference callbacks: those
// of references whose referent the last Go collection found dead. It
// is what gc.collect() calls after collecting.
func Sweep(t *py.Thread) int {
	m, ok := t.Interp().Modules().GetString("_weakref").(*py.Module)
	if !ok {
		return 0
	}
	reg, ok := m.Get("_registry").(*registry)
	if !ok {
		return 0
	}
	return reg.sweep(t)
}
