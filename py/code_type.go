package py

import (
	"encoding/binary"

	"github.com/kaa-lang/kaa/bytecode"
)

// namesTuple converts names to a tuple of str.
func namesTuple(names []string) *Tuple {
	out := make([]Object, len(names))
	for i, n := range names {
		out[i] = NewStr(n)
	}
	return NewTupleFromSlice(out)
}

func init() {
	s := &CodeType.Slots
	s.Repr = func(t *Thread, o Object) (Object, error) {
		c := o.(*Code)
		return NewStr(sprintf("<code object %s at %s, file \"%s\", line %d>", c.name.s, addrOf(o), c.filename.s, c.bc.FirstLineNo)), nil
	}
	get := func(name string, fn func(c *Code) Object) {
		CodeType.AddGetSet(name, func(t *Thread, o Object) (Object, error) { return fn(o.(*Code)), nil }, nil, "")
	}
	get("co_name", func(c *Code) Object { return c.name })
	get("co_qualname", func(c *Code) Object { return c.qualname })
	get("co_filename", func(c *Code) Object { return c.filename })
	get("co_firstlineno", func(c *Code) Object { return NewInt(int64(c.bc.FirstLineNo)) })
	get("co_argcount", func(c *Code) Object { return NewInt(int64(c.argcount)) })
	get("co_posonlyargcount", func(c *Code) Object { return NewInt(int64(c.posonly)) })
	get("co_kwonlyargcount", func(c *Code) Object { return NewInt(int64(c.kwonly)) })
	get("co_flags", func(c *Code) Object { return NewInt(int64(c.flags)) })
	get("co_stacksize", func(c *Code) Object { return NewInt(int64(c.stacksize)) })
	get("co_nlocals", func(c *Code) Object { return NewInt(int64(len(c.bc.VarNames()))) })
	get("co_varnames", func(c *Code) Object { return namesTuple(c.bc.VarNames()) })
	get("co_cellvars", func(c *Code) Object { return namesTuple(c.bc.CellVars()) })
	get("co_freevars", func(c *Code) Object { return namesTuple(c.bc.FreeVars()) })
	get("co_names", func(c *Code) Object { return namesTuple(c.bc.Names) })
	get("co_consts", func(c *Code) Object { return NewTupleCopy(c.consts) })
	get("co_code", func(c *Code) Object {
		b := make([]byte, 4*len(c.bc.Instrs))
		for i, ins := range c.bc.Instrs {
			binary.LittleEndian.PutUint32(b[4*i:], uint32(ins))
		}
		return NewBytes(b)
	})
	CodeType.AddMethod("co_positions", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		c := self.(*Code)
		items := make([]Object, len(c.bc.Positions))
		opt := func(v int32) Object {
			if v < 0 {
				return None
			}
			return NewInt(int64(v))
		}
		for i, p := range c.bc.Positions {
			items[i] = NewTuple(opt(p.Line), opt(p.EndLine), opt(p.Col), opt(p.EndCol))
		}
		return Iter(t, NewList(items))
	}, "Return an iterator of (line, end_line, column, end_column) for each instruction.")
	CodeType.AddMethod("co_lines", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		c := self.(*Code)
		var items []Object
		start := 0
		for i := 1; i <= len(c.bc.Positions); i++ {
			if i == len(c.bc.Positions) || c.bc.Positions[i].Line != c.bc.Positions[start].Line {
				var line Object = None
				if l := c.bc.Positions[start].Line; l >= 0 {
					line = NewInt(int64(l))
				}
				items = append(items, NewTuple(NewInt(int64(4*start)), NewInt(int64(4*i)), line))
				start = i
			}
		}
		return Iter(t, NewList(items))
	}, "Return an iterator of (start, end, line) for the instruction ranges.")
	_ = bytecode.CO_OPTIMIZED

	fs := &FrameType.Slots
	fs.Repr = func(t *Thread, o Object) (Object, error) {
		f := o.(*Frame)
		return NewStr(sprintf("<frame at %s, file '%s', line %d, code %s>", addrOf(o), f.code.filename.s, f.code.lineAt(f.lasti), f.code.name.s)), nil
	}
	fget := func(name string, fn func(f *Frame) Object) {
		FrameType.AddGetSet(name, func(t *Thread, o Object) (Object, error) { return fn(o.(*Frame)), nil }, nil, "")
	}
	fget("f_code", func(f *Frame) Object { return f.code })
	fget("f_globals", func(f *Frame) Object { return f.globals })
	fget("f_builtins", func(f *Frame) Object { return f.builtins })
	fget("f_locals", func(f *Frame) Object { return f.localsMapping() })
	fget("f_lineno", func(f *Frame) Object { return NewInt(int64(f.code.lineAt(f.lasti))) })
	fget("f_lasti", func(f *Frame) Object { return NewInt(int64(2 * f.lasti)) })
	fget("f_back", func(f *Frame) Object {
		if f.back == nil {
			return None
		}
		f.back.escaped = true
		return f.back
	})
	fget("f_trace", func(f *Frame) Object { return None })

	tb := &TracebackType.Slots
	tb.Repr = func(t *Thread, o Object) (Object, error) {
		return NewStr("<traceback object at " + addrOf(o) + ">"), nil
	}
	tget := func(name string, fn func(tb *Traceback) Object) {
		TracebackType.AddGetSet(name, func(t *Thread, o Object) (Object, error) { return fn(o.(*Traceback)), nil }, nil, "")
	}
	tget("tb_frame", func(tb *Traceback) Object { return tb.frame })
	tget("tb_lineno", func(tb *Traceback) Object { return NewInt(int64(tb.Line())) })
	tget("tb_lasti", func(tb *Traceback) Object { return NewInt(int64(2 * tb.lasti)) })
	TracebackType.AddGetSet("tb_next", tracebackGetNext, tracebackSetNext, "")
}

// localsMapping returns f_locals: the namespace of module and class
// bodies, or a snapshot of a function's fast locals.
func (f *Frame) localsMapping() Object {
	if f.locals != nil {
		return f.locals
	}
	return fastLocalsDict(f)
}
