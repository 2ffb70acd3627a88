// Package civil is the calendar arithmetic shared by every dpmodel package: a
// date with no clock and no location, and the legal rules for adding years,
// months and days to it.
//
// A [Date] is a day number, so comparisons and whole-day differences are
// integer operations. Adding months follows the XML Schema rule for adding a
// duration to a date (XML Schema Part 2, Appendix E): years and months are
// added first and the day is clamped to the last day of the resulting month,
// then days are added. 31 January plus one month is 28 (or 29) February,
// never 3 March, which is what [time.Time.AddDate] would give.
//
// Dates are kept between [Min] (0001-01-01) and [Max] (9999-12-31); every
// operation saturates at those bounds instead of overflowing, so no input
// panics or wraps around.
package civil

import (
	"errors"
	"fmt"
	"time"
	_ "time/tzdata" // London and Brussels must resolve on a machine with no zoneinfo.
)

// Date is a calendar date (proleptic Gregorian), stored as the number of days
// since 1970-01-01. The zero value is 1970-01-01.
type Date int32

// Bounds of the representable range. Arithmetic saturates at these dates.
const (
	Min Date = -719162 // 0001-01-01
	Max Date = 2932896 // 9999-12-31
)

// FromYMD returns the date for year y, month m (1 to 12) and day d. Out of
// range months and days are normalised as [time.Date] does (month 13 is
// January of the next year, day 0 the last day of the previous month); the
// result saturates at [Min] and [Max].
func FromYMD(y int, m time.Month, d int) Date {
	// Normalise the month into 1..12 first, carrying into the year.
	mi := int(m) - 1
	y += floorDiv(mi, 12)
	mi = mod(mi, 12)
	if y < 1 {
		return Min
	}
	if y > 9999 {
		return Max
	}
	return clamp(int64(daysFromCivil(y, mi+1, 1)) + int64(d) - 1)
}

// Of returns the calendar date of t in t's own location.
func Of(t time.Time) Date {
	y, m, d := t.Date()
	return FromYMD(y, m, d)
}

// In returns the date of t in loc. For the [London] location it takes the
// fast path of [LondonDate].
func In(t time.Time, loc *time.Location) Date {
	if loc == London() {
		return LondonDate(t)
	}
	return Of(t.In(loc))
}

// YMD returns the year, month and day of d.
func (d Date) YMD() (year int, month time.Month, day int) {
	y, m, dd := civilFromDays(int(d))
	return y, time.Month(m), dd
}

// Year returns the year of d.
func (d Date) Year() int { y, _, _ := d.YMD(); return y }

// Month returns the month of d.
func (d Date) Month() time.Month { _, m, _ := d.YMD(); return m }

// Day returns the day of the month of d.
func (d Date) Day() int { _, _, dd := d.YMD(); return dd }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	return time.Weekday(mod(int(d)+4, 7))
}

// AddDays returns d plus n days (n may be negative), saturating at the bounds.
func (d Date) AddDays(n int) Date {
	if n > int(Max-Min) {
		return Max
	}
	if n < -int(Max-Min) {
		return Min
	}
	return clamp(int64(d) + int64(n))
}

// AddMonths returns d plus n months (n may be negative), clamping the day to
// the last day of the resulting month: 2024-01-31 plus one month is
// 2024-02-29.
func (d Date) AddMonths(n int) Date {
	y, m, dd := civilFromDays(int(d))
	total := int64(y)*12 + int64(m-1) + int64(n)
	if total < 12 {
		return Min
	}
	if total >= 10000*12 {
		return Max
	}
	ny := int(uint64(total) / 12)
	nm := int(uint64(total)%12) + 1
	if dd > 28 {
		if last := DaysIn(ny, time.Month(nm)); dd > last {
			dd = last
		}
	}
	return Date(daysFromCivil(ny, nm, dd))
}

// Add adds a duration of years, months and days by the XML Schema rule: the
// years and months first, clamping the day to the month's last day, then the
// days.
func (d Date) Add(years, months, days int) Date {
	const limit = 120000 // months spanning the whole range, and then some
	if years > limit || years < -limit || months > limit || months < -limit {
		if years > 0 || (years == 0 && months > 0) {
			return Max
		}
		return Min
	}
	total := int64(years)*12 + int64(months)
	if total > limit || total < -limit {
		if total > 0 {
			return Max
		}
		return Min
	}
	return d.AddMonths(int(total)).AddDays(days)
}

// Sub returns the number of days from u to d (d - u).
func (d Date) Sub(u Date) int { return int(d) - int(u) }

// Before reports whether d is before u.
func (d Date) Before(u Date) bool { return d < u }

// After reports whether d is after u.
func (d Date) After(u Date) bool { return d > u }

// Time returns midnight at the start of d in loc. Where midnight does not
// exist in loc (a daylight-saving gap), [time.Date] moves it forward.
func (d Date) Time(loc *time.Location) time.Time {
	if loc == London() && d >= londonRuleFromDate {
		return LondonMidnight(d)
	}
	y, m, dd := d.YMD()
	return time.Date(y, m, dd, 0, 0, 0, 0, loc)
}

// WithClock returns the instant on d in t's location with t's clock time.
func (d Date) WithClock(t time.Time) time.Time {
	y, m, dd := d.YMD()
	h, mi, s := t.Clock()
	return time.Date(y, m, dd, h, mi, s, t.Nanosecond(), t.Location())
}

// String returns d as an RFC 3339 full-date, 2006-01-02.
func (d Date) String() string {
	return string(d.AppendText(make([]byte, 0, 10)))
}

// AppendText appends the RFC 3339 form of d to b.
func (d Date) AppendText(b []byte) []byte {
	y, m, dd := d.YMD()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+int(m)/10), byte('0'+int(m)%10), '-')
	return append(b, byte('0'+dd/10), byte('0'+dd%10))
}

// ErrSyntax is wrapped by every error [Parse] returns for text that is not a
// date of the form 2006-01-02.
var ErrSyntax = errors.New("not a date of the form YYYY-MM-DD")

// Parse parses an RFC 3339 full-date (2006-01-02) and rejects dates that do
// not exist, such as 2023-02-29.
func Parse(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, fmt.Errorf("civil: %q: %w", s, ErrSyntax)
	}
	num := func(p string) (int, bool) {
		n := 0
		for i := 0; i < len(p); i++ {
			c := p[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:])
	if !ok1 || !ok2 || !ok3 {
		return 0, fmt.Errorf("civil: %q: %w", s, ErrSyntax)
	}
	if y < 1 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, time.Month(m)) {
		return 0, fmt.Errorf("civil: %q: no such date: %w", s, ErrSyntax)
	}
	return Date(daysFromCivil(y, m, d)), nil
}

// MustParse is like [Parse] but panics on error. It is for constants in
// tables and tests.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsLeap reports whether y is a leap year in the Gregorian calendar.
func IsLeap(y int) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

// DaysIn returns the number of days in month m of year y.
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if IsLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// The conversions between day numbers and year-month-day use small
// immutable tables built once: the day number of 1 January of every year in
// range, the day of the year each month starts on, and the month each day of
// the year falls in. A conversion is then a few table loads, which keeps
// adding a period to a date well under 20 ns.
var (
	yearStart  = buildYearStarts()  // yearStart[y] = day number of y-01-01, y in 1..10000
	monthStart = buildMonthStarts() // monthStart[leap][m] = day of year (0-based) of m-01; [13] = length
	monthOfDay = buildMonthOfDay()  // monthOfDay[leap][doy] = month (1..12)
)

func buildYearStarts() *[10001]int32 {
	var t [10001]int32
	for y := 1; y <= 10000; y++ {
		t[y] = int32(hinnantDays(y, 1, 1))
	}
	return &t
}

func buildMonthStarts() *[2][14]uint16 {
	var t [2][14]uint16
	for leap := range 2 {
		y := 2001 - leap // 2001 is common, 2000 leap
		day := 0
		for m := 1; m <= 12; m++ {
			t[leap][m] = uint16(day)
			day += DaysIn(y, time.Month(m))
		}
		t[leap][13] = uint16(day)
	}
	return &t
}

func buildMonthOfDay() *[2][366]uint8 {
	var t [2][366]uint8
	starts := buildMonthStarts()
	for leap := range 2 {
		m := 1
		for doy := range int(starts[leap][13]) {
			for doy >= int(starts[leap][m+1]) {
				m++
			}
			t[leap][doy] = uint8(m)
		}
	}
	return &t
}

func leapIndex(y int) int {
	if IsLeap(y) {
		return 1
	}
	return 0
}

// daysFromCivil converts a date with y in 1..9999 and a valid month and day
// to its day number.
func daysFromCivil(y, m, d int) int {
	return int(yearStart[y]) + int(monthStart[leapIndex(y)][m]) + d - 1
}

// civilFromDays is the inverse of daysFromCivil. A z outside [Min, Max]
// (a Date made by conversion from an arbitrary integer) is taken as the
// bound, so no value indexes outside the tables.
func civilFromDays(z int) (y, m, d int) {
	z = min(max(z, int(Min)), int(Max))
	// Estimate the year from the mean Gregorian year, then correct it; the
	// estimate is never off by more than one. z-Min is below 3.7 million,
	// so the product fits in 32 bits.
	y = int(uint32(z-int(Min))*400/146097) + 1
	if y > 9999 {
		y = 9999
	}
	for z < int(yearStart[y]) {
		y--
	}
	for z >= int(yearStart[y+1]) {
		y++
	}
	start := int(yearStart[y])
	doy := z - start
	leap := int(yearStart[y+1]) - start - 365 // 1 in a leap year, else 0
	m = int(monthOfDay[leap][doy])
	return y, m, doy - int(monthStart[leap][m]) + 1
}

// hinnantDays converts a proleptic Gregorian date to days since 1970-01-01
// (the algorithm in Howard Hinnant's "chrono-Compatible Low-Level Date
// Algorithms", rewritten here); it builds the tables above and is the
// reference the tests check them against.
func hinnantDays(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func clamp(n int64) Date {
	if n < int64(Min) {
		return Min
	}
	if n > int64(Max) {
		return Max
	}
	return Date(n)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func mod(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}
