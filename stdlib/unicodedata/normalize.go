package unicodedata

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
	if r < 0x80 {
		return append(out, r)
	}
	if f := tables().flagsOf(r); f&(flagCanonical|flagCompat) == 0 || (f&flagCanonical == 0 && !compat) {
		return append(out, r)
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
func ccc(r rune) uint8 {
	if r < 0x300 || tables().flagsOf(r)&flagCombining == 0 {
		return 0
	}
	return propsOf(r).combining
}

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
		// Runs are short: a stable insertion sort.
		for k := i + 1; k < j; k++ {
			r, c := rs[k], ccc(rs[k])
			m := k
			for m > i && ccc(rs[m-1]) > c {
				rs[m] = rs[m-1]
				m--
			}
			rs[m] = r
		}
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

// stable reports whether s certainly is in the normalization form
// already: every character is a starter that no normalization changes
// and none combines with the character before it.
func stable(form string, s []rune) bool {
	t := tables()
	compat := form == "NFKC" || form == "NFKD"
	composed := form == "NFC" || form == "NFKC"
	for _, r := range s {
		if r < 0x80 {
			continue // ASCII never changes and never combines.
		}
		f := t.flagsOf(r)
		switch {
		case f&flagCombining != 0:
			return false
		case f&flagCompat != 0 && compat:
			return false
		case f&flagCanonical != 0 && (compat || !composed || f&flagComposite == 0):
			// Even a primary composite may hold a compatibility
			// character in its decomposition.
			return false
		case f&flagHangul != 0 && !composed:
			return false
		case f&flagSecond != 0 && composed:
			return false
		}
	}
	return true
}

// normalize returns s in the normalization form named form.
func normalize(form string, s []rune) []rune {
	if stable(form, s) {
		return s
	}
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
