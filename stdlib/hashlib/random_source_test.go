package hashlib_test

import (
	"testing"

	"github.com/kaa-lang/kaa"
	"github.com/kaa-lang/kaa/py"
)

// fixedRandom is a System whose random source gives the same bytes
// every time, as an embedder might install for reproducible runs.
type fixedRandom struct{ py.OSSystem }

// ReadRandom fills b with 0x42.
func (fixedRandom) ReadRandom(b []byte) error {
	for i := range b {
		b[i] = 0x42
	}
	return nil
}

// TestEmbedderRandomSource checks that secrets, uuid and os.urandom draw
// their random bytes from the interpreter's System.
func TestEmbedderRandomSource(t *testing.T) {
	in := kaa.New(kaa.Options{System: fixedRandom{}})
	got, err := in.Eval(`(__import__("secrets").token_hex(4), str(__import__("uuid").uuid4()), __import__("uuid").getnode(), __import__("os").urandom(3))`)
	if err != nil {
		t.Fatal(err)
	}
	want := []any{"42424242", "42424242-4242-4242-8242-424242424242", int64(0x434242424242), "BBB"}
	items, ok := got.([]any)
	if !ok || len(items) != 4 {
		t.Fatalf("got %#v", got)
	}
	for i := range want {
		if b, ok := items[i].([]byte); ok {
			items[i] = string(b)
		}
		if items[i] != want[i] {
			t.Errorf("item %d: got %#v, want %#v", i, items[i], want[i])
		}
	}
}
