package retention

import (
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// Day is a calendar date as a day number: 1 is 0001-01-01 (proleptic
// Gregorian) and every later date counts on from there, so comparisons and
// whole-day differences are integer operations. The zero value is "no date"
// (for a record, "the trigger has not happened"); [Day.IsValid] reports
// whether a Day is a date between 0001-01-01 and 9999-12-31.
//
// Day is the unit of the streaming sweep: a host that stores trigger dates as
// Days can stream millions of records without converting a [time.Time] per
// record.
type Day int32

// dayOffset turns a civil.Date (days since 1970-01-01) into a Day.
const dayOffset = 1 - int32(civil.Min)

// Bounds of the valid Days.
const (
	FirstDay Day = Day(int32(civil.Min) + dayOffset) // 0001-01-01
	LastDay  Day = Day(int32(civil.Max) + dayOffset) // 9999-12-31
)

// DayOf returns the calendar date of t in loc. A nil loc means t's own
// location. For the Europe/London location of the schedule's default the
// date comes from the UK's summer-time rule rather than a time zone lookup
// (internal/civil), which is several times faster and gives the same answer.
func DayOf(t time.Time, loc *time.Location) Day {
	if loc == nil {
		loc = t.Location()
	}
	return fromCivil(civil.In(t, loc))
}

// DayFromYMD returns the Day of year y, month m and day d; out-of-range
// months and days normalise as [time.Date] does, and the result saturates at
// [FirstDay] and [LastDay].
func DayFromYMD(y int, m time.Month, d int) Day { return fromCivil(civil.FromYMD(y, m, d)) }

// ParseDay parses an RFC 3339 full-date such as 2024-02-29. Text of another
// form, and dates that do not exist (2023-02-29), are a *[basis.InputError]
// with [CodeBadDayText] quoting at most a bounded prefix of s.
func ParseDay(s string) (Day, error) {
	c, err := civil.Parse(s)
	if err != nil {
		msg := "is not a date of the form YYYY-MM-DD (RFC 3339 full-date)"
		if len(s) == 10 && s[4] == '-' && s[7] == '-' {
			msg = "is not a date of the form YYYY-MM-DD (RFC 3339 full-date), or no such day exists"
		}
		// The internal cause is not wrapped: its text quotes all of s and
		// its sentinel is not part of the API.
		return 0, &basis.InputError{Code: CodeBadDayText, Value: s, Message: msg}
	}
	return fromCivil(c), nil
}

// IsValid reports whether d is a date between 0001-01-01 and 9999-12-31.
func (d Day) IsValid() bool { return d >= FirstDay && d <= LastDay }

// Time returns midnight at the start of d in loc (a nil loc is UTC), or the
// zero time for an invalid Day.
func (d Day) Time(loc *time.Location) time.Time {
	if !d.IsValid() {
		return time.Time{}
	}
	if loc == nil {
		loc = time.UTC
	}
	return d.civil().Time(loc)
}

// YMD returns the year, month and day of a valid d; for an invalid d it
// returns zeros.
func (d Day) YMD() (year int, month time.Month, day int) {
	if !d.IsValid() {
		return 0, 0, 0
	}
	return d.civil().YMD()
}

// String returns d as 2006-01-02, or "none" for an invalid Day.
func (d Day) String() string {
	if !d.IsValid() {
		return "none"
	}
	return d.civil().String()
}

// AppendText appends d as 2006-01-02 to b; the zero Day appends nothing, so
// "no date" round-trips as empty text. Any other invalid Day is an error.
func (d Day) AppendText(b []byte) ([]byte, error) {
	switch {
	case d == 0:
		return b, nil
	case !d.IsValid():
		return b, badDay(d, "")
	}
	return d.civil().AppendText(b), nil
}

// MarshalText returns d as 2006-01-02 (see [Day.AppendText]).
func (d Day) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText parses 2006-01-02, or empty text as the zero Day; on error d
// is unchanged.
func (d *Day) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = 0
		return nil
	}
	x, err := ParseDay(string(text))
	if err != nil {
		return err
	}
	*d = x
	return nil
}

// add adds a period to a valid day by the XML Schema rule (civil.Date.Add),
// saturating at the bounds.
func (d Day) add(p Period) Day {
	return fromCivil(p.addTo(d.civil()))
}

func (d Day) civil() civil.Date { return civil.Date(int32(d) - dayOffset) }

func fromCivil(c civil.Date) Day { return Day(int32(c) + dayOffset) }

// badDay is the input error for a Day that is neither zero nor valid.
func badDay(d Day, path string) *basis.InputError {
	return &basis.InputError{Code: CodeBadDay, Path: path, Value: strconv.FormatInt(int64(d), 10),
		Valid:   []string{"0 (no date)", strconv.Itoa(int(FirstDay)) + " (0001-01-01) to " + strconv.Itoa(int(LastDay)) + " (9999-12-31)"},
		Message: "day number is outside 0001-01-01 to 9999-12-31"}
}
