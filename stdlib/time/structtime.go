package time

import (
	"fmt"
	gotime "time"

	"github.com/kaa-lang/kaa/py"
)

// tmFields are the nine fields of a time tuple (year, month, day, hour,
// minute, second, weekday with Monday 0, day of the year, DST flag)
// and the zone name.
type tmFields struct {
	f      [9]int
	zone   string
	offset int
}

// fromTime splits a Go time into time-tuple fields.
func fromTime(tm gotime.Time) tmFields {
	zone, offset := tm.Zone()
	return tmFields{f: [9]int{tm.Year(), int(tm.Month()), tm.Day(), tm.Hour(), tm.Minute(), tm.Second(),
		(int(tm.Weekday()) + 6) % 7, tm.YearDay(), 0}, zone: zone, offset: offset}
}

// object returns the struct_time.
func (tm tmFields) object() py.Object {
	items := make([]py.Object, 9)
	for i, v := range tm.f {
		items[i] = py.NewInt(int64(v))
	}
	st := py.NewInstanceWithBase(StructTimeType, py.NewTupleFromSlice(items))
	if d := py.InstanceDict(st); d != nil {
		var zone py.Object = py.None
		if tm.zone != "" {
			zone = py.NewStr(tm.zone)
		}
		d.SetString("tm_zone", zone)
		d.SetString("tm_gmtoff", py.NewInt(int64(tm.offset)))
	}
	return st
}

// structTime returns the struct_time of a Go time, with the zone name
// CPython shows.
func structTime(tm gotime.Time, zone string) py.Object {
	f := fromTime(tm)
	f.zone = zone
	return f.object()
}

// fieldsOf reads a time tuple argument (a struct_time or a 9-tuple).
func fieldsOf(t *py.Thread, fn string, o py.Object) ([]int, error) {
	tup, ok := py.AsTuple(o)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "Tuple or struct_time argument required")
	}
	if tup.Len() != 9 {
		return nil, py.Errorf(py.TypeErrorType, "%s(): illegal time tuple argument", fn)
	}
	out := make([]int, 9)
	for i, it := range tup.Items() {
		v, err := py.AsIndex(t, it)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	if fn == "strftime" || fn == "asctime" {
		if err := checkFields(fn, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// checkFields applies CPython's range checks (with its normalisation of
// a zero month, day or yday to one).
func checkFields(fn string, f []int) error {
	if f[1] == 0 {
		f[1] = 1
	}
	if f[2] == 0 {
		f[2] = 1
	}
	if f[7] == 0 {
		f[7] = 1
	}
	switch {
	case f[1] < 1 || f[1] > 12:
		return py.Errorf(py.ValueErrorType, "month out of range")
	case f[2] < 1 || f[2] > 31:
		return py.Errorf(py.ValueErrorType, "day of month out of range")
	case f[3] < 0 || f[3] > 23:
		return py.Errorf(py.ValueErrorType, "hour out of range")
	case f[4] < 0 || f[4] > 59:
		return py.Errorf(py.ValueErrorType, "minute out of range")
	case f[5] < 0 || f[5] > 61:
		return py.Errorf(py.ValueErrorType, "seconds out of range")
	case f[6] < 0:
		return py.Errorf(py.ValueErrorType, "day of week out of range")
	case f[7] < 1 || f[7] > 366:
		return py.Errorf(py.ValueErrorType, "day of year out of range")
	case f[8] < -1 || f[8] > 1:
		if fn == "strftime" {
			f[8] = 1
		}
	}
	f[6] %= 7
	return nil
}

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

// asctime formats as "Sun Jun 20 23:21:05 1993".
func asctime(tm tmFields) string {
	f := tm.f
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", dayNames[f[6]%7][:3], monthNames[(f[1]+11)%12][:3], f[2], f[3], f[4], f[5], f[0])
}

func init() {
	py.InitStructSeqType(StructTimeType)
	StructTimeType.Flags |= py.FlagHasDict
	StructTimeType.QualName = "struct_time"
	StructTimeType.AddAttr("__module__", py.NewStr("time"))
	StructTimeType.AddAttr("n_sequence_fields", py.NewInt(9))
	StructTimeType.AddAttr("n_fields", py.NewInt(11))
	StructTimeType.AddAttr("n_unnamed_fields", py.NewInt(0))
	StructTimeType.Slots.New = func(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var seq py.Object
		var dict py.Object = py.None
		if err := py.UnpackArgs("struct_time", args, kw, "sequence", &seq, "dict?", &dict); err != nil {
			return nil, err
		}
		items, err := py.ListFromIterable(t, seq)
		if err != nil {
			return nil, err
		}
		if len(items) < 9 {
			return nil, py.Errorf(py.TypeErrorType, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(items))
		}
		if len(items) > 11 {
			return nil, py.Errorf(py.TypeErrorType, "time.struct_time() takes an at most 11-sequence (%d-sequence given)", len(items))
		}
		st := py.NewInstanceWithBase(typ, py.NewTupleCopy(items[:9]))
		if d := py.InstanceDict(st); d != nil {
			zone, off := py.Object(py.None), py.Object(py.None)
			if len(items) > 9 {
				zone = items[9]
			}
			if len(items) > 10 {
				off = items[10]
			}
			d.SetString("tm_zone", zone)
			d.SetString("tm_gmtoff", off)
		}
		return st, nil
	}
	py.InitStructSeqType(ClockInfoType)
}
