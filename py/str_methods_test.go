package py

import "testing"

// strSamples are receivers for the str method tests: ASCII, Latin-1,
// Greek (final sigma), special casings, line breaks, astral characters
// and lone surrogates.
var strSamples = []string{
	"", "abc", "Hello, World", "  spaced \t out \n", "hello world foo", "a,b,,c,", "ABC def GHi",
	"ΣΑΣ ΣΑΣ. ΌΣΟΣ", "σς Σ", "straße", "ǅungla ǆ Ǆ", "İstanbul ı", "ﬁne ŉ", "ἀΐ ᾳ ᾼ",
	"a\u2028b\r\nc\rd\ne\x1cf\x1dg\x1eh\u0085i\u2029j\vk\fl", "x\n", "\n\n", "\r\n\r\n",
	"\U0001F600 emoji \U0001F600", "\xed\xa0\x80lone\xed\xbf\xbf", "١٢٣", "²³½", "Ⅻ", "\u00a0\u3000\u2003x",
	"MiXeD CaSe 123", "hello_world", "_x1", "1abc", "class", "Ab\u0301c", "A'b c'D", "they're bill's",
	"\x00\x7f\u0080\u00ff", "tab\there\tand\tthere", "ΑΣ\u0301 b", "ﬃ ﬄ ﬅ",
}

func strSampleObjs() []Object {
	out := make([]Object, len(strSamples))
	for i, s := range strSamples {
		out[i] = NewStr(s)
	}
	return out
}

// TestStrCaseAndClassify compares the argument-less methods.
func TestStrCaseAndClassify(t *testing.T) {
	var cases []callCase
	for _, s := range strSampleObjs() {
		for _, m := range []string{"lower", "upper", "casefold", "swapcase", "title", "capitalize",
			"isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
			"isascii", "isidentifier", "islower", "isupper", "istitle", "strip", "lstrip", "rstrip",
			"split", "rsplit", "splitlines", "expandtabs"} {
			cases = append(cases, pyCall(s, m))
		}
	}
	cases = append(cases,
		pyCall(pyS("a"), "upper", pyI(1)),
		callCase{self: pyS("a"), name: "upper", args: []Object{pyI(1)}, kw: []string{"x"}},
	)
	compareCalls(t, cases)
}

// TestStrSearch compares find, count, startswith, replace and their
// relatives.
func TestStrSearch(t *testing.T) {
	var cases []callCase
	subs := []Object{pyS(""), pyS("a"), pyS("l"), pyS("o"), pyS("Σ"), pyS("ß"), pyS("\U0001F600"), pyS("lo"), pyS("xyz"), pyS("\n")}
	bounds := [][]Object{nil, {pyI(1)}, {pyI(-3)}, {pyI(2), pyI(-1)}, {None, pyI(4)}, {pyI(100)}, {pyI(0), pyI(0)}, {pyI(-100), pyI(100)}}
	for _, s := range strSampleObjs()[:24] {
		for _, sub := range subs {
			for _, b := range bounds {
				args := append([]Object{sub}, b...)
				for _, m := range []string{"find", "rfind", "index", "rindex", "count", "startswith", "endswith"} {
					cases = append(cases, pyCall(s, m, args...))
				}
			}
			cases = append(cases, pyCall(s, "replace", sub, pyS("<>")), pyCall(s, "replace", sub, pyS("Ω"), pyI(2)),
				pyCall(s, "partition", sub), pyCall(s, "rpartition", sub),
				pyCall(s, "split", sub), pyCall(s, "rsplit", sub), pyCall(s, "split", sub, pyI(1)), pyCall(s, "rsplit", sub, pyI(1)),
				pyCall(s, "strip", sub), pyCall(s, "lstrip", sub), pyCall(s, "rstrip", sub),
				pyCall(s, "removeprefix", sub), pyCall(s, "removesuffix", sub))
		}
		cases = append(cases, pyCall(s, "startswith", pyT(pyS("x"), pyS("H"), pyS("a"))), pyCall(s, "endswith", pyT(pyS("x"), pyS("c"))),
			pyCall(s, "startswith", pyT()), pyCall(s, "split", None, pyI(0)), pyCall(s, "split", None, pyI(1)),
			pyCall(s, "rsplit", None, pyI(1)), pyCall(s, "rsplit", None, pyI(2)), pyCall(s, "splitlines", True))
	}
	hello := pyS("hello")
	cases = append(cases,
		pyCall(hello, "find"), pyCall(hello, "find", pyI(1)), pyCall(hello, "find", pyS("l"), pyS("x")),
		pyCall(hello, "find", pyS("l"), Float(1.5)), pyCall(hello, "count", pyS("l"), pyI(1), pyI(2), pyI(3)),
		pyCall(hello, "startswith", pyI(1)), pyCall(hello, "startswith", pyT(pyI(1))),
		pyCall(hello, "replace", pyI(1), pyI(2)), pyCall(hello, "replace", pyS("l"), pyI(2)),
		pyCall(hello, "replace", pyS("l"), pyS("L"), pyS("x")), pyCall(hello, "replace", pyS("l"), pyS("L"), pyI(-5)),
		pyCall(hello, "replace", pyS(""), pyS("-")), pyCall(hello, "replace", pyS(""), pyS("-"), pyI(3)),
		pyCall(pyS(""), "replace", pyS(""), pyS("x")), pyCall(pyS("aaa"), "replace", pyS("a"), pyS("aa")),
		pyCall(pyS("aaaa"), "count", pyS("aa")), pyCall(hello, "split", pyS("")), pyCall(hello, "split", pyI(1)),
		callCase{self: hello, name: "split", args: []Object{pyS("l"), pyI(1)}, kw: []string{"sep", "maxsplit"}},
		callCase{self: hello, name: "split", args: []Object{pyI(1)}, kw: []string{"x"}},
		callCase{self: hello, name: "split", args: []Object{pyS("l"), pyS("l")}, kw: []string{"sep"}},
		pyCall(hello, "split", pyS("l"), Float(1.5)), pyCall(hello, "partition", pyS("")), pyCall(hello, "partition", pyI(1)),
		pyCall(hello, "rpartition", pyS("l")), pyCall(hello, "index", pyS("z")), pyCall(hello, "rindex", pyS("z")),
		pyCall(hello, "join"), pyCall(pyS(", "), "join", NewList([]Object{pyS("a"), pyS("b"), pyS("ç")})),
		pyCall(pyS(""), "join", pyT(pyS("x"), pyS("y"))), pyCall(pyS("-"), "join", pyS("abc")),
		pyCall(pyS("-"), "join", NewList([]Object{pyS("a"), pyI(1)})), pyCall(pyS("-"), "join", pyI(5)),
		pyCall(pyS("-"), "join", NewList(nil)), pyCall(pyS("-"), "join", NewList([]Object{pyS("only")})),
		pyCall(hello, "removeprefix", pyI(1)), pyCall(hello, "removesuffix", pyS("llo")),
		pyCall(hello, "strip", pyI(1)), pyCall(hello, "strip", pyS("h"), pyS("o")), pyCall(hello, "strip", None),
		pyCall(pyS("xxhixx"), "strip", pyS("x")), pyCall(pyS("ééhiéé"), "strip", pyS("é")), pyCall(pyS("ééhiéé"), "rstrip", pyS("éx")),
	)
	compareCalls(t, cases)
}

// TestStrPadding compares center, ljust, rjust, zfill, expandtabs,
// translate and maketrans.
func TestStrPadding(t *testing.T) {
	var cases []callCase
	for _, s := range []Object{pyS(""), pyS("a"), pyS("ab"), pyS("abc"), pyS("-12"), pyS("+3.5"), pyS("ñé"), pyS("-")} {
		for _, w := range []int64{-1, 0, 1, 2, 5, 6, 7} {
			cases = append(cases, pyCall(s, "center", pyI(w)), pyCall(s, "ljust", pyI(w), pyS("*")),
				pyCall(s, "rjust", pyI(w), pyS("ü")), pyCall(s, "center", pyI(w), pyS("-")), pyCall(s, "zfill", pyI(w)))
		}
	}
	a := pyS("a")
	cases = append(cases,
		pyCall(a, "center"), pyCall(a, "center", pyI(1), pyI(2), pyI(3)), pyCall(a, "center", pyS("x")),
		pyCall(a, "center", pyI(3), pyS("xy")), pyCall(a, "center", pyI(3), pyI(1)), pyCall(a, "ljust", pyI(3), pyS("")),
		pyCall(a, "zfill"), pyCall(a, "zfill", pyS("a")), pyCall(a, "ljust", NewIntFromBig(bigPow2(70))),
		pyCall(pyS("a\tb\tc\nab\tc\r\tx"), "expandtabs"), pyCall(pyS("a\tb\tc\nab\tc"), "expandtabs", pyI(4)),
		pyCall(pyS("a\tbé\tc"), "expandtabs", pyI(0)), pyCall(pyS("a\tb"), "expandtabs", pyI(-1)),
		callCase{self: pyS("a\tb"), name: "expandtabs", args: []Object{pyI(3)}, kw: []string{"tabsize"}},
		pyCall(pyS("a\tb"), "expandtabs", pyS("x")), pyCall(pyS("a\tb"), "expandtabs", NewIntFromBig(bigPow2(40))),
		pyCall(pyS("hello"), "translate", pyDict(pyI('l'), pyS("LL"), pyI('o'), None, pyI('h'), pyI('J'))),
		pyCall(pyS("hello"), "translate", pyDict(pyI('l'), Float(1))), pyCall(pyS("hello"), "translate", pyDict(pyI('l'), pyI(-1))),
		pyCall(pyS("hello"), "translate", pyI(1)), pyCall(pyS("hello"), "translate", NewList([]Object{pyI(1)})),
		pyCall(pyS("héllo"), "translate", pyDict(pyI('é'), pyS("e"))),
		pyCall(StrType, "maketrans", pyS("abc"), pyS("xyz")), pyCall(StrType, "maketrans", pyS("abc"), pyS("xyz"), pyS("q")),
		pyCall(StrType, "maketrans", pyDict(pyS("a"), pyI(1), pyI(98), pyS("x"))), pyCall(StrType, "maketrans", pyDict(pyS("ab"), pyI(1))),
		pyCall(StrType, "maketrans", pyDict(Float(1.5), pyI(1))), pyCall(StrType, "maketrans", pyI(1)),
		pyCall(StrType, "maketrans", pyS("ab"), pyS("c")), pyCall(StrType, "maketrans", pyI(1), pyS("c")),
		pyCall(StrType, "maketrans", pyS("a"), pyI(1)), pyCall(StrType, "maketrans"),
	)
	compareCalls(t, cases)
}

// pyDict builds a dict from alternating keys and values.
func pyDict(kv ...Object) Object {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if err := d.SetItem(nil, kv[i], kv[i+1]); err != nil {
			panic(err)
		}
	}
	return d
}
