package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// maxStrDigits is CPython's default limit on the digits of a decimal int
// literal (sys.get_int_max_str_digits()).
const maxStrDigits = 4300

// numberValue implements NumberValue.
func numberValue(text string) (Value, *Error) {
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	if text == "" {
		return int64(0), nil
	}
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		f, _ := parseFloatLiteral(text[:len(text)-1])
		return complex(0, f), nil
	}
	if len(text) > 1 && text[0] == '0' {
		switch text[1] {
		case 'x', 'X':
			return intValue(text[2:], 16), nil
		case 'o', 'O':
			return intValue(text[2:], 8), nil
		case 'b', 'B':
			return intValue(text[2:], 2), nil
		}
	}
	if strings.ContainsAny(text, ".eE") {
		f, _ := parseFloatLiteral(text)
		return f, nil
	}
	if len(text) > maxStrDigits {
		return nil, &Error{Type: "SyntaxError", Msg: fmt.Sprintf("Exceeds the limit (%d digits) for integer string "+
			"conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - "+
			"Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxStrDigits, len(text))}
	}
	return intValue(text, 10), nil
}

// intValue converts digits in base to an int64, or a *big.Int when the
// value does not fit.
func intValue(digits string, base int) Value {
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return int64(0)
	}
	return b
}

// parseFloatLiteral converts a decimal float literal (no underscores) to
// the nearest float64; values too large become infinities, as in CPython.
func parseFloatLiteral(s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
		err = nil
	}
	return f, err
}
