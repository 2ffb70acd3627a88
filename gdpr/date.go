package gdpr

import (
	"fmt"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// Date is a calendar day with no time of day and no location, such as the
// date of a notice or of a DPIA: the register records days, and a check
// compares them with the calendar date of the day judged in the regime's
// location. The zero value is "no date" (not stated). A Date is a
// comparable value; its text form is the ISO 8601 (RFC 3339 full-date)
// "2024-05-01".
type Date struct {
	Year  int        // the year, 1 to 9999
	Month time.Month // the month of the year, 1 to 12
	Day   int        // the day of the month, 1 to 31
}

// ParseDate parses "2006-01-02", rejecting days that do not exist such as
// "2023-02-29".
func ParseDate(s string) (Date, error) {
	d, err := civil.Parse(s)
	if err != nil {
		return Date{}, fmt.Errorf("gdpr: %q is not a date of the form YYYY-MM-DD that exists", s)
	}
	y, m, dd := d.YMD()
	return Date{y, m, dd}, nil
}

// MustParseDate is like [ParseDate] but panics on error.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar date of t in t's own location; the zero time
// gives the zero Date.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a day of the Gregorian calendar from
// 0001-01-01 to 9999-12-31.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= 1 && d.Month <= 12 &&
		d.Day >= 1 && d.Day <= civil.DaysIn(d.Year, d.Month)
}

// In returns midnight at the start of d in loc; the zero Date gives the zero
// time.
func (d Date) In(loc *time.Location) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.compare(e) > 0 }

func (d Date) compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return d.Year - e.Year
	case d.Month != e.Month:
		return int(d.Month) - int(e.Month)
	}
	return d.Day - e.Day
}

// String returns "2006-01-02", "" for the zero Date, or a
// "gdpr.Date(y-m-d)" form for a Date that is not valid.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if !d.IsValid() {
		return fmt.Sprintf("gdpr.Date(%d-%d-%d)", d.Year, int(d.Month), d.Day)
	}
	return civil.FromYMD(d.Year, d.Month, d.Day).String()
}

// AppendText appends the ISO 8601 form of d to b; the zero Date appends
// nothing, and a Date that is not valid is an error.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	if !d.IsValid() {
		return b, fmt.Errorf("gdpr: %s is not a valid date", d)
	}
	return civil.FromYMD(d.Year, d.Month, d.Day).AppendText(b), nil
}

// MarshalText returns "2006-01-02"; the zero Date is empty text (a member
// tagged omitzero is left out).
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText parses "2006-01-02"; empty text is the zero Date. On error d
// is unchanged.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	x, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = x
	return nil
}
