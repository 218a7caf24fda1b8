package py

import (
	"os"
	"strconv"
	"strings"
)

// Go cannot recover from a failed allocation: the runtime aborts with
// "fatal error: out of memory". So before kaa makes a big allocation
// (a container growing, a big str or bytes), it asks whether the memory
// is there: the address-space and data limits of the process (ulimit -v,
// -d), the memory the system reports available (with swap) and a cgroup
// limit. Only allocations of guardMin bytes or more are checked, so the
// few system calls cost nothing measurable.

// guardMin is the smallest allocation, in bytes, that is checked.
const guardMin = 32 << 20

// memoryExhausted is the panic value of a container that cannot grow
// where no error can be returned; Thread.Protect turns it into
// MemoryError.
type memoryExhausted struct{}

// Error describes the condition.
func (memoryExhausted) Error() string { return "out of memory" }

// memoryFor reports whether an allocation of n bytes may be made. It
// asks for twice n: a growing container holds its old array while the
// new one is filled.
func memoryFor(n int) bool {
	if n < guardMin {
		return true
	}
	need := uint64(n) * 2
	if room, ok := addressRoom(); ok && need > room {
		return false
	}
	if room, ok := physicalRoom(); ok && need > room {
		return false
	}
	return true
}

// guardGrowth panics with memoryExhausted when n bytes are not there;
// it is for growth paths that return no error.
func guardGrowth(n int) {
	if n >= guardMin && !memoryFor(n) {
		panic(memoryExhausted{})
	}
}

// physicalRoom returns the memory the system can still give: available
// memory plus free swap (/proc/meminfo), capped by a cgroup v2 limit.
func physicalRoom() (uint64, bool) {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	var avail, swap uint64
	found := false
	for _, line := range strings.Split(string(data), "\n") {
		name, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) == 0 {
			continue
		}
		v, err := strconv.ParseUint(f[0], 10, 64)
		if err != nil {
			continue
		}
		switch name {
		case "MemAvailable":
			avail, found = v*1024, true
		case "SwapFree":
			swap = v * 1024
		}
	}
	if !found {
		return 0, false
	}
	room := avail + swap
	if max, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if limit, err := strconv.ParseUint(strings.TrimSpace(string(max)), 10, 64); err == nil {
			if cur, err := os.ReadFile("/sys/fs/cgroup/memory.current"); err == nil {
				if used, err := strconv.ParseUint(strings.TrimSpace(string(cur)), 10, 64); err == nil {
					if used >= limit {
						return 0, true
					}
					if limit-used < room {
						room = limit - used
					}
				}
			}
		}
	}
	return room, true
}
