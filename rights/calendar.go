package rights

import (
	"slices"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// Calendar says which days are working days: Monday to Friday, except the
// bank and public holidays of a UK division and any closure days the host
// added. Days are calendar dates in Europe/London (for every calendar,
// including [WeekendsOnly]): a time.Time is first converted to London time
// and its date taken.
//
// The holidays of [EnglandAndWales], [Scotland] and [NorthernIreland] are
// computed by rule for any year (see [HolidayKind] for each rule and its
// source) with the one-off changes proclaimed since the GDPR began to apply
// in 2018 (reference §12.2: 2020, 2022, 2023). Future proclamations are not
// known until they are made; add them with [Calendar.WithClosures]. Earlier
// one-offs (1995, 1999, 2002, 2011, 2012) are not modelled: such years get
// their usual holidays.
//
// A Calendar is a small immutable value, safe for concurrent use and
// comparable with ==. Its text form names the division and lists the
// closure days, "scotland+2026-12-24,2026-12-31" (see [ParseCalendar]). The zero value is [WeekendsOnly]: it never makes a
// deadline later than a division's calendar would.
type Calendar struct {
	div division
	// closures holds the host's closure days as sorted, distinct civil day
	// numbers, four bytes each (little-endian int32). A string keeps the
	// Calendar immutable and comparable.
	closures string
}

// The calendars of the three UK divisions and of weekends only. Treat them
// as constants: Go has no constant structs, so they are variables, but
// nothing in this package assigns to them, and every Calendar method has a
// value receiver except UnmarshalText, which the package never calls on
// them. Assigning to one would change the deadlines of every request in the
// program that uses it.
var (
	// EnglandAndWales: New Year's Day, Good Friday, Easter Monday, Early May,
	// Spring and Summer (last Monday in August) bank holidays, Christmas Day
	// and Boxing Day (BFDA 1971 Sch. 1 para 1; reference §12.1).
	EnglandAndWales = Calendar{div: englandAndWales}
	// Scotland: New Year's Day and 2 January, Good Friday (no Easter Monday),
	// Early May, Spring, Summer (first Monday in August), St Andrew's Day,
	// Christmas Day and Boxing Day (BFDA 1971 Sch. 1 para 2; reference
	// §12.1).
	Scotland = Calendar{div: scotland}
	// NorthernIreland: the holidays of England and Wales plus St Patrick's
	// Day and the Battle of the Boyne (BFDA 1971 Sch. 1 para 3 and s.1(5);
	// reference §12.1).
	NorthernIreland = Calendar{div: northernIreland}
	// WeekendsOnly: every Monday to Friday is a working day. It is the zero
	// Calendar.
	WeekendsOnly = Calendar{}
)

// london returns the location in which every Calendar counts dates.
func london() *time.Location { return civil.London() }

// dateOf returns the calendar date of t in Europe/London.
//
// From 1997 the UK's summer time follows one rule (the EU's, kept after
// 2020 by the Summer Time Act 1972 as amended; S.I. 2002/262), the same
// rule the time zone database extends into the future: BST from 01:00 UTC
// on the last Sunday in March to 01:00 UTC on the last Sunday in October.
// Computing it is several times faster than a time zone lookup; earlier
// instants use the database. A test compares both.
func dateOf(t time.Time) civil.Date {
	const (
		from = 852076800    // 1997-01-01T00:00:00Z
		to   = 253402300800 // 10000-01-01T00:00:00Z
	)
	sec := t.Unix()
	if sec < from || sec >= to {
		return civil.In(t, london())
	}
	d := civil.Date(sec / 86400)
	_, m, day := d.YMD()
	if m < time.March || m > time.October {
		return d
	}
	// The change happens at 01:00 UTC on the last Sunday.
	afterChange := func() bool {
		switch vsLastSunday(day, d) {
		case 0:
			return sec%86400 >= 3600
		case 1:
			return true
		}
		return false
	}
	if (m > time.March || afterChange()) && (m < time.October || !afterChange()) {
		return civil.Date((sec + 3600) / 86400)
	}
	return d
}

// midnight returns midnight at the start of d in Europe/London, the same
// instant and location as d.Time(london()). From 1997 it applies the rule
// of dateOf: midnight falls in summer time on the days after the last
// Sunday in March up to and including the last Sunday in October. That
// saves the time zone lookup of time.Date; other dates use the database. A
// test compares both.
func midnight(d civil.Date) time.Time {
	const from, to = 9862, 2932896 // 1997-01-01 and 9999-12-31 (civil.Max)
	if d < from || d > to {
		return d.Time(london())
	}
	sec := int64(d) * 86400
	_, m, day := d.YMD()
	if (m > time.March || m == time.March && vsLastSunday(day, d) > 0) &&
		(m < time.October || m == time.October && vsLastSunday(day, d) <= 0) {
		sec -= 3600
	}
	return time.Unix(sec, 0).In(london())
}

// vsLastSunday compares d, the day-th of its month, with the last Sunday of
// that month (a month of 31 days, as March and October are): -1 before it,
// 0 on it, 1 after it. The most recent Sunday on or before d is the
// (day - weekday)-th, and it is the last Sunday exactly when it is the
// 25th or later.
func vsLastSunday(day int, d civil.Date) int {
	w := int(d.Weekday())
	switch {
	case day-w < 25:
		return -1
	case w == 0:
		return 0
	}
	return 1
}

// WithClosures returns a copy of c in which the dates of the given times in
// Europe/London are also non-working days, such as the days between
// Christmas and New Year when a host's office is closed, or a bank holiday
// proclaimed after this package was written. c itself is unchanged.
func (c Calendar) WithClosures(dates ...time.Time) Calendar {
	if len(dates) == 0 {
		return c
	}
	days := c.closureDays()
	for _, t := range dates {
		days = append(days, dateOf(t))
	}
	return c.withDays(days)
}

// withDays returns c's division with exactly the given closure days, sorted
// and without repeats. days may be reordered.
func (c Calendar) withDays(days []civil.Date) Calendar {
	slices.Sort(days)
	days = slices.Compact(days)
	b := make([]byte, 0, 4*len(days))
	for _, d := range days {
		u := uint32(d)
		b = append(b, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	return Calendar{div: c.div, closures: string(b)}
}

// Closures returns the closure days added with [Calendar.WithClosures], as
// midnight in Europe/London, in date order. The slice is new.
func (c Calendar) Closures() []time.Time {
	days := c.closureDays()
	out := make([]time.Time, len(days))
	for i, d := range days {
		out[i] = midnight(d)
	}
	return out
}

func (c Calendar) closureDays() []civil.Date {
	n := len(c.closures) / 4
	days := make([]civil.Date, n, n+1)
	for i := range days {
		days[i] = c.closureAt(i)
	}
	return days
}

func (c Calendar) closureAt(i int) civil.Date {
	s := c.closures[4*i : 4*i+4]
	return civil.Date(int32(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24))
}

// isClosure reports whether d is one of the host's closure days; a binary
// search with no allocation.
func (c Calendar) isClosure(d civil.Date) bool {
	lo, hi := 0, len(c.closures)/4
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch v := c.closureAt(mid); {
		case v == d:
			return true
		case v < d:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return false
}

// IsWorkingDay reports whether the date of t in Europe/London is a working
// day: Monday to Friday, not a holiday of c's division and not a closure.
func (c Calendar) IsWorkingDay(t time.Time) bool {
	var w walker
	w.cal = c
	return w.working(dateOf(t))
}

// HolidayOn returns the holiday (or closure) on the date of t in
// Europe/London, and false if that date is none. Weekends are not holidays:
// a Saturday is not a working day, but it is no Holiday either (unless it is
// a closure).
func (c Calendar) HolidayOn(t time.Time) (Holiday, bool) {
	d := dateOf(t)
	h := holidaysOf(c.div, d.Year())
	for i := 0; i < h.n; i++ {
		if h.e[i].day == d {
			return h.e[i].holiday(), true
		}
	}
	if c.isClosure(d) {
		return Holiday{Date: midnight(d), Kind: Closure}, true
	}
	return Holiday{}, false
}

// NextWorkingDay returns midnight (Europe/London) at the start of the first
// working day after the date of t.
func (c Calendar) NextWorkingDay(t time.Time) time.Time {
	return midnight(c.onOrAfter(dateOf(t).AddDays(1)))
}

// WorkingDayOnOrAfter returns midnight (Europe/London) at the start of the
// date of t if it is a working day, else of the next working day. It is the
// step that moves a deadline falling on a weekend or holiday.
func (c Calendar) WorkingDayOnOrAfter(t time.Time) time.Time {
	return midnight(c.onOrAfter(dateOf(t)))
}

// AddWorkingDays returns midnight (Europe/London) at the start of the n-th
// working day after the date of t (before it, for negative n). For n = 0 it
// is [Calendar.WorkingDayOnOrAfter]. Results saturate at 0001-01-01 and
// 9999-12-31.
func (c Calendar) AddWorkingDays(t time.Time, n int) time.Time {
	d := dateOf(t)
	w := walker{cal: c}
	switch {
	case n == 0:
		return midnight(w.onOrAfter(d))
	case n > 0:
		// A working day takes at least one day; no more days exist than
		// civil.Max - civil.Min, so larger counts saturate at once.
		if n > int(civil.Max-civil.Min) {
			return midnight(civil.Max)
		}
		for ; n > 0 && d < civil.Max; d = d.AddDays(1) {
			if w.working(d.AddDays(1)) {
				n--
			}
		}
	default:
		if -n > int(civil.Max-civil.Min) {
			return midnight(civil.Min)
		}
		for ; n < 0 && d > civil.Min; d = d.AddDays(-1) {
			if w.working(d.AddDays(-1)) {
				n++
			}
		}
	}
	return midnight(d)
}

// Holidays returns the holidays of c in the given year, with the host's
// closure days in that year, in date order. A closure on a day that is
// already a holiday is listed once, as the holiday. The weekends-only
// calendar lists only closures. Years outside 1 to 9999 have none.
func (c Calendar) Holidays(year int) []Holiday {
	h := holidaysOf(c.div, year)
	out := make([]Holiday, 0, h.n)
	for i := 0; i < h.n; i++ {
		out = append(out, h.e[i].holiday())
	}
	if c.closures == "" {
		return out
	}
	for i := range len(c.closures) / 4 {
		d := c.closureAt(i)
		if d.Year() != year || h.has(d) {
			continue
		}
		out = append(out, Holiday{Date: midnight(d), Kind: Closure})
	}
	slices.SortStableFunc(out, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	return out
}

func (e entry) holiday() Holiday {
	return Holiday{
		Date:       midnight(e.day),
		Kind:       e.kind,
		Substitute: e.flags&flagSubstitute != 0,
		Moved:      e.flags&flagMoved != 0,
	}
}

// onOrAfter returns d if it is a working day of c, else the next one.
func (c Calendar) onOrAfter(d civil.Date) civil.Date {
	w := walker{cal: c}
	return w.onOrAfter(d)
}

// walker answers "is this a working day?" for a run of nearby dates,
// computing each year's holidays once. It lives on the stack: no
// allocation, no shared state.
type walker struct {
	cal   Calendar
	year  int
	ready bool
	h     yearHolidays
}

func (w *walker) working(d civil.Date) bool {
	if isWeekend(d) {
		return false
	}
	if w.cal.div != weekendsOnly {
		if y, m, dd := d.YMD(); mayBeHoliday(m, dd) {
			if !w.ready || y != w.year {
				w.h, w.year, w.ready = holidaysOf(w.cal.div, y), y, true
			}
			if w.h.has(d) {
				return false
			}
		}
	}
	return w.cal.closures == "" || !w.cal.isClosure(d)
}

func (w *walker) onOrAfter(d civil.Date) civil.Date {
	for !w.working(d) && d < civil.Max {
		d = d.AddDays(1)
	}
	return d
}
