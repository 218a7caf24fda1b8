// Package marshal implements the marshal module: CPython's binary
// serialisation of values (format version 4), read and written by
// package bytecode. Data marshalled by CPython loads in kaa and data
// marshalled by kaa loads in CPython, for None, bools, ints, floats,
// complex numbers, str, bytes, tuples, lists, dicts, sets and
// frozensets; code objects are kaa's own.
package marshal

import (
	"bytes"
	"math/big"
	"sort"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/py"
)

// Init creates the marshal module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("marshal")
	m.Set("__doc__", py.NewStr("This module contains functions that can read and write Python values in\n"+
		"a binary format. The format is specific to Python, but independent of\n"+
		"machine architecture issues.\n"))
	m.Set("version", py.NewInt(bytecode.MarshalVersion))
	m.AddFunc("dumps", dumps, "Return the bytes object that would be written to a file by dump(value, file).")
	m.AddFunc("loads", loads, "Convert the bytes-like object to a value.")
	m.AddFunc("dump", dump, "Write the value on the open file.")
	m.AddFunc("load", load, "Read one value from the open file and return it.")
	return m, nil
}

func dumps(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := noKeywords("dumps", kw); err != nil {
		return nil, err
	}
	if err := py.CheckArgs("dumps", args, kw, 1, 2); err != nil {
		return nil, err
	}
	version, err := versionArg(t, args, 1)
	if err != nil {
		return nil, err
	}
	data, err := marshalObject(t, args[0], version)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(data), nil
}

func dump(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := noKeywords("dump", kw); err != nil {
		return nil, err
	}
	if err := py.CheckArgs("dump", args, kw, 2, 3); err != nil {
		return nil, err
	}
	version, err := versionArg(t, args, 2)
	if err != nil {
		return nil, err
	}
	data, err := marshalObject(t, args[0], version)
	if err != nil {
		return nil, err
	}
	return py.CallMethod(t, args[1], "write", py.NewBytes(data))
}

func loads(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := noKeywords("loads", kw); err != nil {
		return nil, err
	}
	if err := py.CheckArgs("loads", args, kw, 1, 1); err != nil {
		return nil, err
	}
	data, ok := py.BytesLike(args[0])
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(args[0]))
	}
	v, _, err := bytecode.Unmarshal(data)
	if err != nil {
		return nil, pyError(err)
	}
	return toObject(t, v)
}

func load(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := noKeywords("load", kw); err != nil {
		return nil, err
	}
	if err := py.CheckArgs("load", args, kw, 1, 1); err != nil {
		return nil, err
	}
	file := args[0]
	// As CPython, make sure first that read() gives bytes.
	probe, err := py.CallMethod(t, file, "read", py.NewInt(0))
	if err != nil {
		return nil, err
	}
	if _, ok := probe.(*py.Bytes); !ok {
		return nil, py.Errorf(py.TypeErrorType, "file.read() returned not bytes but %s", py.TypeName(probe))
	}
	var readErr error
	v, err := bytecode.UnmarshalFrom(func(n int) ([]byte, error) {
		r, err := py.CallMethod(t, file, "read", py.NewInt(int64(n)))
		if err != nil {
			readErr = err
			return nil, err
		}
		b, ok := py.BytesLike(r)
		if !ok {
			readErr = py.Errorf(py.TypeErrorType, "file.read() returned not bytes but %s", py.TypeName(r))
			return nil, readErr
		}
		return b, nil
	})
	if err != nil {
		if readErr != nil {
			return nil, readErr
		}
		return nil, pyError(err)
	}
	return toObject(t, v)
}

func noKeywords(fn string, kw *py.Tuple) error {
	if kw != nil && kw.Len() > 0 {
		return py.Errorf(py.TypeErrorType, "marshal.%s() takes no keyword arguments", fn)
	}
	return nil
}

// versionArg reads the optional version argument at index i.
func versionArg(t *py.Thread, args []py.Object, i int) (int, error) {
	if len(args) <= i {
		return bytecode.MarshalVersion, nil
	}
	if _, ok := args[i].(py.Float); ok {
		return 0, py.Errorf(py.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	return py.AsIndex(t, args[i])
}

// pyError converts an error of package bytecode's marshal into the
// Python exception it names.
func pyError(err error) error {
	me, ok := err.(*bytecode.MarshalError)
	if !ok {
		return py.Errorf(py.ValueErrorType, "%v", err)
	}
	typ := py.ValueErrorType
	switch me.Type {
	case "EOFError":
		typ = py.EOFErrorType
	case "TypeError":
		typ = py.TypeErrorType
	}
	return py.Errorf(typ, "%s", me.Msg)
}

// marshalObject converts o to marshal values and writes them.
func marshalObject(t *py.Thread, o py.Object, version int) ([]byte, error) {
	c := converter{t: t, version: version, lists: map[*py.List]*bytecode.List{},
		dicts: map[*py.Dict]*bytecode.Dict{}, sets: map[*py.Set]*bytecode.Set{}}
	v, err := c.value(o, 0)
	if err != nil {
		return nil, err
	}
	data, err := bytecode.Marshal(v, version)
	if err != nil {
		return nil, pyError(err)
	}
	return data, nil
}

// converter turns objects into marshal values, keeping each container's
// identity (a list met twice, or inside itself, becomes one value).
type converter struct {
	t       *py.Thread
	version int
	lists   map[*py.List]*bytecode.List
	dicts   map[*py.Dict]*bytecode.Dict
	sets    map[*py.Set]*bytecode.Set
}

var errUnmarshallable = py.Errorf(py.ValueErrorType, "unmarshallable object")

// maxDepth bounds the nesting of the values converted (marshal refuses
// deeper values anyway).
const maxDepth = 2100

func (c *converter) value(o py.Object, depth int) (any, error) {
	if depth > maxDepth {
		return nil, py.Errorf(py.ValueErrorType, "object too deeply nested to marshal")
	}
	switch o {
	case py.None:
		return bytecode.None, nil
	case py.Ellipsis:
		return bytecode.Ellipsis, nil
	case py.Object(py.StopIterationType):
		return bytecode.StopIteration, nil
	}
	typ := o.Type()
	switch typ {
	case py.BoolType:
		b, _ := o.(py.Bool)
		return bool(b), nil
	case py.IntType:
		small, b, _ := py.IntValue(o)
		if b != nil {
			return new(big.Int).Set(b), nil
		}
		return small, nil
	case py.FloatType:
		f, _ := py.FloatValue(o)
		return f, nil
	case py.ComplexType:
		return complex128(o.(py.Complex)), nil
	case py.StrType:
		s, _ := py.AsStr(o)
		return s.String(), nil
	case py.BytesType:
		return bytecode.Bytes(o.(*py.Bytes).Value()), nil
	case py.TupleType:
		tu := o.(*py.Tuple)
		items := make(bytecode.Tuple, tu.Len())
		for i, x := range tu.Items() {
			v, err := c.value(x, depth+1)
			if err != nil {
				return nil, err
			}
			items[i] = v
		}
		return items, nil
	case py.ListType:
		l := o.(*py.List)
		if v, ok := c.lists[l]; ok {
			return v, nil
		}
		out := &bytecode.List{}
		c.lists[l] = out
		for _, x := range l.Items() {
			v, err := c.value(x, depth+1)
			if err != nil {
				return nil, err
			}
			out.Items = append(out.Items, v)
		}
		return out, nil
	case py.DictType:
		d := o.(*py.Dict)
		if v, ok := c.dicts[d]; ok {
			return v, nil
		}
		out := &bytecode.Dict{}
		c.dicts[d] = out
		for pos := 0; ; {
			next, k, v, ok := d.Next(pos)
			if !ok {
				break
			}
			pos = next
			kv, err := c.value(k, depth+1)
			if err != nil {
				return nil, err
			}
			vv, err := c.value(v, depth+1)
			if err != nil {
				return nil, err
			}
			out.Keys = append(out.Keys, kv)
			out.Values = append(out.Values, vv)
		}
		return out, nil
	case py.SetType, py.FrozenSetType:
		s := o.(*py.Set)
		if typ == py.SetType {
			if v, ok := c.sets[s]; ok {
				return v, nil
			}
		}
		out := &bytecode.Set{}
		if typ == py.SetType {
			c.sets[s] = out
		}
		items, err := c.sortedItems(s.Items(), depth)
		if err != nil {
			return nil, err
		}
		if typ == py.FrozenSetType {
			return bytecode.FrozenSet(items), nil
		}
		out.Items = items
		return out, nil
	case py.CodeType:
		return o.(*py.Code).Bytecode(), nil
	}
	if b, ok := py.BytesLike(o); ok {
		// Any other bytes-like object is written as bytes, as CPython
		// does through the buffer protocol.
		return bytecode.Bytes(b), nil
	}
	return nil, errUnmarshallable
}

// sortedItems converts a set's items and orders them by their own
// marshal bytes, as CPython 3.11 does, so that a set gives the same
// bytes whatever order its table holds them in.
func (c *converter) sortedItems(items []py.Object, depth int) ([]bytecode.Const, error) {
	type keyed struct {
		key []byte
		v   any
	}
	ks := make([]keyed, len(items))
	for i, x := range items {
		v, err := c.value(x, depth+1)
		if err != nil {
			return nil, err
		}
		key, err := bytecode.Marshal(v, c.version)
		if err != nil {
			return nil, pyError(err)
		}
		ks[i] = keyed{key, v}
	}
	sort.SliceStable(ks, func(i, j int) bool { return bytes.Compare(ks[i].key, ks[j].key) < 0 })
	out := make([]bytecode.Const, len(ks))
	for i, k := range ks {
		out[i] = k.v
	}
	return out, nil
}

// toObject converts what the marshal reader produced into objects.
func toObject(t *py.Thread, v any) (py.Object, error) {
	b := builder{t: t, lists: map[*bytecode.List]*py.List{}, dicts: map[*bytecode.Dict]*py.Dict{},
		sets: map[*bytecode.Set]*py.Set{}}
	return b.object(v)
}

// builder makes objects from marshal values, keeping shared containers
// shared.
type builder struct {
	t     *py.Thread
	lists map[*bytecode.List]*py.List
	dicts map[*bytecode.Dict]*py.Dict
	sets  map[*bytecode.Set]*py.Set
}

func (b *builder) object(v any) (py.Object, error) {
	switch x := v.(type) {
	case bytecode.NoneType:
		return py.None, nil
	case bytecode.EllipsisType:
		return py.Ellipsis, nil
	case bytecode.StopIterationType:
		return py.StopIterationType, nil
	case bool:
		return py.Bool(x), nil
	case int64:
		return py.NewInt(x), nil
	case *big.Int:
		return py.NewIntFromBig(x), nil
	case float64:
		return py.Float(x), nil
	case complex128:
		return py.Complex(x), nil
	case string:
		return py.NewStr(x), nil
	case bytecode.Bytes:
		return py.NewBytes([]byte(x)), nil
	case bytecode.Tuple:
		items := make([]py.Object, len(x))
		for i, it := range x {
			o, err := b.object(it)
			if err != nil {
				return nil, err
			}
			items[i] = o
		}
		return py.NewTupleFromSlice(items), nil
	case *bytecode.List:
		if l, ok := b.lists[x]; ok {
			return l, nil
		}
		l := py.NewList(nil)
		b.lists[x] = l
		items := make([]py.Object, len(x.Items))
		for i, it := range x.Items {
			o, err := b.object(it)
			if err != nil {
				return nil, err
			}
			items[i] = o
		}
		l.SetItems(items)
		return l, nil
	case *bytecode.Dict:
		if d, ok := b.dicts[x]; ok {
			return d, nil
		}
		d := py.NewDict()
		b.dicts[x] = d
		for i, k := range x.Keys {
			ko, err := b.object(k)
			if err != nil {
				return nil, err
			}
			vo, err := b.object(x.Values[i])
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(b.t, ko, vo); err != nil {
				return nil, err
			}
		}
		return d, nil
	case *bytecode.Set:
		if s, ok := b.sets[x]; ok {
			return s, nil
		}
		s := py.NewSet()
		b.sets[x] = s
		for _, it := range x.Items {
			o, err := b.object(it)
			if err != nil {
				return nil, err
			}
			if err := s.Add(b.t, o); err != nil {
				return nil, err
			}
		}
		return s, nil
	case bytecode.FrozenSet:
		s := py.NewFrozenSet()
		for _, it := range x {
			o, err := b.object(it)
			if err != nil {
				return nil, err
			}
			if err := s.Add(b.t, o); err != nil {
				return nil, err
			}
		}
		return s, nil
	case *bytecode.Code:
		return b.t.Interp().NewCode(x), nil
	}
	return nil, py.Errorf(py.ValueErrorType, "bad marshal data (unknown type code)")
}
