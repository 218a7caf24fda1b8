package py

import "testing"

// TestPooledFrameLocalsStartUnbound checks that a frame reused from the
// pool does not see the previous call's value stack as bound locals: a
// keyword call to a function with many defaults used to pick up a
// stale stack value instead of a default.
func TestPooledFrameLocalsStartUnbound(t *testing.T) {
	src := `
def check(*args, fn):
    return fn

def join(a, *p):
    parts = [x for x in p]
    check(a, *parts, fn='join')
    result = a
    for b in parts:
        result += '/' + b
    return result

def f(p=None, u=None, d=None, e=None, g=None, h=None, q='-', ff=None):
    return q

join('/tmp', 'args.txt')
print(f(p='x', ff='@'))
`
	out, errs, status := runSource(t, src)
	if out != "-\n" || status != 0 {
		t.Fatalf("got %q (stderr %q, status %d), want %q", out, errs, status, "-\n")
	}
}
