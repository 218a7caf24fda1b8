package py

import (
	"math"

	"github.com/kaa-lang/kaa/bytecode"
)

// eval runs frame f from its saved position until it returns, yields
// (f.yielded is then set) or raises. A non-nil throw makes the frame
// raise that exception at its current position first (generator.throw).
//
// The loop keeps its state in Go locals: the instruction slice, pc (the
// index of the next instruction), fast (locals followed by the value
// stack) and sp (the index of the first free stack slot).
func (t *Thread) eval(f *Frame, throw error) (Object, error) {
	if t.depth >= t.interp.recursionLimit {
		return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	t.depth++
	f.back = t.frame
	t.frame = f
	f.yielded = false

	code := f.code
	instrs := code.instrs
	fast := f.fast
	sp := f.sp
	pc := f.pc
	if throw != nil {
		var ok bool
		if sp, pc, ok = t.handleException(f, sp, pc, throw, true); !ok {
			return t.leaveEval(f, sp, nil, AsException(throw))
		}
	}

	for {
		ins := instrs[pc]
		pc++
		oparg := ins.Arg()
		var err error
	dispatch:
		switch ins.Op() {
		case bytecode.NOP:

		case bytecode.RESUME:
			if t.interp.stop.Load() != 0 {
				if err = t.interp.checkStop(); err != nil {
					goto raise
				}
			}

		case bytecode.LOAD_FAST:
			v := fast[oparg]
			if v == nil {
				err = unboundLocal(code, int(oparg))
				goto raise
			}
			fast[sp] = v
			sp++

		case bytecode.STORE_FAST:
			sp--
			fast[oparg] = fast[sp]

		case opLoadFastLoadFast:
			v := fast[oparg]
			if v == nil {
				err = unboundLocal(code, int(oparg))
				goto raise
			}
			w := fast[instrs[pc].Arg()]
			if w == nil {
				pc++
				err = unboundLocal(code, int(instrs[pc-1].Arg()))
				goto raise
			}
			fast[sp] = v
			fast[sp+1] = w
			sp += 2
			pc++

		case opLoadFastLoadConst:
			v := fast[oparg]
			if v == nil {
				err = unboundLocal(code, int(oparg))
				goto raise
			}
			fast[sp] = v
			fast[sp+1] = code.consts[instrs[pc].Arg()]
			sp += 2
			pc++

		case opStoreFastLoadFast:
			fast[oparg] = fast[sp-1]
			w := fast[instrs[pc].Arg()]
			if w == nil {
				sp--
				fast[sp] = nil
				pc++
				err = unboundLocal(code, int(instrs[pc-1].Arg()))
				goto raise
			}
			fast[sp-1] = w
			pc++

		case opLoadConstLoadFast:
			w := fast[instrs[pc].Arg()]
			if w == nil {
				fast[sp] = code.consts[oparg]
				sp++
				pc++
				err = unboundLocal(code, int(instrs[pc-1].Arg()))
				goto raise
			}
			fast[sp] = code.consts[oparg]
			fast[sp+1] = w
			sp += 2
			pc++

		case opStoreFastStoreFast:
			fast[oparg] = fast[sp-1]
			fast[instrs[pc].Arg()] = fast[sp-2]
			fast[sp-1], fast[sp-2] = nil, nil
			sp -= 2
			pc++

		case bytecode.LOAD_CONST:
			fast[sp] = code.consts[oparg]
			sp++

		case bytecode.POP_TOP:
			sp--
			if g, ok := fast[sp].(*Generator); ok && g.stackOnly {
				t.dropped(g)
			}
			fast[sp] = nil

		case bytecode.PUSH_NULL:
			fast[sp] = nil
			sp++

		case bytecode.COPY:
			fast[sp] = fast[sp-int(oparg)]
			sp++

		case bytecode.SWAP:
			i := sp - int(oparg)
			fast[sp-1], fast[i] = fast[i], fast[sp-1]

		case bytecode.EXTENDED_ARG:
			ext := oparg
			ins = instrs[pc]
			pc++
			oparg = ins.Arg() | ext<<24
			goto dispatch

		case bytecode.LOAD_GLOBAL:
			v, e := t.loadGlobal(f, code.names[oparg>>1], &code.caches[pc-1])
			if e != nil {
				err = e
				goto raise
			}
			if oparg&1 != 0 {
				fast[sp] = nil
				sp++
			}
			fast[sp] = v
			sp++

		case bytecode.BINARY_OP:
			b := fast[sp-1]
			a := fast[sp-2]
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					if op := BinaryOp(oparg); op == NB_ADD || op == NB_INPLACE_ADD {
						if r := x + y; (r > x) == (y > 0) {
							sp--
							fast[sp] = nil
							if r >= smallIntMin && r <= smallIntMax {
								fast[sp-1] = smallInts[r-smallIntMin]
							} else {
								fast[sp-1] = t.boxInt(int64(r))
							}
							continue
						}
					}
					if r := t.intFastOp(BinaryOp(oparg), int64(x), int64(y)); r != nil {
						sp--
						fast[sp] = nil
						fast[sp-1] = r
						continue
					}
				}
			} else if x, ok := a.(Float); ok {
				if r := t.floatFastOp(BinaryOp(oparg), float64(x), b); r != nil {
					sp--
					fast[sp] = nil
					fast[sp-1] = r
					continue
				}
			}
			r, e := BinaryOperation(t, BinaryOp(oparg), a, b)
			if e != nil {
				err = e
				goto raise
			}
			sp--
			fast[sp] = nil
			fast[sp-1] = r

		case bytecode.COMPARE_OP:
			b := fast[sp-1]
			a := fast[sp-2]
			var r Object
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					r = Bool(cmpInt64Op(int64(x), int64(y), CompareOp(oparg)))
				}
			}
			if r == nil {
				var e error
				r, e = RichCompare(t, a, b, CompareOp(oparg))
				if e != nil {
					err = e
					goto raise
				}
			}
			sp--
			fast[sp] = nil
			// Fuse with a following conditional jump.
			if next := instrs[pc]; next.Op() == bytecode.POP_JUMP_IF_FALSE || next.Op() == bytecode.POP_JUMP_IF_TRUE {
				if bv, ok := r.(Bool); ok {
					sp--
					fast[sp] = nil
					pc++
					if bool(bv) == (next.Op() == bytecode.POP_JUMP_IF_TRUE) {
						pc = int(next.Arg())
						if t.interp.stop.Load() != 0 {
							if err = t.interp.checkStop(); err != nil {
								goto raise
							}
						}
					}
					continue
				}
			}
			fast[sp-1] = r

		case bytecode.POP_JUMP_IF_FALSE:
			sp--
			v := fast[sp]
			fast[sp] = nil
			if int(oparg) < pc && t.interp.stop.Load() != 0 {
				if err = t.interp.checkStop(); err != nil {
					goto raise
				}
			}
			switch b := v.(type) {
			case Bool:
				if !b {
					pc = int(oparg)
				}
			default:
				ok, e := Truth(t, v)
				if e != nil {
					err = e
					goto raise
				}
				if !ok {
					pc = int(oparg)
				}
			}

		case bytecode.POP_JUMP_IF_TRUE:
			sp--
			v := fast[sp]
			fast[sp] = nil
			if int(oparg) < pc && t.interp.stop.Load() != 0 {
				if err = t.interp.checkStop(); err != nil {
					goto raise
				}
			}
			switch b := v.(type) {
			case Bool:
				if b {
					pc = int(oparg)
				}
			default:
				ok, e := Truth(t, v)
				if e != nil {
					err = e
					goto raise
				}
				if ok {
					pc = int(oparg)
				}
			}

		case bytecode.POP_JUMP_IF_NONE:
			sp--
			if fast[sp] == Object(None) {
				pc = int(oparg)
			}
			fast[sp] = nil

		case bytecode.POP_JUMP_IF_NOT_NONE:
			sp--
			if fast[sp] != Object(None) {
				pc = int(oparg)
			}
			fast[sp] = nil

		case bytecode.JUMP_IF_FALSE_OR_POP:
			ok, e := Truth(t, fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			if !ok {
				pc = int(oparg)
			} else {
				sp--
				fast[sp] = nil
			}

		case bytecode.JUMP_IF_TRUE_OR_POP:
			ok, e := Truth(t, fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			if ok {
				pc = int(oparg)
			} else {
				sp--
				fast[sp] = nil
			}

		case bytecode.JUMP_FORWARD, bytecode.JUMP_BACKWARD_NO_INTERRUPT:
			pc = int(oparg)

		case bytecode.JUMP_BACKWARD:
			pc = int(oparg)
			if t.interp.stop.Load() != 0 {
				if err = t.interp.checkStop(); err != nil {
					goto raise
				}
			}

		case bytecode.RETURN_VALUE:
			sp--
			r := fast[sp]
			fast[sp] = nil
			return t.leaveEval(f, sp, r, nil)

		case bytecode.CALL:
			base := sp - int(oparg) - 2
			var fn Object
			var args []Object
			if m := fast[base]; m != nil {
				fn = m
				args = fast[base+1 : sp]
			} else {
				fn = fast[base+1]
				args = fast[base+2 : sp]
				if bm, ok := fn.(*Method); ok {
					// Unpack a bound method in place: no new argument slice.
					fast[base] = bm.Func
					fast[base+1] = bm.Self
					fn = bm.Func
					args = fast[base+1 : sp]
				}
			}
			kw := f.kwnames
			f.kwnames = nil
			f.lasti = pc - 1
			var r Object
			var e error
			switch fv := fn.(type) {
			case *Function:
				r, e = t.callFunction(fv, args, kw)
				if fv.code.flags&bytecode.CO_GENERATOR != 0 && e == nil && instrs[pc].Op() == bytecode.GET_ITER {
					if g, ok := r.(*Generator); ok {
						g.stackOnly = true
					}
				}
			case *BuiltinFunction:
				r, e = fv.Fn(t, fv.Self, args, kw)
			case *MethodDescr:
				if len(args) > 0 && args[0].Type() == fv.Owner {
					r, e = fv.Fn(t, args[0], args[1:], kw)
				} else {
					r, e = Call(t, fn, args, kw)
				}
			case *Type:
				if fv.meta == nil {
					r, e = t.callType(fv, args, kw)
				} else {
					r, e = Call(t, fn, args, kw)
				}
			default:
				r, e = Call(t, fn, args, kw)
			}
			for i := base; i < sp; i++ {
				fast[i] = nil
			}
			sp = base
			if e != nil {
				err = e
				goto raise
			}
			fast[sp] = r
			sp++

		case bytecode.KW_NAMES:
			f.kwnames = code.consts[oparg].(*Tuple)

		case bytecode.LOAD_ATTR:
			owner := fast[sp-1]
			v, e := t.loadAttr(owner, code.names[oparg], &code.caches[pc-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = v

		case bytecode.LOAD_METHOD:
			owner := fast[sp-1]
			meth, self, e := t.loadMethod(owner, code.names[oparg], &code.caches[pc-1])
			if e != nil {
				err = e
				goto raise
			}
			if self != nil {
				fast[sp-1] = meth
				fast[sp] = self
			} else {
				fast[sp-1] = nil
				fast[sp] = meth
			}
			sp++

		case bytecode.STORE_ATTR:
			owner := fast[sp-1]
			v := fast[sp-2]
			if e := t.storeAttr(owner, code.names[oparg], v, &code.caches[pc-1]); e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = nil
			fast[sp-2] = nil
			sp -= 2

		case bytecode.DELETE_ATTR:
			sp--
			owner := fast[sp]
			fast[sp] = nil
			if e := SetAttr(t, owner, code.names[oparg], nil); e != nil {
				err = e
				goto raise
			}

		case bytecode.FOR_ITER:
			it := fast[sp-1]
			var v Object
			var ok bool
			switch iv := it.(type) {
			case *RangeIterator:
				if iv.n > 0 {
					v, ok = t.boxInt(iv.next), true
					iv.next += iv.step
					iv.n--
				}
			case *ListIterator:
				if iv.list != nil && iv.i < len(iv.list.items) {
					v, ok = iv.list.items[iv.i], true
					iv.i++
				} else {
					iv.list = nil
				}
			case *Generator:
				if iv.kind != genGenerator {
					var e error
					if v, ok, e = Next(t, it); e != nil {
						err = e
						goto raise
					}
					break
				}
				r, yielded, e := iv.resume(t, None, nil)
				if e != nil {
					err = e
					goto raise
				}
				v, ok = r, yielded
			default:
				if next := instrs[pc]; next.Op() == bytecode.UNPACK_SEQUENCE && next.Arg() == 2 {
					if a, b, more, handled, e := t.nextPair(it); handled {
						if e != nil {
							err = e
							goto raise
						}
						if more {
							fast[sp] = b
							fast[sp+1] = a
							sp += 2
							pc++
						} else {
							sp--
							fast[sp] = nil
							pc = int(oparg)
						}
						continue
					}
				}
				var e error
				v, ok, e = Next(t, it)
				if e != nil {
					err = e
					goto raise
				}
			}
			if ok {
				fast[sp] = v
				sp++
			} else {
				sp--
				fast[sp] = nil
				pc = int(oparg)
			}

		case bytecode.GET_ITER:
			it, e := Iter(t, fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = it

		case bytecode.BINARY_SUBSCR:
			k := fast[sp-1]
			o := fast[sp-2]
			var r Object
			if l, ok := o.(*List); ok {
				if i, ok := k.(Int); ok {
					if idx, ok := listIndex(i, len(l.items)); ok {
						r = l.items[idx]
					}
				}
			} else if tu, ok := o.(*Tuple); ok {
				if i, ok := k.(Int); ok {
					if idx, ok := listIndex(i, len(tu.items)); ok {
						r = tu.items[idx]
					}
				}
			} else if d, ok := o.(*Dict); ok {
				v, e := d.GetItem(t, k)
				if e != nil {
					err = e
					goto raise
				}
				if v == nil {
					err = NewError(KeyErrorType, k)
					goto raise
				}
				r = v
			}
			if r == nil {
				var e error
				r, e = GetItem(t, o, k)
				if e != nil {
					err = e
					goto raise
				}
			}
			sp--
			fast[sp] = nil
			fast[sp-1] = r

		case bytecode.STORE_SUBSCR:
			k := fast[sp-1]
			o := fast[sp-2]
			v := fast[sp-3]
			done := false
			if l, ok := o.(*List); ok {
				if i, ok := k.(Int); ok {
					if idx, ok := listIndex(i, len(l.items)); ok {
						l.items[idx] = v
						done = true
					}
				}
			} else if d, ok := o.(*Dict); ok {
				if e := d.SetItem(t, k, v); e != nil {
					err = e
					goto raise
				}
				done = true
			}
			if !done {
				if e := SetItem(t, o, k, v); e != nil {
					err = e
					goto raise
				}
			}
			fast[sp-1], fast[sp-2], fast[sp-3] = nil, nil, nil
			sp -= 3

		case bytecode.DELETE_SUBSCR:
			k := fast[sp-1]
			o := fast[sp-2]
			if e := DelItem(t, o, k); e != nil {
				err = e
				goto raise
			}
			fast[sp-1], fast[sp-2] = nil, nil
			sp -= 2

		case bytecode.IS_OP:
			r := isObject(fast[sp-2], fast[sp-1])
			if oparg != 0 {
				r = !r
			}
			sp--
			fast[sp] = nil
			fast[sp-1] = Bool(r)

		case bytecode.CONTAINS_OP:
			r, e := Contains(t, fast[sp-1], fast[sp-2])
			if e != nil {
				err = e
				goto raise
			}
			if oparg != 0 {
				r = !r
			}
			sp--
			fast[sp] = nil
			fast[sp-1] = Bool(r)

		case bytecode.UNARY_NOT:
			ok, e := Truth(t, fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = Bool(!ok)

		case bytecode.UNARY_NEGATIVE:
			var r Object
			if x, ok := fast[sp-1].(Int); ok && x != math.MinInt64 {
				r = NewInt(-int64(x))
			} else {
				var e error
				r, e = Neg(t, fast[sp-1])
				if e != nil {
					err = e
					goto raise
				}
			}
			fast[sp-1] = r

		case bytecode.UNARY_POSITIVE:
			r, e := Pos(t, fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = r

		case bytecode.UNARY_INVERT:
			r, e := Invert(t, fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = r

		case bytecode.DELETE_FAST:
			if fast[oparg] == nil {
				err = unboundLocal(code, int(oparg))
				goto raise
			}
			fast[oparg] = nil

		case bytecode.MAKE_CELL:
			fast[oparg] = &Cell{Value: fast[oparg]}

		case bytecode.LOAD_CLOSURE:
			fast[sp] = fast[oparg]
			sp++

		case bytecode.LOAD_DEREF:
			v := fast[oparg].(*Cell).Value
			if v == nil {
				err = unboundDeref(code, int(oparg))
				goto raise
			}
			fast[sp] = v
			sp++

		case bytecode.STORE_DEREF:
			sp--
			fast[oparg].(*Cell).Value = fast[sp]
			fast[sp] = nil

		case bytecode.DELETE_DEREF:
			c := fast[oparg].(*Cell)
			if c.Value == nil {
				err = unboundDeref(code, int(oparg))
				goto raise
			}
			c.Value = nil

		case bytecode.LOAD_CLASSDEREF:
			name := code.varnames[oparg]
			v, e := mappingGet(t, f.locals, name)
			if e != nil {
				err = e
				goto raise
			}
			if v == nil {
				v = fast[oparg].(*Cell).Value
				if v == nil {
					err = unboundDeref(code, int(oparg))
					goto raise
				}
			}
			fast[sp] = v
			sp++

		case bytecode.COPY_FREE_VARS:
			n := int(oparg)
			cells := f.fn.closure.items
			copy(fast[code.nlocalsplus-n:code.nlocalsplus], cells[:n])

		case bytecode.LOAD_NAME:
			v, e := t.loadName(f, code.names[oparg])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp] = v
			sp++

		case bytecode.STORE_NAME:
			sp--
			v := fast[sp]
			fast[sp] = nil
			if e := storeName(t, f, code.names[oparg], v); e != nil {
				err = e
				goto raise
			}

		case bytecode.DELETE_NAME:
			if e := deleteName(t, f, code.names[oparg]); e != nil {
				err = e
				goto raise
			}

		case bytecode.STORE_GLOBAL:
			sp--
			f.globals.SetStr(code.names[oparg], fast[sp])
			fast[sp] = nil

		case bytecode.DELETE_GLOBAL:
			if !f.globals.DelStr(code.names[oparg]) {
				err = nameError(code.names[oparg])
				goto raise
			}

		case bytecode.BUILD_TUPLE:
			n := int(oparg)
			var tu *Tuple
			if n == 0 {
				tu = EmptyTuple
			} else {
				tu = newTupleOf(n)
				copy(tu.items, fast[sp-n:sp])
			}
			clearSlots(fast[sp-n : sp])
			sp -= n
			fast[sp] = tu
			sp++

		case bytecode.BUILD_LIST:
			n := int(oparg)
			l := newListOf(n)
			copy(l.items, fast[sp-n:sp])
			clearSlots(fast[sp-n : sp])
			sp -= n
			fast[sp] = l
			sp++

		case bytecode.BUILD_SET:
			n := int(oparg)
			s := NewSet()
			for _, x := range fast[sp-n : sp] {
				if e := s.Add(t, x); e != nil {
					err = e
					goto raise
				}
			}
			clearSlots(fast[sp-n : sp])
			sp -= n
			fast[sp] = s
			sp++

		case bytecode.BUILD_MAP:
			n := int(oparg)
			d := NewDictSize(n)
			for i := sp - 2*n; i < sp; i += 2 {
				if e := d.SetItem(t, fast[i], fast[i+1]); e != nil {
					err = e
					goto raise
				}
			}
			clearSlots(fast[sp-2*n : sp])
			sp -= 2 * n
			fast[sp] = d
			sp++

		case bytecode.BUILD_CONST_KEY_MAP:
			n := int(oparg)
			keys := fast[sp-1].(*Tuple)
			d := NewDictSize(n)
			for i := 0; i < n; i++ {
				if e := d.SetItem(t, keys.items[i], fast[sp-1-n+i]); e != nil {
					err = e
					goto raise
				}
			}
			clearSlots(fast[sp-1-n : sp])
			sp -= n + 1
			fast[sp] = d
			sp++

		case bytecode.BUILD_STRING:
			n := int(oparg)
			var size int
			for _, x := range fast[sp-n : sp] {
				size += len(x.(*Str).s)
			}
			buf := make([]byte, 0, size)
			for _, x := range fast[sp-n : sp] {
				buf = append(buf, x.(*Str).s...)
			}
			clearSlots(fast[sp-n : sp])
			sp -= n
			fast[sp] = NewStr(string(buf))
			sp++

		case bytecode.BUILD_SLICE:
			if next := instrs[pc].Op(); next == bytecode.BINARY_SUBSCR || next == bytecode.STORE_SUBSCR {
				nsp, ok, e := t.fusedListSlice(fast, sp, int(oparg), next)
				if ok {
					pc++ // the subscript is done: errors are reported there
					if e != nil {
						err = e
						goto raise
					}
					sp = nsp
					continue
				}
			}
			var step Object = None
			if oparg == 3 {
				sp--
				step = fast[sp]
				fast[sp] = nil
			}
			sp--
			stop := fast[sp]
			fast[sp] = nil
			fast[sp-1] = &Slice{fast[sp-1], stop, step}

		case bytecode.LIST_APPEND:
			sp--
			v := fast[sp]
			fast[sp] = nil
			l := fast[sp-int(oparg)].(*List)
			l.push(v)

		case bytecode.SET_ADD:
			sp--
			v := fast[sp]
			fast[sp] = nil
			if e := fast[sp-int(oparg)].(*Set).Add(t, v); e != nil {
				err = e
				goto raise
			}

		case bytecode.MAP_ADD:
			v := fast[sp-1]
			k := fast[sp-2]
			fast[sp-1], fast[sp-2] = nil, nil
			sp -= 2
			if e := fast[sp-int(oparg)].(*Dict).SetItem(t, k, v); e != nil {
				err = e
				goto raise
			}

		case bytecode.LIST_EXTEND:
			sp--
			v := fast[sp]
			fast[sp] = nil
			if e := fast[sp-int(oparg)].(*List).Extend(t, v); e != nil {
				err = starError(e, v)
				goto raise
			}

		case bytecode.SET_UPDATE:
			sp--
			v := fast[sp]
			fast[sp] = nil
			if e := fast[sp-int(oparg)].(*Set).Update(t, v); e != nil {
				err = starError(e, v)
				goto raise
			}

		case bytecode.DICT_UPDATE:
			sp--
			v := fast[sp]
			fast[sp] = nil
			if e := dictUpdateOp(t, fast[sp-int(oparg)].(*Dict), v); e != nil {
				err = e
				goto raise
			}

		case bytecode.DICT_MERGE:
			sp--
			v := fast[sp]
			fast[sp] = nil
			if e := dictMergeOp(t, fast[sp-int(oparg)].(*Dict), v, fast[sp-int(oparg)-2]); e != nil {
				err = e
				goto raise
			}

		case bytecode.LIST_TO_TUPLE:
			fast[sp-1] = NewTupleFromSlice(fast[sp-1].(*List).items)

		case bytecode.UNPACK_SEQUENCE:
			n := int(oparg)
			seq := fast[sp-1]
			var items []Object
			switch s := seq.(type) {
			case *Tuple:
				items = s.items
			case *List:
				items = s.items
			}
			if items != nil && len(items) == n {
				sp--
				for i := n - 1; i >= 0; i-- {
					fast[sp] = items[i]
					sp++
				}
				continue
			}
			items, e := unpackIterable(t, seq, n, -1)
			if e != nil {
				err = e
				goto raise
			}
			sp--
			for i := n - 1; i >= 0; i-- {
				fast[sp] = items[i]
				sp++
			}

		case bytecode.UNPACK_EX:
			before := int(oparg & 0xFF)
			after := int(oparg >> 8)
			items, e := unpackIterable(t, fast[sp-1], before, after)
			if e != nil {
				err = e
				goto raise
			}
			sp--
			for i := len(items) - 1; i >= 0; i-- {
				fast[sp] = items[i]
				sp++
			}

		case bytecode.FORMAT_VALUE:
			var spec Object
			if oparg&4 != 0 {
				sp--
				spec = fast[sp]
				fast[sp] = nil
			}
			r, e := formatValue(t, fast[sp-1], int(oparg&3), spec)
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = r

		case bytecode.MAKE_FUNCTION:
			var fn Object
			fn, sp = t.makeFunction(f, sp, oparg)
			fast[sp] = fn
			sp++

		case bytecode.CALL_FUNCTION_EX:
			var kwargs Object
			if oparg&1 != 0 {
				sp--
				kwargs = fast[sp]
				fast[sp] = nil
			}
			sp--
			callargs := fast[sp]
			fast[sp] = nil
			fn := fast[sp-1]
			f.lasti = pc - 1
			r, e := t.callEx(fn, callargs, kwargs)
			fast[sp-1], fast[sp-2] = nil, nil
			sp -= 2
			if e != nil {
				err = e
				goto raise
			}
			fast[sp] = r
			sp++

		case bytecode.GET_LEN:
			n, e := Len(t, fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp] = NewInt(int64(n))
			sp++

		case bytecode.PUSH_EXC_INFO:
			exc := fast[sp-1]
			if t.handled != nil {
				fast[sp-1] = t.handled
			} else {
				fast[sp-1] = None
			}
			if e, ok := exc.(*Exception); ok {
				t.handled = e
			} else {
				t.handled = nil
			}
			t.handlerDepth++
			fast[sp] = exc
			sp++

		case bytecode.POP_EXCEPT:
			t.handlerDepth--
			sp--
			if t.inGen && t.handlerDepth == t.genBase {
				t.handled = t.genCaller
			} else if e, ok := fast[sp].(*Exception); ok {
				t.handled = e
			} else {
				t.handled = nil
			}
			fast[sp] = nil

		case bytecode.CHECK_EXC_MATCH:
			ok, e := exceptionMatches(t, fast[sp-2], fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = Bool(ok)

		case bytecode.CHECK_EG_MATCH:
			rest, match, e := exceptionGroupMatch(t, fast[sp-2], fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			if match == None {
				fast[sp-1] = None
			} else {
				fast[sp-2] = rest
				fast[sp-1] = match
				if me, ok := match.(*Exception); ok {
					t.handled = me
				}
			}

		case bytecode.PREP_RERAISE_STAR:
			r, e := prepReraiseStar(t, fast[sp-2], fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			sp--
			fast[sp] = nil
			fast[sp-1] = r

		case bytecode.RERAISE:
			sp--
			exc := fast[sp]
			fast[sp] = nil
			if oparg != 0 {
				if li, ok := fast[sp-1].(Int); ok {
					f.lasti = int(li)
				}
			}
			if e, ok := exc.(*Exception); ok {
				err = e
			} else {
				err = Errorf(SystemErrorType, "RERAISE of a non-exception")
			}
			goto unwind

		case bytecode.RAISE_VARARGS:
			var cause, exc Object
			switch oparg {
			case 2:
				sp--
				cause = fast[sp]
				fast[sp] = nil
				fallthrough
			case 1:
				sp--
				exc = fast[sp]
				fast[sp] = nil
			}
			reraise, e := t.doRaise(exc, cause)
			err = e
			if reraise {
				goto unwind
			}
			goto raise

		case bytecode.LOAD_ASSERTION_ERROR:
			fast[sp] = AssertionErrorType
			sp++

		case bytecode.BEFORE_WITH:
			exit, res, e := t.beforeWith(fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = exit
			fast[sp] = res
			sp++

		case bytecode.WITH_EXCEPT_START:
			exc := fast[sp-1]
			exit := fast[sp-4]
			var tb Object = None
			if e, ok := exc.(*Exception); ok && e.traceback != nil {
				tb = e.traceback
			}
			var buf [3]Object
			buf[0], buf[1], buf[2] = exc.Type(), exc, tb
			r, e := Call(t, exit, buf[:], nil)
			if e != nil {
				err = e
				goto raise
			}
			fast[sp] = r
			sp++

		case bytecode.LOAD_BUILD_CLASS:
			v := f.builtins.GetString("__build_class__")
			if v == nil {
				err = Errorf(NameErrorType, "__build_class__ not found")
				goto raise
			}
			fast[sp] = v
			sp++

		case bytecode.SETUP_ANNOTATIONS:
			if e := setupAnnotations(t, f); e != nil {
				err = e
				goto raise
			}

		case bytecode.PRINT_EXPR:
			sp--
			v := fast[sp]
			fast[sp] = nil
			if e := t.displayHook(v); e != nil {
				err = e
				goto raise
			}

		case bytecode.IMPORT_NAME:
			fromlist := fast[sp-1]
			level := fast[sp-2]
			fast[sp-1] = nil
			sp--
			m, e := t.importName(f, code.names[oparg], fromlist, level)
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = m

		case bytecode.IMPORT_FROM:
			v, e := t.importFrom(fast[sp-1], code.names[oparg])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp] = v
			sp++

		case bytecode.IMPORT_STAR:
			sp--
			m := fast[sp]
			fast[sp] = nil
			if e := t.importStar(f, m); e != nil {
				err = e
				goto raise
			}

		case bytecode.GET_YIELD_FROM_ITER:
			v := fast[sp-1]
			if g, ok := v.(*Generator); ok {
				if g.kind == genCoroutine && code.flags&(bytecode.CO_COROUTINE|bytecode.CO_ITERABLE_COROUTINE) == 0 {
					err = Errorf(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
					goto raise
				}
			} else {
				it, e := Iter(t, v)
				if e != nil {
					err = e
					goto raise
				}
				fast[sp-1] = it
			}

		case bytecode.RETURN_GENERATOR:
			// callFunction runs a generator function's frame up to here,
			// then wraps the suspended frame in a generator object.
			f.pc = pc
			f.yielded = true
			return t.leaveEval(f, sp, None, nil)

		case bytecode.YIELD_VALUE:
			sp--
			r := fast[sp]
			fast[sp] = nil
			f.pc = pc
			f.yielded = true
			return t.leaveEval(f, sp, r, nil)

		case bytecode.SEND:
			r, done, e := t.send(fast[sp-2], fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			if done {
				sp--
				fast[sp] = nil
				fast[sp-1] = r
				pc = int(oparg)
			} else {
				fast[sp-1] = r
			}

		case bytecode.GET_AWAITABLE:
			a, e := t.getAwaitable(fast[sp-1], int(oparg))
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = a

		case bytecode.GET_AITER:
			a, e := t.getAIter(fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = a

		case bytecode.GET_ANEXT:
			a, e := t.getANext(fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp] = a
			sp++

		case bytecode.END_ASYNC_FOR:
			exc := fast[sp-1]
			if IsInstance(exc, StopAsyncIterationType) {
				fast[sp-1], fast[sp-2] = nil, nil
				sp -= 2
				t.handled = nil
				continue
			}
			sp--
			fast[sp] = nil
			err = exc.(*Exception)
			goto unwind

		case bytecode.BEFORE_ASYNC_WITH:
			exit, aw, e := t.beforeAsyncWith(fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1] = exit
			fast[sp] = aw
			sp++

		case bytecode.ASYNC_GEN_WRAP:
			fast[sp-1] = &asyncGenWrapped{v: fast[sp-1]}

		case bytecode.MATCH_MAPPING:
			fast[sp] = Bool(fast[sp-1].Type().Flags&FlagMapping != 0)
			sp++

		case bytecode.MATCH_SEQUENCE:
			fast[sp] = Bool(isMatchSequence(fast[sp-1]))
			sp++

		case bytecode.MATCH_KEYS:
			r, e := matchKeys(t, fast[sp-2], fast[sp-1])
			if e != nil {
				err = e
				goto raise
			}
			fast[sp] = r
			sp++

		case bytecode.MATCH_CLASS:
			names := fast[sp-1]
			cls := fast[sp-2]
			subject := fast[sp-3]
			r, e := matchClass(t, subject, cls, int(oparg), names.(*Tuple))
			if e != nil {
				err = e
				goto raise
			}
			fast[sp-1], fast[sp-2] = nil, nil
			sp -= 2
			fast[sp-1] = r

		default:
			err = Errorf(SystemErrorType, "unknown opcode %s", ins.Op())
			goto raise
		}
		continue

	raise:
		{
			var ok bool
			if sp, pc, ok = t.handleException(f, sp, pc, err, true); !ok {
				return t.leaveEval(f, sp, nil, AsException(err))
			}
			f.kwnames = nil
		}
		continue
	unwind:
		{
			var ok bool
			if sp, pc, ok = t.handleException(f, sp, pc, err, false); !ok {
				return t.leaveEval(f, sp, nil, err)
			}
			f.kwnames = nil
		}
	}
}

// leaveEval ends a run of eval: it saves the stack pointer, pops the frame
// off the thread and returns the result or error.
func (t *Thread) leaveEval(f *Frame, sp int, r Object, err error) (Object, error) {
	f.sp = sp
	t.frame = f.back
	t.depth--
	if err != nil {
		return nil, err
	}
	return r, nil
}

// clearSlots drops the references in a popped part of the stack.
func clearSlots(s []Object) {
	for i := range s {
		s[i] = nil
	}
}

// handleException deals with an exception raised at instruction pc-1 of
// frame f: it records a traceback entry (when addTraceback is set, i.e.
// for a new raise rather than a re-raise) and looks up the handler in the
// exception table. When there is one it trims the stack, pushes the
// exception and returns the new sp and pc with ok set.
func (t *Thread) handleException(f *Frame, sp, pc int, err error, addTraceback bool) (int, int, bool) {
	exc := AsException(err)
	if addTraceback {
		if exc.traceback == nil && t.handled != nil && t.handled != exc && exc.context == nil {
			setContext(exc, t.handled)
		}
		exc.traceback = &Traceback{next: exc.traceback, frame: f, lasti: pc - 1}
		f.escaped = true
	}
	code := f.code
	h := code.handlerFor(pc - 1)
	if h == nil {
		return sp, pc, false
	}
	fast := f.fast
	depth := code.nlocalsplus + h.Depth
	for sp > depth {
		sp--
		if g, ok := fast[sp].(*Generator); ok && g.stackOnly {
			t.dropped(g)
		}
		fast[sp] = nil
	}
	if h.Lasti {
		fast[sp] = NewInt(int64(pc - 1))
		sp++
	}
	fast[sp] = exc
	sp++
	return sp, h.Target, true
}
