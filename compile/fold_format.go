package compile

import (
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa/syntax"
)

// "%s and %r" % (a, b), with a constant format string and a tuple display,
// is compiled as the f-string f"{a!s} and {b!r}" when the format uses only
// %s, %r and %a with simple widths and precisions (as CPython 3.11's
// optimize_format in Python/ast_opt.c).

func hasStarred(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// artificialSpan is the position CPython gives the nodes the folder
// creates: no line, so that the instructions inherit a neighbour's.
var artificialSpan = syntax.Span{Lineno: -1, ColOffset: 0, EndLineno: -1, EndColOffset: 0}

// optimizeFormat returns the JoinedStr equivalent to fmt % (elts...), or
// nil when the format cannot be converted.
func optimizeFormat(span syntax.Span, fmt string, elts []syntax.Expr) syntax.Expr {
	runes := toCodePoints(fmt)
	pos, cnt := 0, 0
	var values []syntax.Expr
	for {
		if lit, ok := parseFormatLiteral(runes, &pos); ok {
			values = append(values, &syntax.Constant{Span: artificialSpan, Value: lit})
		}
		if pos >= len(runes) {
			break
		}
		if cnt >= len(elts) {
			return nil // more format units than items
		}
		pos++ // the '%'
		v := parseFormatUnit(runes, &pos, elts[cnt])
		cnt++
		if v == nil {
			return nil
		}
		values = append(values, v)
	}
	if cnt < len(elts) {
		return nil // more items than format units
	}
	return &syntax.JoinedStr{Span: span, Values: values}
}

// parseFormatLiteral reads the text up to the next format unit, with "%%"
// turned into "%".
func parseFormatLiteral(runes []rune, pos *int) (string, bool) {
	start, p := *pos, *pos
	hasPercents := false
	for p < len(runes) {
		if runes[p] != '%' {
			p++
		} else if p+1 < len(runes) && runes[p+1] == '%' {
			hasPercents = true
			p += 2
		} else {
			break
		}
	}
	*pos = p
	if p == start {
		return "", false
	}
	s := fromCodePoints(runes[start:p])
	if hasPercents {
		s = strings.ReplaceAll(s, "%%", "%")
	}
	return s, true
}

// parseFormatUnit reads one format unit after its '%' and returns the
// FormattedValue of arg it stands for, or nil when it is not supported.
func parseFormatUnit(runes []rune, pos *int, arg syntax.Expr) syntax.Expr {
	const maxDigits = 3
	p := *pos
	var ch rune
	next := func() bool {
		if p >= len(runes) {
			return false
		}
		ch = runes[p]
		p++
		return true
	}
	ljust := false
	for {
		if !next() {
			return nil
		}
		switch ch {
		case '-':
			ljust = true
			continue
		case '+', ' ', '#', '0':
			continue
		}
		break
	}
	width, prec := -1, -1
	if '0' <= ch && ch <= '9' {
		width = 0
		digits := 0
		for '0' <= ch && ch <= '9' {
			width = width*10 + int(ch-'0')
			if !next() {
				return nil
			}
			digits++
			if digits >= maxDigits {
				return nil
			}
		}
	}
	if ch == '.' {
		if !next() {
			return nil
		}
		prec = 0
		if '0' <= ch && ch <= '9' {
			digits := 0
			for '0' <= ch && ch <= '9' {
				prec = prec*10 + int(ch-'0')
				if !next() {
					return nil
				}
				digits++
				if digits >= maxDigits {
					return nil
				}
			}
		}
	}
	if ch != 's' && ch != 'r' && ch != 'a' {
		return nil
	}
	*pos = p
	var spec strings.Builder
	if !ljust && width > 0 {
		spec.WriteByte('>')
	}
	if width >= 0 {
		spec.WriteString(strconv.Itoa(width))
	}
	if prec >= 0 {
		spec.WriteByte('.')
		spec.WriteString(strconv.Itoa(prec))
	}
	fv := &syntax.FormattedValue{Span: *arg.Position(), Value: arg, Conversion: int(ch)}
	if spec.Len() > 0 {
		fv.FormatSpec = &syntax.Constant{Span: artificialSpan, Value: spec.String()}
	}
	return fv
}
