package py

import (
	"os"
	"strings"
)

// The standard streams encode to UTF-8 with CPython's error handlers:
// stderr always uses backslashreplace; stdin and stdout use the handler
// named in PYTHONIOENCODING ("encoding:errors"), else surrogateescape in
// UTF-8 mode (PYTHONUTF8=1) and in the C, POSIX and C.UTF-8 locales,
// else strict. kaa writes str as its internal UTF-8, where a lone
// surrogate is a 3-byte sequence; writeText encodes such text with the
// stream's handler, so printing '\udc80' raises UnicodeEncodeError under
// strict and writes the byte 0x80 under surrogateescape, as CPython.

// setStdioErrors sets the error handlers of the standard streams from
// the environment (ignored with -E and -I).
func (in *Interpreter) setStdioErrors(flags SysFlags) {
	env := map[string]string{}
	for _, kv := range in.System().Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v
		}
	}
	handler := stdioErrorHandler(env, flags.IgnoreEnvironment || flags.Isolated)
	for _, s := range []*TextStream{in.stdinStream, in.stdoutStream} {
		if s != nil {
			s.errors = handler
		}
	}
	if in.stderrStream != nil {
		in.stderrStream.errors = "backslashreplace"
	}
}

// stdioErrorHandler is CPython's choice of the stdin/stdout handler.
func stdioErrorHandler(env map[string]string, ignoreEnv bool) string {
	if !ignoreEnv {
		if v := env["PYTHONIOENCODING"]; v != "" {
			if _, errs, ok := strings.Cut(v, ":"); ok && errs != "" {
				return errs
			}
		}
		if env["PYTHONUTF8"] == "1" {
			return "surrogateescape"
		}
	}
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := env[name]; v != "" {
			locale = v
			break
		}
	}
	switch locale {
	case "", "C", "POSIX", "C.UTF-8", "C.utf8", "C.utf-8", "UTF-8":
		return "surrogateescape"
	}
	if !localeInstalled(locale) {
		// setlocale fails and the C locale stays in force.
		return "surrogateescape"
	}
	return "strict"
}

// localeInstalled reports whether the C library can load the locale:
// true when a locale archive exists (kaa cannot look inside it) or the
// locale's folder does.
func localeInstalled(name string) bool {
	const dir = "/usr/lib/locale/"
	if _, err := os.Stat(dir + "locale-archive"); err == nil {
		return true
	}
	names := []string{name}
	if lang, cs, ok := strings.Cut(name, "."); ok {
		names = append(names, lang+"."+strings.ToLower(strings.ReplaceAll(cs, "-", "")))
	}
	for _, n := range names {
		if _, err := os.Stat(dir + n); err == nil {
			return true
		}
	}
	return false
}

// hasSurrogate reports whether text holds a lone surrogate (encoded as
// ED A0..BF xx).
func hasSurrogate(text string) bool {
	for i := strings.IndexByte(text, 0xED); i >= 0 && i+1 < len(text); {
		if text[i+1] >= 0xA0 {
			return true
		}
		j := strings.IndexByte(text[i+1:], 0xED)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// encodeForStream returns text as the bytes the stream writes: text
// itself unless it holds surrogates, which the stream's handler decides.
func (s *TextStream) encodeForStream(text string) (string, error) {
	if s.errors == "surrogatepass" || !hasSurrogate(text) {
		return text, nil
	}
	b, err := EncodeStr(nil, NewStr(text), "utf-8", s.errors)
	if err != nil {
		return "", err
	}
	return string(b), nil
}
