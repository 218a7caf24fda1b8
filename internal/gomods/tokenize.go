package gomods

import "fmt"

// Tokenize is `kaa -m tokenize [-e] [FILE]`.
func Tokenize(args []string, stdio Stdio) int {
	fmt.Fprintln(stdio.Stderr, "kaa: -m tokenize is not implemented yet")
	return 1
}
