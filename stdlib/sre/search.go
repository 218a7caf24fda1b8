package sre

import "bytes"

// searchFrom finds the first match at or after st.start, as sre's search:
// the INFO block lets it skip to occurrences of the pattern's literal
// prefix, or to characters of its first set. On success st.start is
// where the match starts and st.ptr where it ends.
func (st *state[C]) searchFrom() (bool, error) {
	code := st.code
	ptr, end := st.start, st.end
	if ptr > end {
		return false, nil
	}
	pc := 0
	var flags uint32
	var prefix []uint32
	prefixSkip := 0
	charsetPC := -1
	if code[0] == opInfo {
		flags = code[2]
		minw := int64(code[3])
		if minw != 0 && int64(end-ptr) < minw {
			return false, nil
		}
		if minw > 1 {
			// No match can start within min-1 characters of the end
			// (but leave one for the literal searches).
			end -= int(minw) - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&infoPrefix != 0 {
			n := int(code[5])
			prefixSkip = int(code[6])
			prefix = code[7 : 7+n]
		} else if flags&infoCharset != 0 {
			charsetPC = 5
		}
		pc = 1 + int(code[1])
	}

	if len(prefix) > 0 {
		return st.searchPrefix(pc, prefix, prefixSkip, flags&infoLiteral != 0)
	}

	if charsetPC >= 0 {
		end = st.end
		st.mustAdvance = false
		for {
			for ptr < end && !inSet(code, charsetPC, uint32(st.str[ptr])) {
				ptr++
			}
			if ptr >= end {
				return false, nil
			}
			st.start, st.ptr = ptr, ptr
			ok, err := st.match(pc, false)
			if ok || err != nil {
				return ok, err
			}
			ptr++
			st.lastmark, st.lastindex = -1, -1
		}
	}

	st.start, st.ptr = ptr, ptr
	ok, err := st.match(pc, true)
	st.mustAdvance = false
	if ok || err != nil {
		return ok, err
	}
	if code[pc] == opAt && (code[pc+1] == atBeginning || code[pc+1] == atBeginningString) {
		st.start, st.ptr = end, end
		return false, nil
	}
	first := st.first
	for ptr < end {
		ptr++
		if first != nil {
			// Skip to a character a match can start with.
			for ptr < end && !first.has(uint32(st.str[ptr])) {
				ptr++
			}
		}
		st.lastmark, st.lastindex = -1, -1
		st.start, st.ptr = ptr, ptr
		ok, err := st.match(pc, false)
		if ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

// searchPrefix is search for patterns that start with a literal prefix:
// it tries each occurrence of the prefix in turn, matching the rest of
// the pattern after the prefix's first skip characters.
func (st *state[C]) searchPrefix(pc int, prefix []uint32, skip int, literal bool) (bool, error) {
	ptr, end := st.start, st.end
	if len(prefix) > end-ptr {
		return false, nil
	}
	st.mustAdvance = false
	text, isBytes := any(st.str).([]byte)
	var needle []byte
	if isBytes {
		needle = make([]byte, len(prefix))
		for i, c := range prefix {
			if c > 0xFF {
				return false, nil
			}
			needle[i] = byte(c)
		}
	}
	for ptr+len(prefix) <= end {
		// Find the next occurrence of the prefix at or after ptr.
		if isBytes {
			var i int
			if len(needle) == 1 {
				i = bytes.IndexByte(text[ptr:end], needle[0])
			} else {
				i = bytes.Index(text[ptr:end], needle)
			}
			if i < 0 {
				return false, nil
			}
			ptr += i
		} else {
			found := false
			for ; ptr+len(prefix) <= end; ptr++ {
				if uint32(st.str[ptr]) == prefix[0] && st.hasPrefix(ptr, prefix) {
					found = true
					break
				}
			}
			if !found {
				return false, nil
			}
		}
		st.start = ptr
		st.ptr = ptr + skip
		if literal {
			st.ptr = ptr + len(prefix)
			return true, nil
		}
		ok, err := st.match(pc+2*skip, false)
		if ok || err != nil {
			return ok, err
		}
		ptr++
		st.lastmark, st.lastindex = -1, -1
	}
	return false, nil
}

// hasPrefix reports whether the text at ptr starts with prefix.
func (st *state[C]) hasPrefix(ptr int, prefix []uint32) bool {
	for i, c := range prefix {
		if uint32(st.str[ptr+i]) != c {
			return false
		}
	}
	return true
}
