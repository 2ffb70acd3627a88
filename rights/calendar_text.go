package rights

import (
	"strings"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// The text form of a Calendar is the division's code, then, if the host
// added closure days, "+" and the days as RFC 3339 dates separated by
// commas, in date order:
//
//	england-and-wales
//	scotland+2026-12-24,2026-12-31
//	weekends-only+2026-08-14
//
// Parsing is lenient where the meaning is plain (the code's case, spaces
// and underscores are folded as for every enumeration; spaces around a date
// are ignored; closure days may repeat or come in any order) and strict
// otherwise (an unknown code, an empty element or a date that does not
// exist is an error). Output is always canonical, so text → Calendar → text
// gives the canonical form and Calendar → text → Calendar gives an equal
// Calendar.

// divisionCodes are the codes of the divisions, indexed by division.
var divisionCodes = [...]string{
	weekendsOnly:    "weekends-only",
	englandAndWales: "england-and-wales",
	scotland:        "scotland",
	northernIreland: "northern-ireland",
}

// String returns the calendar's text form, such as "scotland" or
// "scotland+2026-12-24,2026-12-31" (see [ParseCalendar]).
func (c Calendar) String() string {
	b, _ := c.AppendText(nil)
	return string(b)
}

// AppendText appends the calendar's text form to b. It never fails.
func (c Calendar) AppendText(b []byte) ([]byte, error) {
	div := c.div
	if int(div) >= len(divisionCodes) {
		div = weekendsOnly // unreachable: a Calendar is built only here
	}
	b = append(b, divisionCodes[div]...)
	for i := range len(c.closures) / 4 {
		if i == 0 {
			b = append(b, '+')
		} else {
			b = append(b, ',')
		}
		b = c.closureAt(i).AppendText(b)
	}
	return b, nil
}

// MarshalText returns the calendar's text form. It never fails.
func (c Calendar) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText sets c from its text form (see [ParseCalendar]); empty text
// is the zero Calendar, [WeekendsOnly], as for the enumerations. On error c
// is unchanged and the error is an *[basis.InputError] with code
// [CodeCalendarText].
func (c *Calendar) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Calendar{}
		return nil
	}
	v, err := ParseCalendar(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCalendar returns the calendar with the given text form: a division
// code ("england-and-wales", "scotland", "northern-ireland" or
// "weekends-only"), optionally followed by "+" and closure days as
// comma-separated dates, such as "scotland+2026-12-24,2026-12-31". An error
// is an *[basis.InputError] with code [CodeCalendarText] whose Value is the
// element that failed (the division code or one closure date), and the
// Calendar returned with it is the zero Calendar, whatever part of the
// text was good: never use it (it is [WeekendsOnly], a valid calendar,
// which could silently move deadlines).
func ParseCalendar(s string) (Calendar, error) {
	code, dates, hasClosures := strings.Cut(s, "+")
	div, ok := parseDivision(code)
	if !ok {
		valid := calendarCodes()
		return Calendar{}, &basis.InputError{Code: CodeCalendarText, Value: code, Valid: valid,
			Message: "not a calendar: want a division code, then optionally + and closure dates",
			Err:     &basis.ParseError{Type: "rights.Calendar", Value: code, Valid: valid}}
	}
	c := Calendar{div: div}
	if !hasClosures {
		return c, nil
	}
	var days []civil.Date
	for elem := range strings.SplitSeq(dates, ",") {
		d, err := civil.Parse(strings.TrimSpace(elem))
		if err != nil {
			return Calendar{}, &basis.InputError{Code: CodeCalendarText, Value: elem,
				Message: "not a closure date (valid: a date YYYY-MM-DD from 0001-01-01 to 9999-12-31)", Err: err}
		}
		days = append(days, d)
	}
	return c.withDays(days), nil
}

// MustParseCalendar is like [ParseCalendar] but panics on error. It is for
// constants in tables and tests.
func MustParseCalendar(s string) Calendar {
	c, err := ParseCalendar(s)
	if err != nil {
		panic(err)
	}
	return c
}

// calendarCodes returns the division codes in the order the package
// documents them, the three UK divisions first. The slice is new.
func calendarCodes() []string {
	return []string{divisionCodes[englandAndWales], divisionCodes[scotland], divisionCodes[northernIreland], divisionCodes[weekendsOnly]}
}

// parseDivision folds a division code as the enumerations do.
func parseDivision(code string) (division, bool) {
	folded := strings.ToLower(strings.TrimSpace(code))
	folded = strings.Join(strings.FieldsFunc(folded, func(r rune) bool { return r == ' ' || r == '_' || r == '-' }), "-")
	for div, c := range divisionCodes {
		if folded == c {
			return division(div), true
		}
	}
	return 0, false
}
