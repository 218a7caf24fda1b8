package syntax

import (
	"fmt"
	"os"
	"testing"
)

// TestDumpTokens is a development aid: with KAA_TOKDUMP=FILE it prints
// the parser-facing tokens of FILE (KAA_TC=1 adds type comments).
func TestDumpTokens(t *testing.T) {
	f := os.Getenv("KAA_TOKDUMP")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	text, _, derr := DecodeSource(src, f)
	if derr != nil {
		fmt.Println("decode error", derr)
		return
	}
	tk := NewTokenizer(text, TokenizerOptions{Filename: f, TypeComments: os.Getenv("KAA_TC") != ""})
	toks, err := tk.Tokens()
	for _, x := range toks {
		fmt.Printf("%d,%d-%d,%d:\t%s\t%q\n", x.Start.Line, x.Start.Col, x.End.Line, x.End.Col, x.Kind, x.Text)
	}
	if err != nil {
		fmt.Printf("ERR %s %q %d %d %d %d %q raised=%v\n", err.Type, err.Msg, err.Lineno, err.Offset, err.EndLineno, err.EndOffset, err.Text, tk.ErrorRaised())
	}
}
