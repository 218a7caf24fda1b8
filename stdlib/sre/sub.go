package sre

import (
	"bytes"
	"math"
	"strings"

	"github.com/kaa-lang/kaa/py"
)

// subx implements sub and subn.
func (p *Pattern) subx(t *py.Thread, fname string, args []py.Object, kw *py.Tuple, subn bool) (py.Object, error) {
	var repl, str py.Object
	count := 0
	if err := py.UnpackArgs(fname, args, kw, "repl", &repl, "string", &str, "count?", &count); err != nil {
		return nil, err
	}
	var literal py.Object
	var tp *template
	callable := py.IsCallable(repl)
	if !callable {
		isLiteral := false
		if s, ok := py.AsStr(repl); ok {
			isLiteral = !strings.Contains(s.String(), "\\")
		} else if b, ok := py.BytesLike(repl); ok {
			isLiteral = bytes.IndexByte(b, '\\') < 0
		}
		if isLiteral {
			literal = repl
		} else {
			var err error
			if tp, err = p.compileRepl(t, repl); err != nil {
				return nil, err
			}
			if lit, ok := tp.literalOnly(); ok {
				literal, tp = lit, nil
			}
		}
	}

	subj, e, _, endpos, err := p.engineFor(t, str, 0, math.MaxInt)
	if err != nil {
		return nil, err
	}
	var items []py.Object
	n, i := 0, 0
	for count == 0 || n < count {
		ok, err := e.search()
		if err != nil {
			return nil, pyError(err)
		}
		if !ok {
			break
		}
		b, end := e.span()
		if i < b {
			items = append(items, subj.slice(i, b))
		}
		var item py.Object
		if literal != nil {
			item = literal
		} else {
			m, err := p.newMatch(subj, e, 0, endpos)
			if err != nil {
				return nil, err
			}
			if tp != nil {
				item, err = tp.expand(t, m)
			} else {
				item, err = py.Call(t, repl, []py.Object{m}, nil)
			}
			if err != nil {
				return nil, err
			}
		}
		if item != py.None {
			items = append(items, item)
		}
		i = end
		n++
		e.advance()
	}
	if i < endpos {
		items = append(items, subj.slice(i, endpos))
	}
	var result py.Object
	joiner := subj.empty()
	if len(items) == 0 {
		result = joiner
	} else if result, err = joinItems(t, joiner, items); err != nil {
		return nil, err
	}
	if subn {
		return py.NewTuple(result, py.NewInt(int64(n))), nil
	}
	return result, nil
}
