package functools

import (
	"github.com/kaa-lang/kaa/py"
)

// LRUWrapper is _lru_cache_wrapper(user_function, maxsize, typed,
// cache_info_type): a function that remembers its results. The cache is
// a dict, whose insertion order doubles as the recency order (a hit
// moves the entry to the end; the first entry is the oldest).
type LRUWrapper struct {
	py.DictField
	fn       py.Object
	maxsize  int // -1: unbounded
	typed    bool
	infoType py.Object
	cache    *py.Dict
	hits     int
	misses   int
}

// LRUWrapperType is the type of lru_cache's wrappers.
var LRUWrapperType = py.NewBuiltinType("functools._lru_cache_wrapper", nil, py.FlagHasDict)

// Type returns LRUWrapperType.
func (*LRUWrapper) Type() *py.Type { return LRUWrapperType }

// kwMark separates positional from keyword arguments in a key.
type kwMark struct{}

var kwMarkType = py.NewBuiltinType("functools._KwdMark", nil, 0)

// Type returns the marker's type.
func (*kwMark) Type() *py.Type { return kwMarkType }

// theKwMark is the one marker (it carries no state).
var theKwMark = &kwMark{}

// key builds the cache key of a call.
func (w *LRUWrapper) key(args []py.Object, kw *py.Tuple) py.Object {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	if nkw == 0 && len(args) == 1 {
		switch a := args[0].(type) {
		case py.Int, *py.Str:
			if !w.typed {
				return a
			}
		}
	}
	parts := make([]py.Object, 0, len(args)+nkw+2)
	parts = append(parts, args[:len(args)-nkw]...)
	if nkw > 0 {
		parts = append(parts, theKwMark)
		for i := 0; i < nkw; i++ {
			parts = append(parts, kw.At(i), args[len(args)-nkw+i])
		}
	}
	if w.typed {
		for _, a := range args[:len(args)-nkw] {
			parts = append(parts, a.Type())
		}
		for _, a := range args[len(args)-nkw:] {
			parts = append(parts, a.Type())
		}
	}
	return py.NewTupleFromSlice(parts)
}

func lruCall(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	w := base(o)
	if w.maxsize == 0 {
		w.misses++
		return py.Call(t, w.fn, args, kw)
	}
	k := w.key(args, kw)
	v, err := w.cache.GetItem(t, k)
	if err != nil {
		return nil, err
	}
	if v != nil {
		w.hits++
		if w.maxsize > 0 && w.cache.Len() > 1 {
			if _, err := w.cache.DelItem(t, k); err != nil {
				return nil, err
			}
			if err := w.cache.SetItem(t, k, v); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
	w.misses++
	r, err := py.Call(t, w.fn, args, kw)
	if err != nil {
		return nil, err
	}
	if old, err := w.cache.GetItem(t, k); err != nil || old != nil {
		// The call itself cached the key (recursion): keep that one.
		return r, err
	}
	if w.maxsize > 0 && w.cache.Len() >= w.maxsize {
		if _, oldest, _, ok := w.cache.Next(0); ok {
			if _, err := w.cache.DelItem(t, oldest); err != nil {
				return nil, err
			}
		}
	}
	if err := w.cache.SetItem(t, k, r); err != nil {
		return nil, err
	}
	return r, nil
}

// base unwraps the wrapper (always an instance carrying a dict).
func base(o py.Object) *LRUWrapper {
	switch v := o.(type) {
	case *LRUWrapper:
		return v
	case *py.Instance:
		if w, ok := v.Base().(*LRUWrapper); ok {
			return w
		}
	}
	return nil
}

func lruNew(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var fn, maxsize, typed, info py.Object
	if err := py.UnpackArgs("_lru_cache_wrapper", args, kw, "user_function", &fn, "maxsize", &maxsize, "typed", &typed, "cache_info_type", &info); err != nil {
		return nil, err
	}
	if fn.Type().Slots.Call == nil {
		return nil, py.Errorf(py.TypeErrorType, "the first argument must be callable")
	}
	w := &LRUWrapper{fn: fn, infoType: info, cache: py.NewDict(), maxsize: -1}
	if maxsize != py.None {
		n, err := py.AsIndex(t, maxsize)
		if err != nil {
			return nil, py.Errorf(py.TypeErrorType, "maxsize should be integer or None")
		}
		w.maxsize = max(n, 0)
	}
	var err error
	if w.typed, err = py.Truth(t, typed); err != nil {
		return nil, err
	}
	return w, nil
}

func init() {
	LRUWrapperType.QualName = "_lru_cache_wrapper"
	LRUWrapperType.AddAttr("__module__", py.NewStr("functools"))
	s := &LRUWrapperType.Slots
	s.New = lruNew
	s.Call = lruCall
	s.DescrGet = func(t *py.Thread, d, obj py.Object, typ *py.Type) (py.Object, error) {
		if obj == nil || obj == py.None {
			return d, nil
		}
		return &py.Method{Func: d, Self: obj}, nil
	}
	LRUWrapperType.AddGetSet("__dict__", func(t *py.Thread, o py.Object) (py.Object, error) { return py.InstanceDict(o), nil }, nil, "")
	LRUWrapperType.AddMethod("cache_info", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("cache_info", args, kw, 0, 0); err != nil {
			return nil, err
		}
		w := base(self)
		var maxsize py.Object = py.None
		if w.maxsize >= 0 {
			maxsize = py.NewInt(int64(w.maxsize))
		}
		return py.Call(t, w.infoType, []py.Object{py.NewInt(int64(w.hits)), py.NewInt(int64(w.misses)), maxsize, py.NewInt(int64(w.cache.Len()))}, nil)
	}, "Report cache statistics")
	LRUWrapperType.AddMethod("cache_clear", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("cache_clear", args, kw, 0, 0); err != nil {
			return nil, err
		}
		w := base(self)
		w.cache.Clear()
		w.hits, w.misses = 0, 0
		return py.None, nil
	}, "Clear the cache and cache statistics")
	LRUWrapperType.AddMethod("__copy__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self, nil
	}, "")
	LRUWrapperType.AddMethod("__deepcopy__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return self, nil
	}, "")
}
