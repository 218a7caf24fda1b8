package gomods

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa/syntax"
)

const astUsage = `usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
`

const astHelp = `
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
`

// astOptions are the command-line options of `python -m ast`.
type astOptions struct {
	mode         syntax.Mode
	typeComments bool
	attributes   bool
	indent       int
	infile       string
	help         bool
}

// astUsageError is an argparse error: usage, message, exit status 2.
type astUsageError struct{ msg string }

func (e *astUsageError) Error() string { return e.msg }

// parseASTArgs parses the arguments as the argparse parser of CPython's
// ast module does, including unambiguous prefixes of long options.
func parseASTArgs(args []string) (*astOptions, error) {
	o := &astOptions{typeComments: true, indent: 3, infile: "-"}
	longs := []string{"--help", "--mode", "--no-type-comments", "--include-attributes", "--indent"}
	var positional []string
	modeArg := func(v string) error {
		switch v {
		case "exec":
			o.mode = syntax.ModeExec
		case "eval":
			o.mode = syntax.ModeEval
		case "single":
			o.mode = syntax.ModeSingle
		case "func_type":
			o.mode = syntax.ModeFuncType
		default:
			return &astUsageError{fmt.Sprintf("argument -m/--mode: invalid choice: '%s' (choose from 'exec', 'single', 'eval', 'func_type')", v)}
		}
		return nil
	}
	indentArg := func(v string) error {
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			return &astUsageError{fmt.Sprintf("argument -i/--indent: invalid int value: '%s'", v)}
		}
		o.indent = n
		return nil
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			positional = append(positional, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "--"):
			name, val, hasVal := strings.Cut(a, "=")
			var match []string
			for _, l := range longs {
				if l == name {
					match = []string{l}
					break
				}
				if strings.HasPrefix(l, name) {
					match = append(match, l)
				}
			}
			if len(match) == 0 {
				return nil, &astUsageError{"unrecognized arguments: " + a}
			}
			if len(match) > 1 {
				return nil, &astUsageError{fmt.Sprintf("ambiguous option: %s could match %s", name, strings.Join(match, ", "))}
			}
			switch match[0] {
			case "--help":
				o.help = true
			case "--no-type-comments":
				o.typeComments = false
			case "--include-attributes":
				o.attributes = true
			case "--mode", "--indent":
				if !hasVal {
					if i+1 >= len(args) || strings.HasPrefix(args[i+1], "-") && len(args[i+1]) > 1 && !isNumber(args[i+1]) {
						short := map[string]string{"--mode": "-m/--mode", "--indent": "-i/--indent"}[match[0]]
						return nil, &astUsageError{"argument " + short + ": expected one argument"}
					}
					i++
					val = args[i]
				}
				var err error
				if match[0] == "--mode" {
					err = modeArg(val)
				} else {
					err = indentArg(val)
				}
				if err != nil {
					return nil, err
				}
			}
		case strings.HasPrefix(a, "-") && len(a) > 1:
			for j := 1; j < len(a); j++ {
				switch c := a[j]; c {
				case 'h':
					o.help = true
				case 'a':
					o.attributes = true
				case 'm', 'i':
					val := a[j+1:]
					if val == "" {
						if i+1 >= len(args) || strings.HasPrefix(args[i+1], "-") && len(args[i+1]) > 1 && !isNumber(args[i+1]) {
							return nil, &astUsageError{fmt.Sprintf("argument -%c/--%s: expected one argument", c, map[byte]string{'m': "mode", 'i': "indent"}[c])}
						}
						i++
						val = args[i]
					}
					var err error
					if c == 'm' {
						err = modeArg(val)
					} else {
						err = indentArg(val)
					}
					if err != nil {
						return nil, err
					}
					j = len(a)
				default:
					return nil, &astUsageError{"unrecognized arguments: " + a}
				}
			}
		default:
			positional = append(positional, a)
		}
	}
	if len(positional) > 1 {
		return nil, &astUsageError{"unrecognized arguments: " + strings.Join(positional[1:], " ")}
	}
	if len(positional) == 1 {
		o.infile = positional[0]
	}
	return o, nil
}

// isNumber reports whether s looks like a negative number, which argparse
// accepts as an option's argument.
func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// AST is `kaa -m ast [-a] [-m MODE] [-i N] [--no-type-comments] [FILE]`:
// it prints what `python3 -m ast` prints, ast.dump of the parsed file
// with indent 3, or CPython's report of the SyntaxError.
func AST(args []string, stdio Stdio) int {
	o, err := parseASTArgs(args)
	if err != nil {
		fmt.Fprint(stdio.Stderr, astUsage)
		fmt.Fprintf(stdio.Stderr, "python -m ast: error: %s\n", err)
		return 2
	}
	if o.help {
		fmt.Fprint(stdio.Stdout, astUsage+astHelp)
		return 0
	}
	var src []byte
	name := o.infile
	if name == "-" {
		name = "<stdin>"
		src, err = io.ReadAll(stdio.Stdin)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprint(stdio.Stderr, astUsage)
		msg := "No such file or directory"
		if errors.Is(err, os.ErrPermission) {
			msg = "Permission denied"
		} else if !errors.Is(err, os.ErrNotExist) {
			msg = err.Error()
		}
		errno := 2
		if errors.Is(err, os.ErrPermission) {
			errno = 13
		}
		fmt.Fprintf(stdio.Stderr, "python -m ast: error: argument infile: can't open '%s': [Errno %d] %s: '%s'\n", o.infile, errno, msg, o.infile)
		return 2
	}
	var flags syntax.Flags
	if o.typeComments {
		flags |= syntax.TypeComments
	}
	res, perr := syntax.ParseFull(src, name, o.mode, flags)
	if res != nil {
		printWarnings(stdio.Stderr, res.Warnings, src)
	}
	if perr != nil {
		var se *syntax.Error
		if errors.As(perr, &se) {
			if se.Lineno > 0 && o.infile != "-" {
				se.Text = fileErrorText(se, src)
			}
			fmt.Fprint(stdio.Stderr, se.Report())
		} else {
			fmt.Fprintln(stdio.Stderr, perr)
		}
		return 1
	}
	if msg := astRecursionError(res.Mod); msg != "" {
		fmt.Fprintln(stdio.Stderr, "RecursionError: maximum recursion depth exceeded"+msg)
		return 1
	}
	w := bufio.NewWriterSize(stdio.Stdout, 1<<16)
	opts := syntax.DumpOptions{Indent: syntax.IndentString(o.indent), IncludeAttributes: o.attributes}
	buf := syntax.AppendDump(nil, res.Mod, opts)
	buf = append(buf, '\n')
	w.Write(buf)
	w.Flush()
	return 0
}

// astRecursionError returns the end of the message of the RecursionError
// `python3 -m ast` fails with on a tree this deep, or "": converting the
// tree to Python objects allows 2979 levels of nodes (with the frames of
// `python3 -m ast` on the stack), and ast.dump's recursion, under the
// default limit of 1000 frames, 990 levels.
func astRecursionError(mod syntax.Mod) string {
	if syntax.Depth(mod) >= 2980 {
		return " during ast construction"
	}
	switch d := syntax.DumpDepth(mod); {
	case d == 991:
		return " while getting the repr of an object"
	case d > 991:
		return " while calling a Python object"
	}
	return ""
}

// fileLineText returns line n of a source file as CPython reads it back
// from the file (for a warning's source line): with universal newlines.
func fileLineText(src []byte, n int, fallback string) string {
	s := string(src)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	for i := 1; i < n; i++ {
		j := strings.IndexByte(s, '\n')
		if j < 0 {
			return fallback
		}
		s = s[j+1:]
	}
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j+1]
	}
	if s == "" {
		return fallback
	}
	return s
}

// fileErrorText returns the text CPython gives a SyntaxError when the
// source came from a file: a parser error reads its line back from the
// file (in 1000-byte pieces, keeping the last one), where a string's
// parser would use its tokenizer's buffer, which can hold several lines.
// A text of one line that the tokenizer made is kept.
func fileErrorText(se *syntax.Error, src []byte) string {
	line := fileLineText(src, se.Lineno, "")
	if line == "" {
		return se.Text
	}
	t := strings.TrimSuffix(se.Text, "\n")
	if strings.Contains(t, "\n") {
		return lastChunk(line)
	}
	if len(se.Text) > 999 && strings.TrimSuffix(line, "\n") == t {
		return lastChunk(line)
	}
	return se.Text
}

// lastChunk returns the last piece of at most 999 bytes of a long line.
func lastChunk(s string) string {
	for len(s) > 999 {
		s = s[999:]
	}
	return s
}

// printWarnings prints the warnings CPython shows by default: its
// warnings filters ignore DeprecationWarning outside __main__, so only
// SyntaxWarnings appear, as "file:line: SyntaxWarning: msg" and the
// stripped source line.
func printWarnings(w io.Writer, ws []syntax.Warning, src []byte) {
	for _, wa := range ws {
		if wa.Category != "SyntaxWarning" {
			continue
		}
		fmt.Fprintf(w, "%s:%d: %s: %s\n", wa.Filename, wa.Lineno, wa.Category, wa.Msg)
		if line := strings.TrimSpace(fileLineText(src, wa.Lineno, "")); line != "" {
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
}
