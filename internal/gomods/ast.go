package gomods

import "fmt"

// AST is `kaa -m ast [-a] [-m MODE] [-i N] [--no-type-comments] [FILE]`.
func AST(args []string, stdio Stdio) int {
	fmt.Fprintln(stdio.Stderr, "kaa: -m ast is not implemented yet")
	return 1
}
