package compile

import (
	"encoding/base64"
	"fmt"
	"math/big"
	"reflect"
	"strconv"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// Decoding of the JSON trees scripts/cpython_compile.py writes, so that
// the compiler can be tested on exactly the trees CPython's parser builds
// (independently of kaa's own parser).

var astNodeTypes = func() map[string]reflect.Type {
	m := make(map[string]reflect.Type)
	for _, n := range []syntax.Node{
		&syntax.Expression{}, &syntax.FunctionType{}, &syntax.Interactive{}, &syntax.Module{},
		&syntax.AnnAssign{}, &syntax.Assert{}, &syntax.Assign{}, &syntax.AsyncFor{},
		&syntax.AsyncFunctionDef{}, &syntax.AsyncWith{}, &syntax.AugAssign{}, &syntax.Break{},
		&syntax.ClassDef{}, &syntax.Continue{}, &syntax.Delete{}, &syntax.ExprStmt{}, &syntax.For{},
		&syntax.FunctionDef{}, &syntax.Global{}, &syntax.If{}, &syntax.Import{}, &syntax.ImportFrom{},
		&syntax.Match{}, &syntax.Nonlocal{}, &syntax.Pass{}, &syntax.Raise{}, &syntax.Return{},
		&syntax.Try{}, &syntax.TryStar{}, &syntax.While{}, &syntax.With{}, &syntax.Attribute{},
		&syntax.Await{}, &syntax.BinOp{}, &syntax.BoolOp{}, &syntax.Call{}, &syntax.Compare{},
		&syntax.Constant{}, &syntax.Dict{}, &syntax.DictComp{}, &syntax.FormattedValue{},
		&syntax.GeneratorExp{}, &syntax.IfExp{}, &syntax.JoinedStr{}, &syntax.Lambda{}, &syntax.List{},
		&syntax.ListComp{}, &syntax.Name{}, &syntax.NamedExpr{}, &syntax.Set{}, &syntax.SetComp{},
		&syntax.Slice{}, &syntax.Starred{}, &syntax.Subscript{}, &syntax.Tuple{}, &syntax.UnaryOp{},
		&syntax.Yield{}, &syntax.YieldFrom{}, &syntax.MatchAs{}, &syntax.MatchClass{},
		&syntax.MatchMapping{}, &syntax.MatchOr{}, &syntax.MatchSequence{}, &syntax.MatchSingleton{},
		&syntax.MatchStar{}, &syntax.MatchValue{}, &syntax.Arguments{}, &syntax.Arg{},
		&syntax.Keyword{}, &syntax.Alias{}, &syntax.WithItem{}, &syntax.Comprehension{},
		&syntax.ExceptHandler{}, &syntax.MatchCase{}, &syntax.TypeIgnore{},
	} {
		m[n.PyName()] = reflect.TypeOf(n).Elem()
	}
	return m
}()

var (
	spanType  = reflect.TypeOf(syntax.Span{})
	valueType = reflect.TypeOf((*syntax.Value)(nil)).Elem()
)

type pyNamed interface{ PyName() string }

// decodeAST decodes a JSON tree into a syntax.Mod.
func decodeAST(v any) (syntax.Mod, error) {
	r, err := decodeValue(v, reflect.TypeOf((*syntax.Mod)(nil)).Elem())
	if err != nil {
		return nil, err
	}
	return r.Interface().(syntax.Mod), nil
}

func decodeValue(v any, t reflect.Type) (reflect.Value, error) {
	if t == valueType {
		c, err := decodeConst(v)
		if err != nil {
			return reflect.Value{}, err
		}
		out := reflect.New(t).Elem()
		if c != nil {
			out.Set(reflect.ValueOf(toValue(c)))
		}
		return out, nil
	}
	switch t.Kind() {
	case reflect.Interface:
		out := reflect.New(t).Elem()
		if v == nil {
			return out, nil
		}
		n, err := decodeNode(v)
		if err != nil {
			return out, err
		}
		out.Set(n)
		return out, nil
	case reflect.Pointer:
		if v == nil {
			return reflect.Zero(t), nil
		}
		return decodeNode(v)
	case reflect.Slice:
		list, _ := v.([]any)
		out := reflect.MakeSlice(t, len(list), len(list))
		for i, item := range list {
			x, err := decodeValue(item, t.Elem())
			if err != nil {
				return out, err
			}
			out.Index(i).Set(x)
		}
		return out, nil
	case reflect.String:
		s, _ := v.(string)
		return reflect.ValueOf(s).Convert(t), nil
	case reflect.Int:
		f, _ := v.(float64)
		return reflect.ValueOf(int(f)).Convert(t), nil
	case reflect.Uint8:
		name, _ := v.(string)
		for i := 0; i < 32; i++ {
			x := reflect.ValueOf(uint8(i)).Convert(t)
			pn, ok := x.Interface().(pyNamed)
			if !ok {
				break
			}
			if func() (match bool) {
				defer func() { recover() }()
				return pn.PyName() == name
			}() {
				return x, nil
			}
		}
		return reflect.Value{}, fmt.Errorf("unknown %s %q", t.Name(), name)
	}
	return reflect.Value{}, fmt.Errorf("cannot decode into %s", t)
}

func decodeNode(v any) (reflect.Value, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return reflect.Value{}, fmt.Errorf("expected a node, got %T", v)
	}
	name, _ := m["_"].(string)
	t, ok := astNodeTypes[name]
	if !ok {
		return reflect.Value{}, fmt.Errorf("unknown node %q", name)
	}
	p := reflect.New(t)
	s := p.Elem()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == spanType {
			num := func(k string) int32 { x, _ := m[k].(float64); return int32(x) }
			s.Field(i).Set(reflect.ValueOf(syntax.Span{
				Lineno: num("lineno"), ColOffset: num("col_offset"),
				EndLineno: num("end_lineno"), EndColOffset: num("end_col_offset"),
			}))
			continue
		}
		tag := f.Tag.Get("py")
		if tag == "" {
			continue
		}
		x, err := decodeValue(m[tag], f.Type)
		if err != nil {
			return p, fmt.Errorf("%s.%s: %w", name, tag, err)
		}
		s.Field(i).Set(x)
	}
	return p, nil
}

// decodeConst decodes a tagged constant; code objects become codeRef.
func decodeConst(v any) (bytecode.Const, error) {
	l, ok := v.([]any)
	if !ok || len(l) == 0 {
		return nil, fmt.Errorf("bad constant %v", v)
	}
	tag, _ := l[0].(string)
	str := func(i int) string { s, _ := l[i].(string); return s }
	switch tag {
	case "None":
		return bytecode.None, nil
	case "Ellipsis":
		return bytecode.Ellipsis, nil
	case "bool":
		b, _ := l[1].(bool)
		return b, nil
	case "int":
		b, ok := new(big.Int).SetString(str(1), 10)
		if !ok {
			return nil, fmt.Errorf("bad int %q", str(1))
		}
		return normBig(b), nil
	case "float":
		return strconv.ParseFloat(str(1), 64)
	case "complex":
		re, err := strconv.ParseFloat(str(1), 64)
		if err != nil {
			return nil, err
		}
		im, err := strconv.ParseFloat(str(2), 64)
		return complex(re, im), err
	case "str":
		b, err := base64.StdEncoding.DecodeString(str(1))
		return string(b), err
	case "bytes":
		b, err := base64.StdEncoding.DecodeString(str(1))
		return bytecode.Bytes(b), err
	case "tuple", "frozenset":
		items, _ := l[1].([]any)
		out := make([]bytecode.Const, len(items))
		for i, it := range items {
			c, err := decodeConst(it)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		if tag == "tuple" {
			return bytecode.Tuple(out), nil
		}
		return bytecode.FrozenSet(out), nil
	case "code":
		return codeRef(str(1)), nil
	}
	return nil, fmt.Errorf("bad constant tag %q", tag)
}

// codeRef stands for a nested code object in the normalised dumps.
type codeRef string
