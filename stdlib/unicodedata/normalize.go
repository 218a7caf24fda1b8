package unicodedata

import "sort"

// decompose appends the full canonical (or, with compat, compatibility)
// decomposition of r to out.
func decompose(out []rune, r rune, compat bool) []rune {
	if r >= hangulS && r < hangulS+hangulSCount {
		s := r - hangulS
		out = append(out, hangulL+s/(hangulVCount*hangulTCount), hangulV+(s%(hangulVCount*hangulTCount))/hangulTCount)
		if t := s % hangulTCount; t != 0 {
			out = append(out, hangulT+t)
		}
		return out
	}
	m, isCompat := mapping(r)
	if m == nil || (isCompat && !compat) {
		return append(out, r)
	}
	for _, c := range m {
		out = decompose(out, c, compat)
	}
	return out
}

// ccc is the canonical combining class of r.
func ccc(r rune) uint8 { return propsOf(r).combining }

// reorder puts each run of non-starters in canonical order (a stable
// sort by combining class).
func reorder(rs []rune) {
	for i := 0; i < len(rs); {
		if ccc(rs[i]) == 0 {
			i++
			continue
		}
		j := i
		for j < len(rs) && ccc(rs[j]) != 0 {
			j++
		}
		run := rs[i:j]
		sort.SliceStable(run, func(a, b int) bool { return ccc(run[a]) < ccc(run[b]) })
		i = j
	}
}

// composeAll applies canonical composition to a decomposed, reordered
// string.
func composeAll(rs []rune) []rune {
	if len(rs) == 0 {
		return rs
	}
	out := make([]rune, 0, len(rs))
	starter := -1 // index in out of the last starter
	var lastCCC uint8
	for _, r := range rs {
		c := ccc(r)
		if starter >= 0 {
			blocked := len(out)-1 != starter && (lastCCC == 0 || lastCCC >= c)
			if !blocked {
				if comp, ok := compose(out[starter], r); ok {
					out[starter] = comp
					continue
				}
			}
		}
		if c == 0 {
			starter = len(out)
		}
		lastCCC = c
		out = append(out, r)
	}
	return out
}

// normalize returns s in the normalization form named form.
func normalize(form string, s []rune) []rune {
	compat := form == "NFKC" || form == "NFKD"
	var out []rune
	for _, r := range s {
		out = decompose(out, r, compat)
	}
	reorder(out)
	if form == "NFC" || form == "NFKC" {
		out = composeAll(out)
	}
	return out
}
