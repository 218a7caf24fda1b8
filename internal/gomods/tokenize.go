package gomods

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/syntax"
	"github.com/kaa-lang/kaa/syntax/tokenize"
)

const tokenizeUsage = "usage: python -m tokenize [-h] [-e] [filename.py]\n"

const tokenizeHelp = tokenizeUsage + `
positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type
`

// Tokenize is `kaa -m tokenize [-e] [FILE]`: it prints the tokens of
// FILE (or of standard input) as `python3 -m tokenize` does, with the
// same messages and exit statuses for bad arguments and bad input.
func Tokenize(args []string, stdio Stdio) int {
	exact := false
	filename := ""
	var extra []string
	onlyPositional := false
	for _, a := range args {
		switch {
		case onlyPositional || a == "-" || !strings.HasPrefix(a, "-"):
			if filename == "" && !(a == "-" && false) {
				filename = a
			} else {
				extra = append(extra, a)
			}
		case a == "--":
			onlyPositional = true
		case a == "-h" || (strings.HasPrefix(a, "--") && len(a) > 2 && strings.HasPrefix("--help", a)):
			io.WriteString(stdio.Stdout, tokenizeHelp)
			return 0
		case a == "-e" || (strings.HasPrefix(a, "--") && len(a) > 2 && strings.HasPrefix("--exact", a)):
			exact = true
		case len(a) > 2 && a[1] != '-' && strings.Trim(a[1:], "eh") == "":
			// combined short flags such as -ee or -eh
			if strings.Contains(a, "h") {
				io.WriteString(stdio.Stdout, tokenizeHelp)
				return 0
			}
			exact = true
		default:
			extra = append(extra, a)
		}
	}
	if len(extra) > 0 {
		fmt.Fprint(stdio.Stderr, tokenizeUsage)
		fmt.Fprintf(stdio.Stderr, "python -m tokenize: error: unrecognized arguments: %s\n", strings.Join(extra, " "))
		return 2
	}

	out := bufio.NewWriterSize(stdio.Stdout, 64<<10)
	defer out.Flush()
	emit := func(t tokenize.Token) { tokenize.Write(out, t, exact) }
	var err error
	name := filename
	if filename != "" {
		src, rerr := os.ReadFile(filename)
		if rerr != nil {
			out.Flush()
			fmt.Fprintf(stdio.Stderr, "error: %s\n", osErrorText(rerr, filename))
			return 1
		}
		var toks []tokenize.Token
		err = tokenize.File(src, filename, func(t tokenize.Token) { toks = append(toks, t) })
		if err == nil {
			for _, t := range toks {
				emit(t)
			}
		}
	} else {
		name = "<stdin>"
		src, rerr := io.ReadAll(stdio.Stdin)
		if rerr != nil {
			fmt.Fprintf(stdio.Stderr, "error: %s\n", rerr)
			return 1
		}
		err = tokenize.Text(surrogateEscape(src), emit)
	}
	if err == nil {
		return 0
	}
	out.Flush()
	var te *tokenize.Error
	if errors.As(err, &te) {
		switch te.Kind {
		case "IndentationError", "TokenError":
			fmt.Fprintf(stdio.Stderr, "%s:%d:%d: error: %s\n", name, te.Line, te.Col, te.Msg)
		case "SyntaxError":
			fmt.Fprintf(stdio.Stderr, "%s: error: %s\n", name, te.Msg)
		default:
			fmt.Fprintf(stdio.Stderr, "unexpected error: %s\n%s: %s\n", te.Msg, te.Kind, te.Msg)
		}
		return 1
	}
	fmt.Fprintf(stdio.Stderr, "unexpected error: %s\n", err)
	return 1
}

// surrogateEscape decodes standard input as CPython's sys.stdin does on
// POSIX: UTF-8 with the surrogateescape handler (a byte that does not
// decode becomes U+DC80..U+DCFF, kept in its 3-byte generalized UTF-8
// form), and no newline translation.
func surrogateEscape(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			u := 0xDC00 + rune(b[0])
			sb.WriteByte(byte(0xE0 | u>>12))
			sb.WriteByte(byte(0x80 | (u>>6)&0x3F))
			sb.WriteByte(byte(0x80 | u&0x3F))
		} else {
			sb.Write(b[:size])
		}
		b = b[size:]
	}
	return sb.String()
}

// osErrorText is str() of the OSError CPython raises when opening name
// fails: "[Errno 2] No such file or directory: 'x.py'".
func osErrorText(err error, name string) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return fmt.Sprintf("[Errno %d] %s: %s", int(errno), pyStrerror(errno), syntax.ReprStr(name))
	}
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Sprintf("[Errno 2] No such file or directory: %s", syntax.ReprStr(name))
	}
	return err.Error()
}

// pyStrerror is the C library's message for errno, which CPython shows
// (Go's differ in capitalisation).
func pyStrerror(e syscall.Errno) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
