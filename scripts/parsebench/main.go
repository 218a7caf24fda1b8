// Command parsebench parses Python files with kaa's parser from memory and
// reports the time it took; scripts/parse_speed.py runs it next to
// CPython's ast.parse. It is a measuring tool, not part of kaa.
//
//	parsebench [-n N] [-gc PCT] [-stream] FILE...    (or file names on stdin)
//
// All files are read first; then each is parsed in turn, N times over.
// With -stream each file is read just before it is parsed, once.
// The output is one line: files, bytes, errors, wall and CPU seconds of
// the parsing alone. Run it under /usr/bin/time -v to see its peak
// memory, with every file or with the largest one alone.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/kaa-lang/kaa/syntax"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func main() {
	n := flag.Int("n", 1, "times to parse every file")
	gc := flag.Int("gc", -2, "GOGC percentage to use (default: the runtime's)")
	stream := flag.Bool("stream", false, "read each file just before parsing it, instead of all first")
	flag.Parse()
	if *gc != -2 {
		debug.SetGCPercent(*gc)
	}
	names := flag.Args()
	if len(names) == 0 {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			if sc.Text() != "" {
				names = append(names, sc.Text())
			}
		}
	}
	if *stream {
		errs, total := 0, 0
		c0, t0 := cpuTime(), time.Now()
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			total += len(b)
			if _, err := syntax.Parse(b, name, syntax.ModeExec, syntax.TypeComments); err != nil {
				errs++
			}
		}
		wall, cpu := time.Since(t0), cpuTime()-c0
		fmt.Printf("files=%d bytes=%d errors=%d wall=%.3f cpu=%.3f\n", len(names), total, errs, wall.Seconds(), cpu.Seconds())
		return
	}
	srcs := make([][]byte, len(names))
	total := 0
	for i, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		srcs[i] = b
		total += len(b)
	}
	errs := 0
	c0, t0 := cpuTime(), time.Now()
	for k := 0; k < *n; k++ {
		for i, src := range srcs {
			if _, err := syntax.Parse(src, names[i], syntax.ModeExec, syntax.TypeComments); err != nil {
				errs++
			}
		}
	}
	wall, cpu := time.Since(t0), cpuTime()-c0
	fmt.Printf("files=%d bytes=%d errors=%d wall=%.3f cpu=%.3f\n", len(srcs)**n, total**n, errs, wall.Seconds(), cpu.Seconds())
}
