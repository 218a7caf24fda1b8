package py

// suggestion returns the " Did you mean: 'x'?" CPython 3.11 appends to
// NameError and AttributeError messages, or "".
func (t *Thread) suggestion(exc *Exception) string {
	var name *Str
	var candidates []string
	switch {
	case exc.typ.IsSubtype(AttributeErrorType):
		n, ok := exc.attr("name").(*Str)
		obj := exc.attr("obj")
		if !ok || exc.dict == nil || exc.dict.GetString("obj") == nil {
			return ""
		}
		name = n
		d, err := dirNames(t, obj)
		if err != nil {
			return ""
		}
		candidates = d
	case exc.typ.IsSubtype(NameErrorType) && !exc.typ.IsSubtype(UnboundLocalErrorType):
		n, ok := exc.attr("name").(*Str)
		if !ok {
			return ""
		}
		name = n
		tb := exc.traceback
		if tb == nil {
			return ""
		}
		for tb.next != nil {
			tb = tb.next
		}
		f := tb.frame
		for _, v := range f.code.varnames {
			candidates = append(candidates, v.s)
		}
		for _, k := range f.globals.Keys() {
			if s, ok := k.(*Str); ok {
				candidates = append(candidates, s.s)
			}
		}
		for _, k := range f.builtins.Keys() {
			if s, ok := k.(*Str); ok {
				candidates = append(candidates, s.s)
			}
		}
	default:
		return ""
	}
	if best := bestSuggestion(name.s, candidates); best != "" {
		return ". Did you mean: '" + best + "'?"
	}
	return ""
}

// dirNames returns the attribute names dir(obj) would list.
func dirNames(t *Thread, obj Object) ([]string, error) {
	var out []string
	if d := InstanceDict(obj); d != nil {
		for _, k := range d.Keys() {
			if s, ok := k.(*Str); ok {
				out = append(out, s.s)
			}
		}
	}
	typ := obj.Type()
	if ot, ok := obj.(*Type); ok {
		typ = ot
	}
	for _, b := range typ.MRO {
		b.ready()
		for _, k := range b.Dict.Keys() {
			if s, ok := k.(*Str); ok {
				out = append(out, s.s)
			}
		}
	}
	return out, nil
}

// Suggestion costs, as CPython's suggestions.c.
const (
	moveCost     = 2
	caseCost     = 1
	maxCandidate = 750
	maxStringLen = 40
)

// bestSuggestion picks the candidate closest to name by CPython's
// weighted Levenshtein distance, if any is close enough.
func bestSuggestion(name string, candidates []string) string {
	if len(candidates) > maxCandidate || len(name) > maxStringLen {
		return ""
	}
	best := ""
	bestDist := -1
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * moveCost / 6
		if bestDist >= 0 && bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func substitutionCost(a, b byte) int {
	if a == b {
		return 0
	}
	la, lb := a, b
	if la >= 'A' && la <= 'Z' {
		la += 'a' - 'A'
	}
	if lb >= 'A' && lb <= 'Z' {
		lb += 'a' - 'A'
	}
	if la == lb {
		return caseCost
	}
	return moveCost
}

// levenshtein computes the weighted edit distance, giving up (returning
// maxCost+1) once it exceeds maxCost.
func levenshtein(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringLen || len(b) > maxStringLen {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := -1
		for ai := 0; ai < len(a); ai++ {
			sub := distance + substitutionCost(code, a[ai])
			distance = buf[ai]
			ins := distance + moveCost
			del := result + moveCost
			result = sub
			if ins < result {
				result = ins
			}
			if del < result {
				result = del
			}
			buf[ai] = result
			if minimum < 0 || result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
