package py

import (
	"bytes"
	"strings"
	"testing"
)

// TestStdioErrorHandler checks CPython's choice of the stdout handler.
func TestStdioErrorHandler(t *testing.T) {
	cases := []struct {
		env    map[string]string
		ignore bool
		want   string
	}{
		{map[string]string{}, false, "surrogateescape"},
		{map[string]string{"LANG": "C.UTF-8"}, false, "surrogateescape"},
		{map[string]string{"LC_ALL": "POSIX", "LANG": "xx"}, false, "surrogateescape"},
		{map[string]string{"PYTHONIOENCODING": "utf-8:backslashreplace"}, false, "backslashreplace"},
		{map[string]string{"PYTHONIOENCODING": "utf-8:backslashreplace"}, true, "surrogateescape"},
		{map[string]string{"PYTHONIOENCODING": "utf-8"}, false, "surrogateescape"},
		{map[string]string{"PYTHONUTF8": "1", "LANG": "xx_YY.UTF-8"}, false, "surrogateescape"},
	}
	for _, c := range cases {
		if got := stdioErrorHandler(c.env, c.ignore); got != c.want {
			t.Errorf("%v ignore=%v: %q, want %q", c.env, c.ignore, got, c.want)
		}
	}
}

// TestStreamSurrogates checks how a stream writes lone surrogates under
// each handler.
func TestStreamSurrogates(t *testing.T) {
	text := "a\xed\xb2\x80b" // 'a\udc80b'
	for _, c := range []struct{ errors, want, err string }{
		{"surrogateescape", "a\x80b", ""},
		{"backslashreplace", `a\udc80b`, ""},
		{"surrogatepass", text, ""},
		{"replace", "a?b", ""},
		{"strict", "", "surrogates not allowed"},
	} {
		var out bytes.Buffer
		s := newWriteStream("<test>", 1, &out, false)
		s.errors = c.errors
		err := s.WriteString(text)
		s.Flush()
		if c.err != "" {
			if err == nil || !IsExceptionOf(err, UnicodeEncodeErrorType) || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.errors, err, c.err)
			}
			continue
		}
		if err != nil || out.String() != c.want {
			t.Errorf("%s: wrote %q (%v), want %q", c.errors, out.String(), err, c.want)
		}
	}
	if hasSurrogate("caf\u00e9 \ud7ff \ue000 plain") {
		t.Error("no surrogate there")
	}
}
