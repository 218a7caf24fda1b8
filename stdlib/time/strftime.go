package time

import (
	"fmt"
	"strings"
	gotime "time"
)

// strftime formats a time tuple as the C library does in the C locale.
func strftime(format string, tm tmFields) string {
	f := tm.f
	var b strings.Builder
	date := gotime.Date(f[0], gotime.Month(f[1]), f[2], f[3], f[4], f[5], 0, gotime.UTC)
	hour12 := f[3] % 12
	if hour12 == 0 {
		hour12 = 12
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(dayNames[f[6]%7][:3])
		case 'A':
			b.WriteString(dayNames[f[6]%7])
		case 'b', 'h':
			b.WriteString(monthNames[(f[1]+11)%12][:3])
		case 'B':
			b.WriteString(monthNames[(f[1]+11)%12])
		case 'c':
			b.WriteString(asctime(tm))
		case 'C':
			fmt.Fprintf(&b, "%02d", f[0]/100)
		case 'd':
			fmt.Fprintf(&b, "%02d", f[2])
		case 'D':
			fmt.Fprintf(&b, "%02d/%02d/%02d", f[1], f[2], f[0]%100)
		case 'e':
			fmt.Fprintf(&b, "%2d", f[2])
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", f[0], f[1], f[2])
		case 'G':
			y, _ := date.ISOWeek()
			fmt.Fprintf(&b, "%d", y)
		case 'g':
			y, _ := date.ISOWeek()
			fmt.Fprintf(&b, "%02d", y%100)
		case 'H':
			fmt.Fprintf(&b, "%02d", f[3])
		case 'I':
			fmt.Fprintf(&b, "%02d", hour12)
		case 'j':
			fmt.Fprintf(&b, "%03d", f[7])
		case 'k':
			fmt.Fprintf(&b, "%2d", f[3])
		case 'l':
			fmt.Fprintf(&b, "%2d", hour12)
		case 'm':
			fmt.Fprintf(&b, "%02d", f[1])
		case 'M':
			fmt.Fprintf(&b, "%02d", f[4])
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if f[3] < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'r':
			ampm := "AM"
			if f[3] >= 12 {
				ampm = "PM"
			}
			fmt.Fprintf(&b, "%02d:%02d:%02d %s", hour12, f[4], f[5], ampm)
		case 'R':
			fmt.Fprintf(&b, "%02d:%02d", f[3], f[4])
		case 's':
			fmt.Fprintf(&b, "%d", gotime.Date(f[0], gotime.Month(f[1]), f[2], f[3], f[4], f[5], 0, gotime.Local).Unix())
		case 'S':
			fmt.Fprintf(&b, "%02d", f[5])
		case 't':
			b.WriteByte('\t')
		case 'T':
			fmt.Fprintf(&b, "%02d:%02d:%02d", f[3], f[4], f[5])
		case 'u':
			fmt.Fprintf(&b, "%d", f[6]%7+1)
		case 'U':
			// Week of the year, Sunday first.
			sunday := (f[6] + 1) % 7
			fmt.Fprintf(&b, "%02d", (f[7]-1+7-sunday)/7)
		case 'V':
			_, w := date.ISOWeek()
			fmt.Fprintf(&b, "%02d", w)
		case 'w':
			fmt.Fprintf(&b, "%d", (f[6]+1)%7)
		case 'W':
			fmt.Fprintf(&b, "%02d", (f[7]-1+7-f[6]%7)/7)
		case 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", f[1], f[2], f[0]%100)
		case 'X':
			fmt.Fprintf(&b, "%02d:%02d:%02d", f[3], f[4], f[5])
		case 'y':
			fmt.Fprintf(&b, "%02d", f[0]%100)
		case 'Y':
			fmt.Fprintf(&b, "%d", f[0])
		case 'z':
			off := tm.offset
			sign := '+'
			if off < 0 {
				sign, off = '-', -off
			}
			fmt.Fprintf(&b, "%c%02d%02d", sign, off/3600, off%3600/60)
		case 'Z':
			b.WriteString(tm.zone)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
