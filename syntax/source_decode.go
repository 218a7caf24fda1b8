package syntax

import (
	"bytes"
	"fmt"
	"strings"
)

// decodeSource implements DecodeSource for "exec" input.
func decodeSource(src []byte, filename string) (string, string, *Error) {
	text, enc, _, err := decodeSourceMode(src, filename, true)
	return text, enc, err
}

// decodeSourceMode follows what CPython's string tokenizer does with a
// bytes source (decode_str): translate newlines (adding a missing final
// newline when implyNewline is set, as for "exec" input), strip a UTF-8
// BOM, read a coding declaration from line 1 or, when line 1 holds only
// a comment or blanks, line 2, and decode from that encoding. A line
// counts only when it ends with a newline, so without the implied
// newline a declaration on an unfinished last line is ignored. declared
// reports a BOM or a declaration (CPython's tok->encoding is then set and
// error offsets count characters). UTF-8 text is not validated here: like
// CPython, kaa reports bad UTF-8 only where the tokenizer or the string
// decoder reads it.
func decodeSourceMode(src []byte, filename string, implyNewline bool) (text, encoding string, declared bool, err *Error) {
	initErr := func(msg string) *Error {
		return &Error{Type: "SyntaxError", Msg: msg, Filename: filename, Offset: -1}
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return "", "", false, &Error{Type: "SyntaxError", Msg: "source code string cannot contain null bytes", Filename: filename}
	}
	text = normaliseNewlines(string(src), implyNewline)
	bom := strings.HasPrefix(text, "\xEF\xBB\xBF")
	if bom {
		text = text[3:]
	}
	spec, found := "", false
	line1, rest, has1 := strings.Cut(text, "\n")
	if has1 {
		var normal bool
		spec, found, normal = codingSpec(line1)
		if !found && !normal {
			if line2, _, has2 := strings.Cut(rest, "\n"); has2 {
				spec, found, _ = codingSpec(line2 + "\n")
			}
		}
	}
	if !found || spec == "utf-8" {
		return text, "utf-8", bom || found, nil
	}
	if bom {
		return "", "", false, initErr(fmt.Sprintf("encoding problem: %s with BOM", spec))
	}
	out, msg := decodeWith(text, spec)
	if msg != "" {
		return "", "", false, initErr(msg)
	}
	return out, spec, true, nil
}

// codingSpec looks for a PEP 263 declaration in one source line, as
// CPython's get_coding_spec does: the line must hold nothing but blanks
// before a '#', and "coding" followed by ':' or '=' and the name. found
// reports a declaration; normal reports a line that holds something other
// than blanks and a comment, which ends the search.
func codingSpec(line string) (spec string, found, normal bool) {
	size := len(line)
	i := 0
	for ; i < size-6; i++ {
		if line[i] == '#' {
			break
		}
		if line[i] != ' ' && line[i] != '\t' && line[i] != '\f' {
			return "", false, true
		}
	}
	for ; i < size-6; i++ {
		if line[i:i+6] != "coding" {
			continue
		}
		t := i + 6
		if t >= len(line) || (line[t] != ':' && line[t] != '=') {
			continue
		}
		t++
		for t < len(line) && (line[t] == ' ' || line[t] == '\t') {
			t++
		}
		begin := t
		for t < len(line) && (tokIsAlnum(line[t]) || line[t] == '-' || line[t] == '_' || line[t] == '.') {
			t++
		}
		if begin < t {
			return normalEncodingName(line[begin:t]), true, true
		}
	}
	for j := 0; j < size; j++ {
		c := line[j]
		if c == '#' || c == '\n' || c == '\r' {
			break
		}
		if c != ' ' && c != '\t' && c != '\f' {
			return "", false, true
		}
	}
	return "", false, false
}

// normalEncodingName maps the spellings of UTF-8 and Latin-1 to "utf-8"
// and "iso-8859-1" as CPython's get_normal_name does (looking at the
// first 12 characters only) and returns other names unchanged.
func normalEncodingName(s string) string {
	n := s
	if len(n) > 12 {
		n = n[:12]
	}
	n = strings.ToLower(strings.ReplaceAll(n, "_", "-"))
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// codecModule finds the codec that CPython's codecs.lookup would find
// for name, among those kaa has: "utf_8", "latin_1", "ascii" or a key
// of charmaps. It returns "" for other names.
func codecModule(name string) string {
	// encodings.normalize_encoding: runs of characters other than ASCII
	// letters, digits and '.' become one '_'.
	var b strings.Builder
	punct := false
	for _, c := range strings.ToLower(name) {
		if c < 128 && (tokIsAlnum(byte(c)) || c == '.') {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(c)
			punct = false
		} else {
			punct = true
		}
	}
	norm := b.String()
	mod := norm
	if a, ok := codecAliases[norm]; ok {
		mod = a
	} else if a, ok := codecAliases[strings.ReplaceAll(norm, ".", "_")]; ok {
		mod = a
	}
	switch mod {
	case "utf_8", "latin_1", "ascii":
		return mod
	}
	if _, ok := charmaps[mod]; ok {
		return mod
	}
	return ""
}

// decodeWith decodes text from the named encoding to UTF-8, returning
// CPython's message (str() of the LookupError or UnicodeDecodeError) on
// failure.
func decodeWith(text, encoding string) (string, string) {
	mod := codecModule(encoding)
	switch mod {
	case "":
		return "", "unknown encoding: " + encoding
	case "utf_8":
		if start, end, reason, bad := utf8Error(text); bad {
			return "", decodeErrorMessage("utf-8", text, start, end, reason)
		}
		return text, ""
	case "ascii":
		for i := 0; i < len(text); i++ {
			if text[i] >= 0x80 {
				return "", decodeErrorMessage("ascii", text, i, i+1, "ordinal not in range(128)")
			}
		}
		return text, ""
	}
	var table *[128]rune
	if mod != "latin_1" {
		table = charmaps[mod]
	}
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 0x80 {
			b.WriteByte(c)
			continue
		}
		r := rune(c)
		if table != nil {
			r = table[c-0x80]
			if r < 0 {
				return "", decodeErrorMessage("charmap", text, i, i+1, "character maps to <undefined>")
			}
		}
		b.WriteRune(r)
	}
	return b.String(), ""
}

// normaliseNewlines turns CRLF and CR line endings into "\n" and, when
// implyNewline is set (CPython does it for "exec" input), adds a "\n" at
// the end when it is missing.
func normaliseNewlines(s string, implyNewline bool) string {
	if strings.IndexByte(s, '\r') < 0 {
		if !implyNewline || len(s) > 0 && s[len(s)-1] == '\n' {
			return s
		}
		return s + "\n"
	}
	var b strings.Builder
	b.Grow(len(s) + 1)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		}
		b.WriteByte(c)
	}
	if implyNewline && (b.Len() == 0 || s[len(s)-1] != '\n' && s[len(s)-1] != '\r') {
		b.WriteByte('\n')
	}
	return b.String()
}
