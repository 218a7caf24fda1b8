// Command parsecheck parses many sources with kaa's parser and prints,
// for each, the dump of its tree or its error, for scripts/syntax_diff.py
// to compare with CPython's ast.parse. It is a testing tool, not part of
// kaa.
//
//	parsecheck [exec|eval|single|func_type]
//
// Input on stdin: sources separated by a line holding only "\x00\x00".
// Output: for each source, one line of JSON: {"ok": dump} or
// {"err": [type, msg, lineno, offset, end_lineno, end_offset, text]}.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"

	"github.com/kaa-lang/kaa/syntax"
)

func main() {
	modes := map[string]syntax.Mode{"exec": syntax.ModeExec, "eval": syntax.ModeEval, "single": syntax.ModeSingle, "func_type": syntax.ModeFuncType}
	mode := syntax.ModeExec
	if len(os.Args) > 1 {
		mode = modes[os.Args[1]]
	}
	data, _ := io.ReadAll(os.Stdin)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for _, src := range bytes.Split(data, []byte("\n\x00\x00\n")) {
		mod, err := syntax.Parse(src, "<s>", mode, syntax.TypeComments)
		if err != nil {
			e := err.(*syntax.Error)
			enc.Encode(map[string]any{"err": []any{e.Type, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset, e.Text}})
			continue
		}
		enc.Encode(map[string]any{"ok": syntax.Dump(mod, syntax.DumpOptions{NoIndent: true, IncludeAttributes: true})})
	}
}
