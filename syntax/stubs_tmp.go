package syntax




func parseStringToken(text string) (StringPrefix, string, int) { return StringPrefix{}, text, 1 }

func numberValue(text string) (Value, *Error) { return nil, nil }

func decodeStringBody(body string, raw, isBytes bool) (Value, *InvalidEscape, *Error) {
	return body, nil, nil
}

func repr(v Value) string             { return "" }
func reprStr(s string) string         { return s }
func reprBytes(b string) string       { return b }
func reprFloat(f float64) string      { return "" }
func reprComplex(c complex128) string { return "" }
