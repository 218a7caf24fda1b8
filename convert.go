package kaa

import (
	"fmt"
	"math"
	"math/big"
	"reflect"

	"github.com/kaa-lang/kaa/py"
)

// ToPython converts a Go value to a Python object:
//
//	nil                      None
//	bool                     bool
//	int, int8..int64, uint..uint64, *big.Int   int
//	float32, float64         float
//	complex64, complex128    complex
//	string                   str
//	[]byte                   bytes
//	slices and arrays        list (items converted)
//	maps                     dict (keys and values converted)
//	py.Object                itself
//
// Any other value is an error.
func ToPython(v any) (py.Object, error) {
	switch x := v.(type) {
	case nil:
		return py.None, nil
	case py.Object:
		return x, nil
	case bool:
		return py.Bool(x), nil
	case int:
		return py.NewInt(int64(x)), nil
	case int64:
		return py.NewInt(x), nil
	case int32:
		return py.NewInt(int64(x)), nil
	case int16:
		return py.NewInt(int64(x)), nil
	case int8:
		return py.NewInt(int64(x)), nil
	case uint:
		return uintToPython(uint64(x)), nil
	case uint64:
		return uintToPython(x), nil
	case uint32:
		return py.NewInt(int64(x)), nil
	case uint16:
		return py.NewInt(int64(x)), nil
	case uint8:
		return py.NewInt(int64(x)), nil
	case *big.Int:
		return py.NewIntFromBig(x), nil
	case float64:
		return py.Float(x), nil
	case float32:
		return py.Float(x), nil
	case complex128:
		return py.Complex(x), nil
	case complex64:
		return py.Complex(complex128(x)), nil
	case string:
		return py.NewStr(x), nil
	case []byte:
		return py.NewBytes(append([]byte(nil), x...)), nil
	case []any:
		items := make([]py.Object, len(x))
		for i, e := range x {
			o, err := ToPython(e)
			if err != nil {
				return nil, err
			}
			items[i] = o
		}
		return py.NewList(items), nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		items := make([]py.Object, rv.Len())
		for i := range items {
			o, err := ToPython(rv.Index(i).Interface())
			if err != nil {
				return nil, err
			}
			items[i] = o
		}
		return py.NewList(items), nil
	case reflect.Map:
		d := py.NewDict()
		t := (*py.Thread)(nil)
		iter := rv.MapRange()
		for iter.Next() {
			k, err := ToPython(iter.Key().Interface())
			if err != nil {
				return nil, err
			}
			val, err := ToPython(iter.Value().Interface())
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(t, k, val); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	return nil, fmt.Errorf("kaa: cannot convert %T to a Python object", v)
}

func uintToPython(x uint64) py.Object {
	if x <= math.MaxInt64 {
		return py.NewInt(int64(x))
	}
	return py.NewIntFromBig(new(big.Int).SetUint64(x))
}

// FromPython converts a Python object to a Go value:
//
//	None              nil
//	bool              bool
//	int               int64, or *big.Int when it does not fit
//	float             float64
//	complex           complex128
//	str               string
//	bytes             []byte
//	list, tuple       []any (items converted)
//	set, frozenset    []any (in iteration order)
//	dict              map[any]any (keys and values converted; keys
//	                  that convert to uncomparable Go values stay
//	                  py.Object)
//
// Any other object is returned as the py.Object itself.
func FromPython(o py.Object) (any, error) {
	switch v := o.(type) {
	case *py.NoneType:
		return nil, nil
	case py.Bool:
		return bool(v), nil
	case py.Int:
		return int64(v), nil
	case *py.BigInt:
		return v.Big(), nil
	case py.Float:
		return float64(v), nil
	case py.Complex:
		return complex128(v), nil
	case *py.Str:
		return v.String(), nil
	case *py.Bytes:
		return append([]byte(nil), v.Value()...), nil
	case *py.List:
		return fromItems(v.Items())
	case *py.Tuple:
		return fromItems(v.Items())
	case *py.Set:
		return fromItems(v.Items())
	case *py.Dict:
		m := make(map[any]any, v.Len())
		for pos := 0; ; {
			var k, val py.Object
			var ok bool
			pos, k, val, ok = v.Next(pos)
			if !ok {
				break
			}
			gk, err := FromPython(k)
			if err != nil {
				return nil, err
			}
			if gk != nil && !reflect.TypeOf(gk).Comparable() {
				gk = k
			}
			gv, err := FromPython(val)
			if err != nil {
				return nil, err
			}
			m[gk] = gv
		}
		return m, nil
	}
	return o, nil
}

func fromItems(items []py.Object) ([]any, error) {
	out := make([]any, len(items))
	for i, it := range items {
		v, err := FromPython(it)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}
