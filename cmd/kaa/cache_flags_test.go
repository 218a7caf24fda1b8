package main

import "testing"

// TestCacheFlags checks how the command line and the environment set the
// bytecode cache options, with CPython's precedence.
func TestCacheFlags(t *testing.T) {
	for _, c := range []struct {
		argv     []string
		env      map[string]string
		noWrite  bool
		prefix   string
		check    string
		optimize int
	}{
		{argv: []string{"x.py"}},
		{argv: []string{"-B", "x.py"}, noWrite: true},
		{argv: []string{"x.py"}, env: map[string]string{"PYTHONDONTWRITEBYTECODE": "1"}, noWrite: true},
		{argv: []string{"-E", "x.py"}, env: map[string]string{"PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": "/p"}},
		{argv: []string{"x.py"}, env: map[string]string{"PYTHONPYCACHEPREFIX": "/p"}, prefix: "/p"},
		{argv: []string{"-X", "pycache_prefix=/q", "x.py"}, env: map[string]string{"PYTHONPYCACHEPREFIX": "/p"}, prefix: "/q"},
		{argv: []string{"-Xpycache_prefix=/r", "-c", "pass"}, prefix: "/r"},
		{argv: []string{"--check-hash-based-pycs", "always", "x.py"}, check: "always"},
		{argv: []string{"--check-hash-based-pycs=never", "-m", "m"}, check: "never"},
		{argv: []string{"-OO", "x.py"}, optimize: 2},
		{argv: []string{"x.py"}, env: map[string]string{"PYTHONOPTIMIZE": "1"}, optimize: 1},
		{argv: []string{"-I", "x.py"}, env: map[string]string{"PYTHONOPTIMIZE": "2"}},
	} {
		for _, k := range []string{"PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONOPTIMIZE"} {
			t.Setenv(k, c.env[k])
		}
		o, err := parseOptions(c.argv)
		if err != nil {
			t.Fatalf("%v: %v", c.argv, err)
		}
		k := o.kaaOptions(nil, nil)
		if k.DontWriteBytecode != c.noWrite || k.PycachePrefix != c.prefix || k.CheckHashBasedPycs != c.check || k.Optimize != c.optimize {
			t.Errorf("%v %v: got %+v", c.argv, c.env, k)
		}
	}
}
