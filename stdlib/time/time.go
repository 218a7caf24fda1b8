// Package time implements the time module. Every clock reading goes
// through the interpreter's System (py.System), so an embedder can fake
// or freeze the clock.
package time

import (
	"math"
	"math/big"
	gotime "time"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modutil"
)

// StructTimeType is time.struct_time.
var StructTimeType = py.NewStructSeqType("time.struct_time", []string{
	"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"})

// ClockInfoType is the type of get_clock_info's answer (a simple
// namespace in CPython).
var ClockInfoType = py.NewStructSeqType("namespace", []string{"implementation", "monotonic", "adjustable", "resolution"})

// state is the module's per-interpreter state.
type state struct {
	sys   py.System
	start gotime.Time // the monotonic clock's origin
}

// monotonic returns seconds since an arbitrary origin, never decreasing.
func (s *state) monotonic() gotime.Duration { return s.sys.Now().Sub(s.start) }

// monotonicBase shifts the monotonic clock away from zero, as a clock
// counting since boot would be.
const monotonicBase = 1000 * gotime.Second

// Init creates the time module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("time")
	m.Set("__doc__", py.NewStr("This module provides various functions to manipulate time values."))
	st := &state{sys: in.System()}
	st.start = st.sys.Now()
	m.Set("struct_time", StructTimeType)
	_, offset := st.sys.Now().Zone()
	m.Set("timezone", py.NewInt(int64(-offset)))
	m.Set("altzone", py.NewInt(int64(-offset)))
	m.Set("daylight", py.NewInt(0))
	zname, _ := gotime.Date(2000, 1, 1, 0, 0, 0, 0, gotime.Local).Zone()
	m.Set("tzname", py.NewTuple(py.NewStr(zname), py.NewStr(zname)))
	for name, v := range map[string]int64{"CLOCK_REALTIME": 0, "CLOCK_MONOTONIC": 1, "CLOCK_PROCESS_CPUTIME_ID": 2,
		"CLOCK_THREAD_CPUTIME_ID": 3, "CLOCK_MONOTONIC_RAW": 4, "CLOCK_BOOTTIME": 7, "CLOCK_TAI": 11} {
		m.Set(name, py.NewInt(v))
	}

	seconds := func(name string, f func() float64, doc string) {
		m.AddFunc(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if err := py.CheckArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return py.Float(f()), nil
		}, doc)
	}
	nanos := func(name string, f func() int64, doc string) {
		m.AddFunc(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if err := py.CheckArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return py.NewInt(f()), nil
		}, doc)
	}
	wall := func() int64 { return st.sys.Now().UnixNano() }
	mono := func() int64 { return int64(st.monotonic() + monotonicBase) }
	cpu := func() int64 { return int64(st.sys.CPUTime()) }
	seconds("time", func() float64 { return float64(wall()) / 1e9 }, "Return the current time in seconds since the Epoch.")
	nanos("time_ns", wall, "Return the current time in nanoseconds since the Epoch.")
	for _, name := range []string{"monotonic", "perf_counter"} {
		seconds(name, func() float64 { return float64(mono()) / 1e9 }, "Monotonic clock, cannot go backward.")
		nanos(name+"_ns", mono, "Monotonic clock, cannot go backward, as nanoseconds.")
	}
	for _, name := range []string{"process_time", "thread_time"} {
		seconds(name, func() float64 { return float64(cpu()) / 1e9 }, "Process time for profiling: sum of the kernel and user-space CPU time.")
		nanos(name+"_ns", cpu, "Process time for profiling as nanoseconds.")
	}
	m.AddFunc("sleep", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("sleep", args, kw, 1, 1); err != nil {
			return nil, err
		}
		secs, err := secondsArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if secs < 0 {
			return nil, py.Errorf(py.ValueErrorType, "sleep length must be non-negative")
		}
		gotime.Sleep(gotime.Duration(secs * 1e9))
		return py.None, nil
	}, "Delay execution for a given number of seconds.")
	m.AddFunc("gmtime", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		tm, err := st.timeArg(t, "gmtime", args, kw)
		if err != nil {
			return nil, err
		}
		return structTime(tm.UTC(), "GMT"), nil
	}, "Convert seconds since the Epoch to a time tuple expressing UTC.")
	m.AddFunc("localtime", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		tm, err := st.timeArg(t, "localtime", args, kw)
		if err != nil {
			return nil, err
		}
		local := tm.Local()
		zone, _ := local.Zone()
		return structTime(local, zone), nil
	}, "Convert seconds since the Epoch to a time tuple expressing local time.")
	m.AddFunc("mktime", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("mktime", args, kw, 1, 1); err != nil {
			return nil, err
		}
		f, err := fieldsOf(t, "mktime", args[0])
		if err != nil {
			return nil, err
		}
		tm := gotime.Date(f[0], gotime.Month(f[1]), f[2], f[3], f[4], f[5], 0, gotime.Local)
		return py.Float(float64(tm.Unix())), nil
	}, "Convert a time tuple in local time to seconds since the Epoch.")
	m.AddFunc("asctime", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		tm, err := st.tupleArg(t, "asctime", args, kw)
		if err != nil {
			return nil, err
		}
		return py.NewStr(asctime(tm)), nil
	}, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.")
	m.AddFunc("ctime", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		tm, err := st.timeArg(t, "ctime", args, kw)
		if err != nil {
			return nil, err
		}
		return py.NewStr(asctime(fromTime(tm.Local()))), nil
	}, "Convert a time in seconds since the Epoch to a string in local time.")
	m.AddFunc("strftime", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("strftime", args, kw, 1, 2); err != nil {
			return nil, err
		}
		format, ok := py.AsStr(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "strftime() argument 1 must be str, not %s", py.TypeName(args[0]))
		}
		tm, err := st.tupleArg(t, "strftime", args[1:], nil)
		if err != nil {
			return nil, err
		}
		return py.NewStr(strftime(format.String(), tm)), nil
	}, "Convert a time tuple to a string according to a format specification.")
	m.AddFunc("strptime", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var text, format string
		format = "%a %b %d %H:%M:%S %Y"
		if err := py.UnpackArgs("strptime", args, kw, "string", &text, "format?", &format, "/"); err != nil {
			return nil, err
		}
		tm, err := strptime(text, format)
		if err != nil {
			return nil, err
		}
		return tm.object(), nil
	}, "Parse a string to a time tuple according to a format specification.")
	m.AddFunc("get_clock_info", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var name string
		if err := py.UnpackArgs("get_clock_info", args, kw, "name", &name, "/"); err != nil {
			return nil, err
		}
		switch name {
		case "time":
			return py.NewStructSeq(ClockInfoType, py.NewStr("clock_gettime(CLOCK_REALTIME)"), py.False, py.True, py.Float(1e-9)), nil
		case "monotonic", "perf_counter":
			return py.NewStructSeq(ClockInfoType, py.NewStr("clock_gettime(CLOCK_MONOTONIC)"), py.True, py.False, py.Float(1e-9)), nil
		case "process_time", "thread_time":
			return py.NewStructSeq(ClockInfoType, py.NewStr("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"), py.True, py.False, py.Float(1e-9)), nil
		}
		return nil, py.Errorf(py.ValueErrorType, "unknown clock")
	}, "Get information of the specified clock.")
	return m, nil
}

// secondsArg converts a duration or timestamp argument: a float or an
// integer.
func secondsArg(t *py.Thread, o py.Object) (float64, error) {
	if f, ok := py.FloatValue(o); ok {
		if math.IsNaN(f) {
			return 0, py.Errorf(py.ValueErrorType, "Invalid value NaN (not a number)")
		}
		return f, nil
	}
	if o.Type().Slots.Index == nil {
		if f, ok, err := modutil.AsFloat(t, o); ok || err != nil {
			return f, err
		}
		return 0, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", py.TypeName(o))
	}
	n, _, err := modutil.AsInteger(t, o)
	if err != nil {
		return 0, err
	}
	f, _ := new(big.Float).SetInt(n).Float64()
	return f, nil
}

// timeArg reads the optional seconds argument of gmtime, localtime and
// ctime (the current time when absent or None).
func (s *state) timeArg(t *py.Thread, name string, args []py.Object, kw *py.Tuple) (gotime.Time, error) {
	if err := py.CheckArgs(name, args, kw, 0, 1); err != nil {
		return gotime.Time{}, err
	}
	if len(args) == 0 || args[0] == py.None {
		return s.sys.Now(), nil
	}
	secs, err := secondsArg(t, args[0])
	if err != nil {
		return gotime.Time{}, err
	}
	if math.IsInf(secs, 0) || math.Abs(secs) > 67768036191676799 {
		return gotime.Time{}, py.Errorf(py.OverflowErrorType, "timestamp out of range for platform time_t")
	}
	return gotime.Unix(int64(math.Floor(secs)), 0), nil
}

// tupleArg reads the optional time tuple of asctime and strftime (the
// current local time when absent).
func (s *state) tupleArg(t *py.Thread, name string, args []py.Object, kw *py.Tuple) (tmFields, error) {
	if err := py.CheckArgs(name, args, kw, 0, 1); err != nil {
		return tmFields{}, err
	}
	if len(args) == 0 {
		return fromTime(s.sys.Now().Local()), nil
	}
	f, err := fieldsOf(t, name, args[0])
	if err != nil {
		return tmFields{}, err
	}
	tm := tmFields{}
	copy(tm.f[:], f)
	if d := py.InstanceDict(args[0]); d != nil && args[0].Type() == StructTimeType {
		if z, ok := d.GetString("tm_zone").(*py.Str); ok {
			tm.zone = z.String()
		}
	}
	return tm, nil
}
