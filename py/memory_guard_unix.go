//go:build unix

package py

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// addressRoom returns how much more address space the process may map
// under its RLIMIT_AS and RLIMIT_DATA limits; ok is false when neither
// is set (or they cannot be read).
func addressRoom() (uint64, bool) {
	limit := uint64(0)
	for _, res := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var rl syscall.Rlimit
		if syscall.Getrlimit(res, &rl) != nil || rl.Cur == ^uint64(0) {
			continue
		}
		if limit == 0 || rl.Cur < limit {
			limit = rl.Cur
		}
	}
	if limit == 0 {
		return 0, false
	}
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return 0, false
	}
	pages, err := strconv.ParseUint(f[0], 10, 64)
	if err != nil {
		return 0, false
	}
	used := pages * uint64(os.Getpagesize())
	if used >= limit {
		return 0, true
	}
	return limit - used, true
}
