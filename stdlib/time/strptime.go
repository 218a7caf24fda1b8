package time

import (
	"strconv"
	"strings"
	gotime "time"

	"github.com/kaa-lang/kaa/py"
)

// strptime parses text by a format, for the directives programs use
// most: %Y %y %m %d %H %I %M %S %f %j %p %a %A %b %B %z %Z %%.
func strptime(text, format string) (tmFields, error) {
	year, month, day, hour, minute, second := 1900, 1, 1, 0, 0, 0
	yday, pm, hour12 := -1, -1, false
	pos := 0
	mismatch := func() (tmFields, error) {
		return tmFields{}, py.Errorf(py.ValueErrorType, "time data %s does not match format %s", quote(text), quote(format))
	}
	number := func(maxDigits int) (int, bool) {
		start := pos
		for pos < len(text) && pos-start < maxDigits && text[pos] >= '0' && text[pos] <= '9' {
			pos++
		}
		if pos == start {
			return 0, false
		}
		n, _ := strconv.Atoi(text[start:pos])
		return n, true
	}
	name := func(names []string) (int, bool) {
		for i, n := range names {
			cands := []string{n}
			if len(n) > 3 {
				cands = append(cands, n[:3])
			}
			for _, cand := range cands {
				if len(text)-pos >= len(cand) && strings.EqualFold(text[pos:pos+len(cand)], cand) {
					pos += len(cand)
					return i, true
				}
			}
		}
		return 0, false
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == ' ' || c == '\t' || c == '\n' {
			for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n') {
				pos++
			}
			continue
		}
		if c != '%' || i+1 == len(format) {
			if pos >= len(text) || text[pos] != c {
				return mismatch()
			}
			pos++
			continue
		}
		i++
		var ok bool
		switch format[i] {
		case 'Y':
			year, ok = number(4)
		case 'y':
			var y int
			if y, ok = number(2); ok {
				year = 1900 + y
				if y < 69 {
					year = 2000 + y
				}
			}
		case 'm':
			month, ok = number(2)
			ok = ok && month >= 1 && month <= 12
		case 'd':
			day, ok = number(2)
			ok = ok && day >= 1 && day <= 31
		case 'H':
			hour, ok = number(2)
			ok = ok && hour <= 23
		case 'I':
			hour, ok = number(2)
			ok = ok && hour >= 1 && hour <= 12
			hour12 = true
		case 'M':
			minute, ok = number(2)
			ok = ok && minute <= 59
		case 'S':
			second, ok = number(2)
			ok = ok && second <= 61
		case 'f':
			_, ok = number(6)
		case 'j':
			yday, ok = number(3)
			ok = ok && yday >= 1 && yday <= 366
		case 'p':
			var v int
			if v, ok = name([]string{"AM", "PM"}); ok {
				pm = v
			}
		case 'a', 'A':
			_, ok = name(dayNames)
		case 'b', 'B', 'h':
			var v int
			if v, ok = name(monthNames); ok {
				month = v + 1
			}
		case 'z':
			start := pos
			if pos < len(text) && (text[pos] == '+' || text[pos] == '-') {
				pos++
				_, ok = number(4)
			}
			if !ok {
				pos = start
			}
		case 'Z':
			start := pos
			for pos < len(text) && (text[pos] >= 'A' && text[pos] <= 'Z' || text[pos] >= 'a' && text[pos] <= 'z') {
				pos++
			}
			ok = pos > start
		case '%':
			ok = pos < len(text) && text[pos] == '%'
			pos++
		default:
			return tmFields{}, py.Errorf(py.ValueErrorType, "'%c' is a bad directive in format '%s'", format[i], format)
		}
		if !ok {
			return mismatch()
		}
	}
	if pos < len(text) {
		return tmFields{}, py.Errorf(py.ValueErrorType, "unconverted data remains: %s", text[pos:])
	}
	if hour12 {
		if pm == 1 && hour != 12 {
			hour += 12
		} else if pm == 0 && hour == 12 {
			hour = 0
		}
	}
	date := gotime.Date(year, gotime.Month(month), day, hour, minute, second, 0, gotime.UTC)
	if yday > 0 {
		date = gotime.Date(year, 1, 1, hour, minute, second, 0, gotime.UTC).AddDate(0, 0, yday-1)
	}
	tm := fromTime(date)
	tm.f[8] = -1
	tm.zone = ""
	return tm, nil
}

// quote is Python's repr of a plain string.
func quote(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		return "\"" + s + "\""
	}
	return "'" + strings.ReplaceAll(s, "'", "\\'") + "'"
}
