package py

import (
	"fmt"
	"runtime"
	"strings"
)

// panicError turns a recovered Go panic (an interpreter bug) into the
// SystemError a program sees: the panic value and the Go function and
// line that panicked, without Go's stack trace.
func panicError(p any) error {
	where := ""
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.Function != "" && !strings.HasPrefix(f.Function, "runtime.") && !strings.HasSuffix(f.Function, "panicError") {
			where = fmt.Sprintf(" (in %s at %s:%d)", f.Function, shortFile(f.File), f.Line)
			break
		}
		if !more {
			break
		}
	}
	return Errorf(SystemErrorType, "kaa internal error: %v%s", p, where)
}

// shortFile keeps the last two elements of a source path.
func shortFile(path string) string {
	i := strings.LastIndexByte(path, '/')
	if i <= 0 {
		return path
	}
	if j := strings.LastIndexByte(path[:i], '/'); j >= 0 {
		return path[j+1:]
	}
	return path
}
