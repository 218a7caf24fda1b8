package pycompile

import (
	"github.com/kaa-lang/kaa/internal/pycache"
	"github.com/kaa-lang/kaa/py"
)

// Init creates the _pycompile module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_pycompile")
	m.Set("__doc__", py.NewStr("Compiling source files to .pyc files (the Go half of py_compile and compileall)."))
	m.AddFunc("compile_one", compileOne, "compile_one(file, cfile, dfile, optimize, mode) -> (cfile, None), or (None, exception) for a compile error")
	m.AddFunc("format_exception_only", formatExceptionOnly, "The text of traceback.format_exception_only(type(exc), exc).")
	m.AddFunc("default_invalidation_mode", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return py.NewInt(int64(defaultMode(t.Interp()))), nil
	}, "The value of py_compile's default PycInvalidationMode.")
	m.AddFunc("compile_dir", compileDir, "Byte-compile all modules in the given directory tree.")
	m.AddFunc("compile_file", compileFile, "Byte-compile one file.")
	m.AddFunc("compile_path", compilePath, "Byte-compile all modules on sys.path.")
	m.AddFunc("main", cliMain, "The command line of compileall: main(argv) -> success.")
	return m, nil
}

func compileOne(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var file, cfile, dfile py.Object
	optimize, mode := -1, modeTimestamp
	if err := py.UnpackArgs("compile_one", args, kw, "file", &file, "cfile", &cfile, "dfile", &dfile, "optimize", &optimize, "mode", &mode); err != nil {
		return nil, err
	}
	f, err := pathArg(t, file)
	if err != nil {
		return nil, err
	}
	c, err := pathArg(t, cfile)
	if err != nil {
		return nil, err
	}
	d := ""
	if dfile != py.None {
		if d, err = pathArg(t, dfile); err != nil {
			return nil, err
		}
	}
	if optimize < 0 {
		optimize = t.Interp().Optimize()
	}
	j := &job{file: f, cfile: c, dfile: d, optimize: optimize, mode: mode}
	j.run(t.Interp().System())
	j.showWarnings(t.Interp())
	if j.compErr != nil {
		return py.NewTuple(py.None, j.compileException(t.Interp())), nil
	}
	if j.ioErr != nil {
		return nil, j.ioException()
	}
	return py.NewTuple(py.NewStr(c), py.None), nil
}

func formatExceptionOnly(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("format_exception_only", args, kw, 1, 1); err != nil {
		return nil, err
	}
	exc, ok := args[0].(*py.Exception)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "format_exception_only() expects an exception")
	}
	return py.NewStr(errorMessage(t, exc)), nil
}

// pathArg is os.fspath for a str path.
func pathArg(t *py.Thread, o py.Object) (string, error) {
	if s, ok := py.AsStr(o); ok {
		return s.String(), nil
	}
	if o.Type().LookupString("__fspath__") != nil {
		r, err := py.CallMethod(t, o, "__fspath__")
		if err != nil {
			return "", err
		}
		if s, ok := py.AsStr(r); ok {
			return s.String(), nil
		}
	}
	return "", py.Errorf(py.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", py.TypeName(o))
}

// optPath reads an optional path argument (None: nil).
func optPath(t *py.Thread, o py.Object) (*string, error) {
	if o == py.None {
		return nil, nil
	}
	s, err := pathArg(t, o)
	if err != nil {
		return nil, err
	}
	return &s, nil
}

// commonArgs reads the keyword arguments compile_dir and compile_file
// share into o.
func commonArgs(t *py.Thread, o *options, ddir, rx, quiet, optimize, mode, stripdir, prependdir, limit py.Object) error {
	var err error
	if o.ddir, err = optPath(t, ddir); err != nil {
		return err
	}
	if o.stripdir, err = optPath(t, stripdir); err != nil {
		return err
	}
	if o.prependdir, err = optPath(t, prependdir); err != nil {
		return err
	}
	if o.limitSlDest, err = optPath(t, limit); err != nil {
		return err
	}
	if rx != py.None {
		o.rx = func(path string) (bool, error) {
			m, err := py.CallMethod(t, rx, "search", py.NewStr(path))
			if err != nil {
				return false, err
			}
			return py.Truth(t, m)
		}
	}
	q, err := py.AsIndex(t, quiet)
	if err != nil {
		if b, ok := quiet.(py.Bool); ok {
			q = 0
			if b {
				q = 1
			}
		} else {
			return err
		}
	}
	o.quiet = q
	if o.optimize, err = levelsArg(t, optimize); err != nil {
		return err
	}
	if mode != py.None {
		v, err := py.GetAttrString(t, mode, "value")
		if err != nil {
			return err
		}
		if o.mode, err = py.AsIndex(t, v); err != nil {
			return err
		}
	}
	return nil
}

// levelsArg reads optimize: an int or a list of ints.
func levelsArg(t *py.Thread, o py.Object) ([]int, error) {
	if n, err := py.AsIndex(t, o); err == nil {
		return []int{n}, nil
	}
	items, err := py.ListFromIterable(t, o)
	if err != nil {
		return nil, err
	}
	out := make([]int, len(items))
	for i, x := range items {
		if out[i], err = py.AsIndex(t, x); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func compileDir(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var dir, maxlevels, ddir, rx, optimize, mode, stripdir, prependdir, limit py.Object = nil, py.None, py.None, py.None, py.NewInt(-1), py.None, py.None, py.None, py.None
	var quiet py.Object = py.NewInt(0)
	o := &options{workers: 1}
	if err := py.UnpackArgs("compile_dir", args, kw, "dir", &dir, "maxlevels?", &maxlevels, "ddir?", &ddir,
		"force?", &o.force, "rx?", &rx, "quiet?", &quiet, "legacy?", &o.legacy, "optimize?", &optimize,
		"workers?", &o.workers, "invalidation_mode?", &mode, "*", "stripdir?", &stripdir, "prependdir?", &prependdir,
		"limit_sl_dest?", &limit, "hardlink_dupes?", &o.hardlinkDupes); err != nil {
		return nil, err
	}
	if err := commonArgs(t, o, ddir, rx, quiet, optimize, mode, stripdir, prependdir, limit); err != nil {
		return nil, err
	}
	if o.ddir != nil && (o.stripdir != nil || o.prependdir != nil) {
		return nil, py.Errorf(py.ValueErrorType, "Destination dir (ddir) cannot be used in combination with stripdir or prependdir")
	}
	if o.workers < 0 {
		return nil, py.Errorf(py.ValueErrorType, "workers must be greater or equal to 0")
	}
	o.maxLevels = t.Interp().RecursionLimit()
	if maxlevels != py.None {
		n, err := py.AsIndex(t, maxlevels)
		if err != nil {
			return nil, err
		}
		o.maxLevels = n
	}
	d, err := pathArg(t, dir)
	if err != nil {
		return nil, err
	}
	ok, err := newRunner(t, o).compileDir(d)
	return py.Bool(ok), err
}

func compileFile(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var file, ddir, rx, optimize, mode, stripdir, prependdir, limit py.Object = nil, py.None, py.None, py.NewInt(-1), py.None, py.None, py.None, py.None
	var quiet py.Object = py.NewInt(0)
	o := &options{workers: 1}
	if err := py.UnpackArgs("compile_file", args, kw, "fullname", &file, "ddir?", &ddir, "force?", &o.force,
		"rx?", &rx, "quiet?", &quiet, "legacy?", &o.legacy, "optimize?", &optimize, "invalidation_mode?", &mode,
		"*", "stripdir?", &stripdir, "prependdir?", &prependdir, "limit_sl_dest?", &limit,
		"hardlink_dupes?", &o.hardlinkDupes); err != nil {
		return nil, err
	}
	if err := commonArgs(t, o, ddir, rx, quiet, optimize, mode, stripdir, prependdir, limit); err != nil {
		return nil, err
	}
	f, err := pathArg(t, file)
	if err != nil {
		return nil, err
	}
	ok, err := newRunner(t, o).compileFiles([]string{f})
	return py.Bool(ok), err
}

func compilePath(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var skipCurdir, quiet, optimize, mode py.Object = py.NewInt(1), py.NewInt(0), py.NewInt(-1), py.None
	o := &options{workers: 1}
	if err := py.UnpackArgs("compile_path", args, kw, "skip_curdir?", &skipCurdir, "maxlevels?", &o.maxLevels,
		"force?", &o.force, "quiet?", &quiet, "legacy?", &o.legacy, "optimize?", &optimize,
		"invalidation_mode?", &mode); err != nil {
		return nil, err
	}
	if err := commonArgs(t, o, py.None, py.None, quiet, optimize, mode, py.None, py.None, py.None); err != nil {
		return nil, err
	}
	skip, err := py.Truth(t, skipCurdir)
	if err != nil {
		return nil, err
	}
	ok, err := runCompilePath(t, o, skip)
	return py.Bool(ok), err
}

// runCompilePath compiles the folders of sys.path.
func runCompilePath(t *py.Thread, o *options, skipCurdir bool) (bool, error) {
	sys := t.Interp().Modules().GetString("sys")
	path, err := py.GetAttrString(t, sys, "path")
	if err != nil {
		return false, err
	}
	dirs, err := py.ListFromIterable(t, path)
	if err != nil {
		return false, err
	}
	r := newRunner(t, o)
	ok := true
	for _, d := range dirs {
		s, isStr := py.AsStr(d)
		if !isStr {
			continue
		}
		dir := s.String()
		if (dir == "" || dir == ".") && skipCurdir {
			if o.quiet < 2 {
				if err := r.print("Skipping current directory"); err != nil {
					return false, err
				}
			}
			continue
		}
		if !ok {
			continue
		}
		good, err := r.compileDir(dir)
		if err != nil {
			return false, err
		}
		ok = good
	}
	return ok, nil
}

var _ pycache.FS = py.System(nil)
