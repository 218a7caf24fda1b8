package io

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"_io": Init}

func TestStreams(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`import io
s = io.StringIO("ab\ncd\r\nef", newline=None)
print(repr(s.getvalue()), s.readline(), s.tell(), s.read(), s.newlines)
s.seek(0); s.write("X"); print(repr(s.getvalue()))
b = io.BytesIO(b"12345")
b.seek(2); b.write(b"ab"); print(b.getvalue(), b.read(), b.seek(-1, 2), b.read())`,
		`import io
class W(io.RawIOBase):
    def readinto(self, buf):
        return 0
print(W().read(3), isinstance(W(), io.IOBase), isinstance(io.StringIO(), io.TextIOBase))`,
	})
}
