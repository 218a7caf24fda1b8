package tokenize

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/syntax"
)

// cookieRe and blankRe are the module's patterns for a coding
// declaration and for a line that cannot hold code (ASCII matching).
var (
	cookieRe = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)
	blankRe  = regexp.MustCompile(`^[ \t\f]*(?:[#\r\n]|$)`)
)

// File tokenizes the bytes of a source file as tokenize.tokenize() does:
// the encoding comes from a UTF-8 BOM or a coding declaration on one of
// the first two lines (detect_encoding), the first token is ENCODING,
// and each line is decoded on its own. filename names the file in
// encoding errors, as the module's messages do.
func File(src []byte, filename string, emit func(Token)) error {
	raw := splitLines(string(src))
	encoding, err := detectEncoding(raw, filename)
	if err != nil {
		return err
	}
	if len(raw) > 0 && strings.HasPrefix(raw[0], "\xEF\xBB\xBF") {
		raw[0] = raw[0][3:]
	}
	codec := encoding
	if codec == "utf-8-sig" {
		codec = "utf-8"
	}
	ls := &lines{raw: raw, decode: func(s string) (string, error) {
		if codec == "utf-8" {
			if utf8.ValidString(s) {
				return s, nil
			}
		}
		text, err := syntax.DecodeText([]byte(s), codec)
		if err != nil {
			return "", &Error{Kind: "UnicodeDecodeError", Msg: err.Error()}
		}
		return text, nil
	}}
	return scan(ls, codec, emit)
}

// Text tokenizes already decoded text as tokenize.generate_tokens()
// does (no ENCODING token); `python -m tokenize` reads standard input
// this way. Lines end at "\n" only.
func Text(text string, emit func(Token)) error {
	return scan(&lines{raw: splitLines(text)}, "", emit)
}

// detectEncoding is the module's detect_encoding over the first two
// lines.
func detectEncoding(raw []string, filename string) (string, error) {
	bom := false
	def := "utf-8"
	first := ""
	if len(raw) > 0 {
		first = raw[0]
	}
	if strings.HasPrefix(first, "\xEF\xBB\xBF") {
		bom = true
		first = first[3:]
		def = "utf-8-sig"
	}
	if first == "" {
		return def, nil
	}
	findCookie := func(line string) (string, error) {
		if !utf8.ValidString(line) {
			return "", &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("invalid or missing encoding declaration for %s", pyQuote(filename))}
		}
		m := cookieRe.FindStringSubmatch(line)
		if m == nil {
			return "", nil
		}
		enc := normalName(m[1])
		if _, err := syntax.DecodeText(nil, enc); err != nil {
			return "", &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("unknown encoding for %s: %s", pyQuote(filename), enc)}
		}
		if bom {
			if enc != "utf-8" {
				return "", &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("encoding problem for %s: utf-8", pyQuote(filename))}
			}
			enc += "-sig"
		}
		return enc, nil
	}
	enc, err := findCookie(first)
	if err != nil || enc != "" {
		return enc, err
	}
	if !blankRe.MatchString(first) {
		return def, nil
	}
	if len(raw) < 2 || raw[1] == "" {
		return def, nil
	}
	enc, err = findCookie(raw[1])
	if err != nil || enc != "" {
		return enc, err
	}
	return def, nil
}

// normalName is the module's _get_normal_name.
func normalName(orig string) string {
	enc := orig
	if len(enc) > 12 {
		enc = enc[:12]
	}
	enc = strings.ReplaceAll(strings.ToLower(enc), "_", "-")
	switch {
	case enc == "utf-8" || strings.HasPrefix(enc, "utf-8-"):
		return "utf-8"
	case enc == "latin-1" || enc == "iso-8859-1" || enc == "iso-latin-1" ||
		strings.HasPrefix(enc, "latin-1-") || strings.HasPrefix(enc, "iso-8859-1-") || strings.HasPrefix(enc, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return orig
}

// pyQuote is repr() of a str.
func pyQuote(s string) string { return syntax.ReprStr(s) }

// Write prints a token as `python -m tokenize` does: the range padded to
// 20 characters, the type name to 15 and the repr of the text to 15.
func Write(w io.Writer, t Token, exact bool) error {
	typ := t.Type
	if exact {
		typ = t.ExactType()
	}
	var b strings.Builder
	rng := fmt.Sprintf("%d,%d-%d,%d:", t.Start[0], t.Start[1], t.End[0], t.End[1])
	pad(&b, rng, 20)
	pad(&b, typ.String(), 15)
	pad(&b, syntax.ReprStr(t.String), 15)
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// pad writes s and spaces up to width characters.
func pad(b *strings.Builder, s string, width int) {
	b.WriteString(s)
	for n := utf8.RuneCountInString(s); n < width; n++ {
		b.WriteByte(' ')
	}
}
