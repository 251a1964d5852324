package interp

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The datetime module: date, datetime, timedelta and fixed-offset
// timezone, on Go's time package in UTC plus an optional offset.

// DateValue is a datetime.date or datetime.datetime.
type DateValue struct {
	t        time.Time // wall clock, in UTC
	datetime bool
	tz       *TZValue // nil for naive datetimes and dates
}

// TimedeltaValue is a datetime.timedelta, in microseconds.
type TimedeltaValue struct{ us int64 }

// TZValue is a datetime.timezone with a fixed offset.
type TZValue struct{ offset int64 } // seconds east of UTC

const usPerDay = 86400 * 1000000

func (d *TimedeltaValue) parts() (days, secs, us int64) {
	days = d.us / usPerDay
	rem := d.us % usPerDay
	if rem < 0 {
		rem += usPerDay
		days--
	}
	return days, rem / 1000000, rem % 1000000
}

func (d *TimedeltaValue) pyRepr() string {
	days, secs, us := d.parts()
	var parts []string
	if days != 0 {
		parts = append(parts, fmt.Sprintf("days=%d", days))
	}
	if secs != 0 {
		parts = append(parts, fmt.Sprintf("seconds=%d", secs))
	}
	if us != 0 {
		parts = append(parts, fmt.Sprintf("microseconds=%d", us))
	}
	if len(parts) == 0 {
		return "datetime.timedelta(0)"
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")"
}

func (d *TimedeltaValue) pyStr() string {
	days, secs, us := d.parts()
	s := fmt.Sprintf("%d:%02d:%02d", secs/3600, secs/60%60, secs%60)
	if us != 0 {
		s += fmt.Sprintf(".%06d", us)
	}
	if days != 0 {
		unit := "days"
		if days == 1 || days == -1 {
			unit = "day"
		}
		s = fmt.Sprintf("%d %s, %s", days, unit, s)
	}
	return s
}

func (z *TZValue) pyStr() string {
	if z.offset == 0 {
		return "UTC"
	}
	return "UTC" + offsetText(z.offset, true)
}

func (z *TZValue) pyRepr() string {
	if z.offset == 0 {
		return "datetime.timezone.utc"
	}
	return "datetime.timezone(" + (&TimedeltaValue{z.offset * 1000000}).pyRepr() + ")"
}

func offsetText(secs int64, colon bool) string {
	sign := "+"
	if secs < 0 {
		sign, secs = "-", -secs
	}
	sep := ""
	if colon {
		sep = ":"
	}
	return fmt.Sprintf("%s%02d%s%02d", sign, secs/3600, sep, secs/60%60)
}

func (d *DateValue) pyRepr() string {
	t := d.t
	if !d.datetime {
		return fmt.Sprintf("datetime.date(%d, %d, %d)", t.Year(), t.Month(), t.Day())
	}
	s := fmt.Sprintf("datetime.datetime(%d, %d, %d, %d, %d", t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute())
	if t.Second() != 0 || t.Nanosecond() != 0 {
		s += fmt.Sprintf(", %d", t.Second())
	}
	if us := t.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(", %d", us)
	}
	if d.tz != nil {
		s += ", tzinfo=" + d.tz.pyRepr()
	}
	return s + ")"
}

func (d *DateValue) isoformat(sep string) string {
	t := d.t
	s := fmt.Sprintf("%04d-%02d-%02d", t.Year(), t.Month(), t.Day())
	if !d.datetime {
		return s
	}
	s += fmt.Sprintf("%s%02d:%02d:%02d", sep, t.Hour(), t.Minute(), t.Second())
	if us := t.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(".%06d", us)
	}
	if d.tz != nil {
		s += offsetText(d.tz.offset, true)
	}
	return s
}

func (d *DateValue) pyStr() string { return d.isoformat(" ") }

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// strftime formats with Python's directives.
func (d *DateValue) strftime(f string) string {
	t := d.t
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 >= len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		wd := (int(t.Weekday()) + 6) % 7
		switch f[i] {
		case 'Y':
			fmt.Fprintf(&b, "%04d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'f':
			fmt.Fprintf(&b, "%06d", t.Nanosecond()/1000)
		case 'b':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'a':
			b.WriteString(weekdays[wd][:3])
		case 'A':
			b.WriteString(weekdays[wd])
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'z':
			if d.tz != nil {
				b.WriteString(offsetText(d.tz.offset, false))
			}
		case 'Z':
			if d.tz != nil {
				b.WriteString(d.tz.pyStr())
			}
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(f[i])
		}
	}
	return b.String()
}

func intArgs(name string, args []Value, kw []KeywordArg, names []string, required int) ([]int64, error) {
	out := make([]int64, len(names))
	set := make([]bool, len(names))
	if len(args) > len(names) {
		return nil, newExc(excTypeError, "%s() takes at most %d arguments (%d given)", name, len(names), len(args))
	}
	for i, a := range args {
		n, ok := a.(Int)
		if !ok {
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(a))
		}
		out[i], set[i] = int64(n), true
	}
	for _, k := range kw {
		i := indexOf(names, k.Name)
		if i < 0 {
			continue
		}
		n, ok := k.Value.(Int)
		if !ok {
			return nil, newExc(excTypeError, "'%s' object cannot be interpreted as an integer", typeName(k.Value))
		}
		out[i], set[i] = int64(n), true
	}
	for i := 0; i < required; i++ {
		if !set[i] {
			return nil, newExc(excTypeError, "function missing required argument '%s' (pos %d)", names[i], i+1)
		}
	}
	return out, nil
}

func makeDate(y, m, d, h, mi, s, us int64, datetime bool, tz *TZValue) (Value, error) {
	if y < 1 || y > 9999 {
		return nil, newExc(excValueError, "year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return nil, newExc(excValueError, "month must be in 1..12")
	}
	dim := int64(time.Date(int(y), time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day())
	if d < 1 || d > dim {
		return nil, newExc(excValueError, "day %d must be in range 1..%d for month %d in year %d", d, dim, m, y)
	}
	if h < 0 || h > 23 {
		return nil, newExc(excValueError, "hour must be in 0..23")
	}
	if mi < 0 || mi > 59 {
		return nil, newExc(excValueError, "minute must be in 0..59")
	}
	if s < 0 || s > 59 {
		return nil, newExc(excValueError, "second must be in 0..59")
	}
	t := time.Date(int(y), time.Month(m), int(d), int(h), int(mi), int(s), int(us)*1000, time.UTC)
	return &DateValue{t: t, datetime: datetime, tz: tz}, nil
}

func parseISO(s string, datetime bool) (Value, error) {
	bad := newExc(excValueError, "Invalid isoformat string: %s", strRepr(s))
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return nil, bad
	}
	y, e1 := strconv.Atoi(s[:4])
	m, e2 := strconv.Atoi(s[5:7])
	d, e3 := strconv.Atoi(s[8:10])
	if e1 != nil || e2 != nil || e3 != nil {
		return nil, bad
	}
	var h, mi, sec, us int
	rest := s[10:]
	if !datetime && rest != "" {
		return nil, bad
	}
	var tz *TZValue
	if rest != "" {
		if rest[0] != 'T' && rest[0] != ' ' {
			return nil, bad
		}
		rest = rest[1:]
		if i := strings.IndexAny(rest, "+-Z"); i >= 0 {
			off := rest[i:]
			rest = rest[:i]
			if off == "Z" {
				tz = &TZValue{}
			} else {
				sign := int64(1)
				if off[0] == '-' {
					sign = -1
				}
				oh, _ := strconv.Atoi(off[1:3])
				om := 0
				if len(off) >= 6 {
					om, _ = strconv.Atoi(off[4:6])
				}
				tz = &TZValue{offset: sign * int64(oh*3600+om*60)}
			}
		}
		fields := strings.Split(rest, ":")
		vals := []*int{&h, &mi, &sec}
		for i, f := range fields {
			if i >= 3 {
				return nil, bad
			}
			if i == 2 {
				if dot := strings.IndexByte(f, '.'); dot >= 0 {
					frac := (f[dot+1:] + "000000")[:6]
					us, _ = strconv.Atoi(frac)
					f = f[:dot]
				}
			}
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, bad
			}
			*vals[i] = n
		}
	}
	return makeDate(int64(y), int64(m), int64(d), int64(h), int64(mi), int64(sec), int64(us), datetime, tz)
}

func datetimeModule() map[string]Value {
	date := &TypeObject{Name: "date", call: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		n, err := intArgs("date", args, kw, []string{"year", "month", "day"}, 3)
		if err != nil {
			return nil, err
		}
		return makeDate(n[0], n[1], n[2], 0, 0, 0, 0, false, nil)
	}}
	dt := &TypeObject{Name: "datetime", call: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		var tz *TZValue
		var rest []KeywordArg
		for _, k := range kw {
			if k.Name == "tzinfo" {
				tz, _ = k.Value.(*TZValue)
				continue
			}
			rest = append(rest, k)
		}
		n, err := intArgs("datetime", args, rest, []string{"year", "month", "day", "hour", "minute", "second", "microsecond"}, 3)
		if err != nil {
			return nil, err
		}
		return makeDate(n[0], n[1], n[2], n[3], n[4], n[5], n[6], true, tz)
	}}
	td := &TypeObject{Name: "timedelta", call: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		names := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
		scale := []float64{usPerDay, 1e6, 1, 1e3, 60e6, 3600e6, 7 * usPerDay}
		total := 0.0
		vals := make([]Value, len(names))
		copy(vals, args)
		for _, k := range kw {
			i := indexOf(names, k.Name)
			if i < 0 {
				return nil, newExc(excTypeError, "'%s' is an invalid keyword argument for __new__()", k.Name)
			}
			vals[i] = k.Value
		}
		for i, v := range vals {
			if v == nil {
				continue
			}
			f, ok, err := asFloat(v)
			if err != nil || !ok {
				return nil, newExc(excTypeError, "unsupported type for timedelta %s component: %s", names[i], typeName(v))
			}
			total += f * scale[i]
		}
		return &TimedeltaValue{us: int64(roundHalfEven(total))}, nil
	}}
	tz := &TypeObject{Name: "timezone", call: func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		if len(args) != 1 {
			return nil, newExc(excTypeError, "timezone() missing required argument 'offset' (pos 1)")
		}
		d, ok := args[0].(*TimedeltaValue)
		if !ok {
			return nil, newExc(excTypeError, "timezone() argument 1 must be datetime.timedelta, not %s", typeName(args[0]))
		}
		return &TZValue{offset: d.us / 1000000}, nil
	}}
	return map[string]Value{"date": date, "datetime": dt, "timedelta": td, "timezone": tz}
}

// The class methods of date and datetime are registered once: the module
// is built on every import, and concurrent runs import it at once.
func init() {
	classMethods["date.fromisoformat"] = fn("fromisoformat", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		s, err := strArg0(args, "fromisoformat")
		if err != nil {
			return nil, err
		}
		return parseISO(s, false)
	})
	classMethods["datetime.fromisoformat"] = fn("fromisoformat", func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
		s, err := strArg0(args, "fromisoformat")
		if err != nil {
			return nil, err
		}
		return parseISO(s, true)
	})
	classMethods["datetime.now"] = fn("now", func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return nil, osError("datetime.now") })
	classMethods["date.today"] = fn("today", func(t *vm, args []Value, kw []KeywordArg) (Value, error) { return nil, osError("date.today") })
}

func roundHalfEven(f float64) float64 {
	r := float64(int64(f))
	diff := f - r
	switch {
	case diff > 0.5 || diff == 0.5 && int64(r)%2 != 0:
		r++
	case diff < -0.5 || diff == -0.5 && int64(r)%2 != 0:
		r--
	}
	return r
}

func (d *DateValue) attr(t *vm, name string) (Value, bool, error) {
	tm := d.t
	switch name {
	case "year":
		return Int(tm.Year()), true, nil
	case "month":
		return Int(tm.Month()), true, nil
	case "day":
		return Int(tm.Day()), true, nil
	}
	if d.datetime {
		switch name {
		case "hour":
			return Int(tm.Hour()), true, nil
		case "minute":
			return Int(tm.Minute()), true, nil
		case "second":
			return Int(tm.Second()), true, nil
		case "microsecond":
			return Int(tm.Nanosecond() / 1000), true, nil
		case "tzinfo":
			if d.tz == nil {
				return None, true, nil
			}
			return d.tz, true, nil
		}
	}
	m := func(f builtinFn) (Value, bool, error) { return fn(name, f), true, nil }
	switch name {
	case "weekday":
		return m(func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return Int((int(tm.Weekday()) + 6) % 7), nil
		})
	case "isoweekday":
		return m(func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return Int((int(tm.Weekday())+6)%7 + 1), nil
		})
	case "isoformat":
		return m(func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			sep := "T"
			if len(args) > 0 {
				if s, ok := args[0].(Str); ok {
					sep = string(s)
				}
			}
			return Str(d.isoformat(sep)), nil
		})
	case "strftime":
		return m(func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			s, err := strArg0(args, "strftime")
			if err != nil {
				return nil, err
			}
			return Str(d.strftime(s)), nil
		})
	case "replace":
		return m(func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			v := []int64{int64(tm.Year()), int64(tm.Month()), int64(tm.Day()), int64(tm.Hour()), int64(tm.Minute()), int64(tm.Second()), int64(tm.Nanosecond() / 1000)}
			names := []string{"year", "month", "day", "hour", "minute", "second", "microsecond"}
			for _, k := range kw {
				if i := indexOf(names, k.Name); i >= 0 {
					if n, ok := k.Value.(Int); ok {
						v[i] = int64(n)
					}
				}
			}
			return makeDate(v[0], v[1], v[2], v[3], v[4], v[5], v[6], d.datetime, d.tz)
		})
	case "date":
		if d.datetime {
			return m(func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
				return makeDate(int64(tm.Year()), int64(tm.Month()), int64(tm.Day()), 0, 0, 0, 0, false, nil)
			})
		}
	case "timestamp":
		if d.datetime {
			return nil, true, osError("datetime.timestamp")
		}
	}
	return nil, false, nil
}

func (d *TimedeltaValue) attr(t *vm, name string) (Value, bool, error) {
	days, secs, us := d.parts()
	switch name {
	case "days":
		return Int(days), true, nil
	case "seconds":
		return Int(secs), true, nil
	case "microseconds":
		return Int(us), true, nil
	case "total_seconds":
		return fn(name, func(t *vm, args []Value, kw []KeywordArg) (Value, error) {
			return Float(float64(d.us) / 1e6), nil
		}), true, nil
	}
	return nil, false, nil
}

// dateBinary implements the datetime arithmetic operators.
func dateBinary(op binOp, x, y Value) (Value, bool, error) {
	switch a := x.(type) {
	case *DateValue:
		switch b := y.(type) {
		case *TimedeltaValue:
			delta := b.us
			if op == 1 { // -
				delta = -delta
			} else if op != 0 {
				return nil, false, nil
			}
			if !a.datetime {
				delta = delta / usPerDay * usPerDay
			}
			return &DateValue{t: a.t.Add(time.Duration(delta) * time.Microsecond), datetime: a.datetime, tz: a.tz}, true, nil
		case *DateValue:
			if op != 1 || a.datetime != b.datetime {
				return nil, false, nil
			}
			return &TimedeltaValue{us: a.utc().Sub(b.utc()).Microseconds()}, true, nil
		}
	case *TimedeltaValue:
		switch b := y.(type) {
		case *TimedeltaValue:
			switch op {
			case 0:
				return &TimedeltaValue{a.us + b.us}, true, nil
			case 1:
				return &TimedeltaValue{a.us - b.us}, true, nil
			case 4:
				return Float(float64(a.us) / float64(b.us)), true, nil
			case 12:
				if b.us == 0 {
					return nil, true, newExc(excZeroDivisionError, "division by zero")
				}
				return Int(floorDiv(a.us, b.us)), true, nil
			}
		case Int:
			switch op {
			case 2:
				return &TimedeltaValue{a.us * int64(b)}, true, nil
			case 12:
				if b == 0 {
					return nil, true, newExc(excZeroDivisionError, "division by zero")
				}
				return &TimedeltaValue{floorDiv(a.us, int64(b))}, true, nil
			}
		case Float:
			if op == 2 {
				return &TimedeltaValue{int64(roundHalfEven(float64(a.us) * float64(b)))}, true, nil
			}
		case *DateValue:
			if op == 0 {
				return dateBinary(op, y, x)
			}
		}
	case Int:
		if b, ok := y.(*TimedeltaValue); ok && op == 2 {
			return &TimedeltaValue{b.us * int64(a)}, true, nil
		}
	}
	return nil, false, nil
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func (d *DateValue) utc() time.Time {
	if d.tz != nil {
		return d.t.Add(-time.Duration(d.tz.offset) * time.Second)
	}
	return d.t
}

// dateCompare orders two dates, datetimes or timedeltas.
func dateCompare(x, y Value) (int, bool) {
	switch a := x.(type) {
	case *DateValue:
		if b, ok := y.(*DateValue); ok && a.datetime == b.datetime {
			return a.utc().Compare(b.utc()), true
		}
	case *TimedeltaValue:
		if b, ok := y.(*TimedeltaValue); ok {
			switch {
			case a.us < b.us:
				return -1, true
			case a.us > b.us:
				return 1, true
			}
			return 0, true
		}
	}
	return 0, false
}
