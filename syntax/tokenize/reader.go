package tokenize

// Lines tokenizes the lines that readline returns, one at a time, as
// the module's _tokenize generator does: readline returns "" at the
// end, and an error from it stops the scan and is returned as it is.
// encoding, when not "", is reported first as an ENCODING token
// (tokenize.tokenize(); generate_tokens() passes "").
func Lines(readline func() (string, error), encoding string, emit func(Token)) error {
	return scan(&lines{read: readline}, encoding, emit)
}
