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
// comparable with == (and [Calendar.Equal], for go-cmp). Its text form names the division and lists the
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

// Equal reports whether c and d are the same calendar: the same division
// and the same closure days. It is c == d, as a method so that
// github.com/google/go-cmp, which cannot see unexported fields, compares
// structs that hold a Calendar.
func (c Calendar) Equal(d Calendar) bool { return c == d }

// WithClosures returns a copy of c in which the dates of the given times in
// Europe/London are also non-working days. c itself is unchanged.
//
// For statutory time limits ([Deadline], [Clock], [Request]) add only public
// holidays this package does not know: a bank holiday proclaimed after it
// was written, such as the one-offs of 2022 and 2023. A time limit moves past
// Saturdays, Sundays and public holidays only (UK GDPR Art. 4A, inserted by
// DUAA 2025 Sch. 11 para 3, applying Regulation 1182/71 Art. 3(4); the
// ICO's method), so a day a host's office is merely closed, such as the days
// between Christmas and New Year, does not extend it: a calendar with such
// closures gives a deadline later than the law allows. Such a calendar is
// right for a host's own working-day targets and rotas.
func (c Calendar) WithClosures(dates ...time.Time) Calendar {
	if len(dates) == 0 {
		return c
	}
	days := c.closureDays()
	for _, t := range dates {
		days = append(days, civil.LondonDate(t))
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
		out[i] = civil.LondonMidnight(d)
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
	return w.working(civil.LondonDate(t))
}

// HolidayOn returns the holiday (or closure) on the date of t in
// Europe/London, and false if that date is none. Weekends are not holidays:
// a Saturday is not a working day, but it is no Holiday either (unless it is
// a closure).
func (c Calendar) HolidayOn(t time.Time) (Holiday, bool) {
	d := civil.LondonDate(t)
	h := holidaysOf(c.div, d.Year())
	for i := 0; i < h.n; i++ {
		if h.e[i].day == d {
			return h.e[i].holiday(), true
		}
	}
	if c.isClosure(d) {
		return Holiday{Date: civil.LondonMidnight(d), Kind: Closure}, true
	}
	return Holiday{}, false
}

// NextWorkingDay returns midnight (Europe/London) at the start of the first
// working day after the date of t.
func (c Calendar) NextWorkingDay(t time.Time) time.Time {
	return civil.LondonMidnight(c.onOrAfter(civil.LondonDate(t).AddDays(1)))
}

// WorkingDayOnOrAfter returns midnight (Europe/London) at the start of the
// date of t if it is a working day, else of the next working day. It is the
// step that moves a deadline falling on a weekend or holiday.
func (c Calendar) WorkingDayOnOrAfter(t time.Time) time.Time {
	return civil.LondonMidnight(c.onOrAfter(civil.LondonDate(t)))
}

// AddWorkingDays returns midnight (Europe/London) at the start of the n-th
// working day after the date of t (before it, for negative n). For n = 0 it
// is [Calendar.WorkingDayOnOrAfter]. Results saturate at 0001-01-01 and
// 9999-12-31.
func (c Calendar) AddWorkingDays(t time.Time, n int) time.Time {
	d := civil.LondonDate(t)
	w := walker{cal: c}
	switch {
	case n == 0:
		return civil.LondonMidnight(w.onOrAfter(d))
	case n > 0:
		// A working day takes at least one day; no more days exist than
		// civil.Max - civil.Min, so larger counts saturate at once.
		if n > int(civil.Max-civil.Min) {
			return civil.LondonMidnight(civil.Max)
		}
		for ; n > 0 && d < civil.Max; d = d.AddDays(1) {
			if w.working(d.AddDays(1)) {
				n--
			}
		}
	default:
		if -n > int(civil.Max-civil.Min) {
			return civil.LondonMidnight(civil.Min)
		}
		for ; n < 0 && d > civil.Min; d = d.AddDays(-1) {
			if w.working(d.AddDays(-1)) {
				n++
			}
		}
	}
	return civil.LondonMidnight(d)
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
		out = append(out, Holiday{Date: civil.LondonMidnight(d), Kind: Closure})
	}
	slices.SortStableFunc(out, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	return out
}

func (e entry) holiday() Holiday {
	return Holiday{
		Date:       civil.LondonMidnight(e.day),
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
