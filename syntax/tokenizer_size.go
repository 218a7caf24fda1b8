package syntax

// Sizing the token slice. The parser keeps every token for the whole
// parse, so the slice is one of the largest allocations of a parse.
// Growing it by doubling would leave up to half of it unused, and the
// old and the new array are both alive while it grows. Ordinary code
// has a token for every 4 to 8 bytes, but long strings and comments have
// none, so the length of the source alone says little. The tokenizer
// therefore starts with room for one token in 32 bytes (enough for files
// that are mostly text) and, when that fills up, extrapolates the number
// of tokens seen so far over the rest of the source, with a margin: one
// more allocation is then usually enough, and the slice ends up close
// to the size it needs.

// tokenSlack is the room always added: for the tokens the parser adds
// at the end, and so that small sources never grow.
const tokenSlack = 32

// initialTokens is the capacity the token slice starts with for a
// source of n bytes.
func initialTokens(n int) int {
	return n/32 + tokenSlack
}

// growTokens makes room for more tokens in the full slice toks, read
// from the first pos bytes of a source of n bytes: it extrapolates the
// tokens read so far over the rest of the source, with a margin.
func growTokens(toks []ptok, pos, n int) []ptok {
	have := len(toks)
	want := have + have/4
	if pos > 0 && pos < n {
		guess := int64(have) * int64(n) / int64(pos)
		if g := int(guess + guess/16); g > want {
			want = g
		}
	}
	out := make([]ptok, have, want+tokenSlack)
	copy(out, toks)
	return out
}
