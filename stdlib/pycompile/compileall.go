package pycompile

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kaa-lang/kaa/internal/pycache"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/syntax"
)

// options are compileall's settings (the keyword arguments of
// compile_dir and compile_file, and the command line).
type options struct {
	maxLevels     int
	ddir          *string
	force         bool
	rx            func(path string) (bool, error)
	quiet         int
	legacy        bool
	optimize      []int // -1: the interpreter's level
	mode          int   // 0: py_compile's default
	stripdir      *string
	prependdir    *string
	limitSlDest   *string
	hardlinkDupes bool
	workers       int
}

// runner compiles files for one call of compile_dir, compile_file or
// compile_path, printing as CPython's compileall prints.
type runner struct {
	t   *py.Thread
	in  *py.Interpreter
	fs  pycache.FS
	opt *options
}

func newRunner(t *py.Thread, opt *options) *runner {
	return &runner{t: t, in: t.Interp(), fs: t.Interp().System(), opt: opt}
}

// print writes a line to sys.stdout.
func (r *runner) print(s string) error {
	out := r.in.Modules().GetString("sys")
	stdout, err := py.GetAttrString(r.t, out, "stdout")
	if err != nil {
		return err
	}
	_, err = py.CallMethod(r.t, stdout, "write", py.NewStr(s+"\n"))
	return err
}

// defaultMode is py_compile's default invalidation mode: checked-hash
// when SOURCE_DATE_EPOCH is set (reproducible builds), else timestamp.
func defaultMode(in *py.Interpreter) int {
	if v, ok := in.System().LookupEnv("SOURCE_DATE_EPOCH"); ok && v != "" {
		return modeCheckedHash
	}
	return modeTimestamp
}

// walk visits the files of dir as compileall's _walk_dir yields them:
// sorted, __pycache__ skipped, subfolders (not symlinks) down to
// maxLevels, each folder listed ("Listing ...") when the walk reaches
// it.
func (r *runner) walk(dir string, maxLevels int, visit func(string) error) error {
	if r.opt.quiet == 0 {
		if err := r.print("Listing " + syntax.ReprStr(dir) + "..."); err != nil {
			return err
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		if r.opt.quiet < 2 {
			return r.print("Can't list " + syntax.ReprStr(dir))
		}
		return nil
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, name := range names {
		if name == "__pycache__" {
			continue
		}
		full := joinPath(dir, name)
		st, err := os.Stat(full)
		if err != nil || !st.IsDir() {
			if err := visit(full); err != nil {
				return err
			}
			continue
		}
		if maxLevels > 0 && name != "." && name != ".." {
			if lst, err := os.Lstat(full); err == nil && lst.Mode()&os.ModeSymlink == 0 {
				if err := r.walk(full, maxLevels-1, visit); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// joinAll is os.path.join(*parts).
func joinAll(parts []string) string {
	out := ""
	for _, p := range parts {
		switch {
		case strings.HasPrefix(p, "/"):
			out = p
		case out == "" || strings.HasSuffix(out, "/"):
			out += p
		default:
			out += "/" + p
		}
	}
	return out
}

// joinPath is os.path.join for two parts.
func joinPath(dir, name string) string {
	if dir == "" || strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}

// compileDir is compileall.compile_dir.
func (r *runner) compileDir(dir string) (bool, error) {
	o := r.opt
	if o.ddir != nil {
		o.stripdir, o.prependdir, o.ddir = &dir, o.ddir, nil
	}
	if r.workers() > 1 {
		var files []string
		err := r.walk(dir, o.maxLevels, func(f string) error {
			files = append(files, f)
			return nil
		})
		if err != nil {
			return false, err
		}
		return r.compileFiles(files)
	}
	ok := true
	err := r.walk(dir, o.maxLevels, func(f string) error {
		good, err := r.compileOneFile(f)
		ok = ok && good
		return err
	})
	return ok, err
}

// workers is the number of goroutines compiling at once.
func (r *runner) workers() int {
	if r.opt.workers == 0 {
		return runtime.NumCPU()
	}
	return r.opt.workers
}

// compileOneFile is compile_file: plan, compile, report.
func (r *runner) compileOneFile(f string) (bool, error) {
	plan, err := r.plan(f)
	if err != nil {
		return false, err
	}
	if plan != nil {
		for _, j := range plan.jobs {
			j.run(r.fs)
		}
	}
	return r.report(plan)
}

// compileFiles compiles files in order, or in parallel with workers > 1
// (messages still come in order).
func (r *runner) compileFiles(files []string) (bool, error) {
	workers := r.workers()
	ok := true
	if workers <= 1 || len(files) < 2 {
		for _, f := range files {
			good, err := r.compileOneFile(f)
			if err != nil {
				return false, err
			}
			ok = ok && good
		}
		return ok, nil
	}
	plans := make([]*filePlan, len(files))
	var jobs []*job
	for i, f := range files {
		p, err := r.plan(f)
		if err != nil {
			return false, err
		}
		plans[i] = p
		if p != nil {
			jobs = append(jobs, p.jobs...)
		}
	}
	queue := make(chan *job)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range queue {
				j.run(r.fs)
			}
		}()
	}
	for _, j := range jobs {
		queue <- j
	}
	close(queue)
	wg.Wait()
	for _, p := range plans {
		good, err := r.report(p)
		if err != nil {
			return false, err
		}
		ok = ok && good
	}
	return ok, nil
}

// filePlan is what compile_file decided for one file: the pycs to write
// (one per optimization level), or nothing when the file is skipped or
// up to date.
type filePlan struct {
	file    string
	jobs    []*job
	noisy   bool // print "Compiling ..."
	levels  []int
	skipped bool
}

// plan is the first half of compile_file: where the pycs go, and
// whether the file needs compiling at all.
func (r *runner) plan(fullname string) (*filePlan, error) {
	o := r.opt
	if o.ddir != nil && (o.stripdir != nil || o.prependdir != nil) {
		return nil, py.Errorf(py.ValueErrorType, "Destination dir (ddir) cannot be used in combination with stripdir or prependdir")
	}
	name := filepath.Base(fullname)
	dfile := ""
	if o.ddir != nil {
		dfile = joinPath(*o.ddir, name)
	}
	if o.stripdir != nil {
		parts := strings.Split(fullname, "/")
		strip := strings.Split(*o.stripdir, "/")
		kept := append([]string(nil), parts...)
		for i := 0; i < len(strip) && i < len(parts); i++ {
			if strip[i] == parts[i] {
				for k, p := range kept {
					if p == strip[i] {
						kept = append(kept[:k], kept[k+1:]...)
						break
					}
				}
			}
		}
		dfile = joinAll(kept)
	}
	if o.prependdir != nil {
		if dfile == "" {
			dfile = joinPath(*o.prependdir, fullname)
		} else {
			dfile = joinPath(*o.prependdir, dfile)
		}
	}
	levels := uniqueSorted(o.optimize)
	if o.hardlinkDupes && len(levels) < 2 {
		return nil, py.Errorf(py.ValueErrorType, "Hardlinking of duplicated bytecode makes sense only for more than one optimization level")
	}
	if o.rx != nil {
		match, err := o.rx(fullname)
		if err != nil {
			return nil, err
		}
		if match {
			return nil, nil
		}
	}
	if o.limitSlDest != nil {
		if lst, err := os.Lstat(fullname); err == nil && lst.Mode()&os.ModeSymlink != 0 {
			dest, _ := filepath.EvalSymlinks(*o.limitSlDest)
			dest, _ = filepath.Abs(dest)
			target, _ := filepath.EvalSymlinks(fullname)
			target, _ = filepath.Abs(target)
			if !strings.HasPrefix(target, strings.TrimSuffix(dest, "/")+"/") {
				return nil, nil
			}
		}
	}
	st, err := os.Stat(fullname)
	if err != nil || !st.Mode().IsRegular() {
		return nil, nil
	}
	if !strings.HasSuffix(name, ".py") || len(name) < 3 {
		return nil, nil
	}
	mode := o.mode
	if mode == 0 {
		mode = defaultMode(r.in)
	}
	p := &filePlan{file: fullname, levels: levels}
	fresh := !o.force
	for _, lvl := range levels {
		cfile, err := r.cacheFile(fullname, lvl)
		if err != nil {
			return nil, err
		}
		optimize := lvl
		if lvl < 0 {
			optimize = r.in.Optimize()
		}
		if fresh && !pycache.UpToDate(r.fs, cfile, st) {
			fresh = false
		}
		p.jobs = append(p.jobs, &job{file: fullname, cfile: cfile, dfile: dfile, optimize: optimize, mode: mode})
	}
	if fresh {
		return nil, nil
	}
	p.noisy = o.quiet == 0
	if p.noisy {
		if err := r.print("Compiling " + syntax.ReprStr(fullname) + "..."); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// cacheFile returns the pyc path of a source at an optimization level.
func (r *runner) cacheFile(fullname string, level int) (string, error) {
	if r.opt.legacy {
		return fullname + "c", nil
	}
	opt := ""
	switch {
	case level >= 1:
		opt = strconv.Itoa(level)
	case level < 0 && r.in.Optimize() > 0:
		opt = strconv.Itoa(r.in.Optimize())
	}
	prefix := ""
	if s, ok := r.in.Modules().GetString("sys").(*py.Module).Get("pycache_prefix").(*py.Str); ok {
		prefix = s.String()
	}
	path := fullname
	if prefix != "" && !filepath.IsAbs(path) {
		if wd, err := r.in.System().Getwd(); err == nil {
			path = filepath.Join(wd, path)
		}
	}
	c, err := pycache.CacheFromSource(path, opt, prefix)
	if err != nil {
		return "", py.Errorf(py.ValueErrorType, "%s", err.Error())
	}
	return c, nil
}

func uniqueSorted(levels []int) []int {
	seen := map[int]bool{}
	var out []int
	for _, l := range levels {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	sort.Ints(out)
	return out
}

// report is the second half of compile_file: it prints the warnings and
// errors of a file's jobs as compileall does and says whether they all
// succeeded.
func (r *runner) report(p *filePlan) (bool, error) {
	if p == nil {
		return true, nil
	}
	o := r.opt
	for i, j := range p.jobs {
		j.showWarnings(r.in)
		var line string
		switch {
		case j.compErr != nil:
			line = errorMessage(r.t, j.compileException(r.in))
		case j.ioErr != nil:
			exc := py.AsException(j.ioException())
			s, _ := py.StrOf(r.t, exc)
			line = exc.Type().ShortName() + ": " + s.String()
		default:
			if i > 0 && o.hardlinkDupes {
				prev := p.jobs[i-1].cfile
				if sameFile(prev, j.cfile) {
					os.Remove(j.cfile)
					os.Link(prev, j.cfile)
				}
			}
			continue
		}
		if o.quiet >= 2 {
			return false, nil
		}
		if o.quiet > 0 {
			if err := r.print("*** Error compiling " + syntax.ReprStr(p.file) + "..."); err != nil {
				return false, err
			}
			if err := r.print(line); err != nil {
				return false, err
			}
		} else if err := r.print("*** " + line); err != nil {
			return false, err
		}
		return false, nil
	}
	return true, nil
}

// sameFile reports whether two files have the same bytes.
func sameFile(a, b string) bool {
	x, err1 := os.ReadFile(a)
	y, err2 := os.ReadFile(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}
