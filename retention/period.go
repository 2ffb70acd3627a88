package retention

import (
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// Limits on a [Period]'s fields. No retention rule of the five seed notices
// or of the statutes in the reference exceeds 40 years; a thousand years is
// far beyond any real rule yet keeps every sum well inside an int32 and
// inside the civil calendar's range (0001 to 9999), so arithmetic never
// overflows. Text above these limits is rejected, not clamped.
const (
	MaxYears  = 1000              // P1000Y
	MaxMonths = 12 * MaxYears     // P12000M
	MaxDays   = 366 * MaxYears    // P366000D (weeks count as 7 days)
	maxDigits = len("366000") + 1 // longer runs of digits are overflow
)

// Period is a length of calendar time: years, months and days. It is added
// to a date by the XML Schema rule (XML Schema Part 2, Appendix E): years and
// months first, with the day clamped to the last day of the resulting month,
// then days. So 2024-02-29 plus one year is 2025-02-28, and 2024-01-31 plus
// one month is 2024-02-29, never 2 March as [time.Time.AddDate] would give.
//
// The zero Period is "no time at all". Its text form is ISO 8601's duration
// (PnYnMnD); see [ParsePeriod]. A Period is valid when no field is negative
// and none exceeds its limit ([MaxYears], [MaxMonths], [MaxDays]).
type Period struct {
	Years, Months, Days int // whole years, months and days; none negative
}

// Years returns a period of n years.
func Years(n int) Period { return Period{Years: n} }

// Months returns a period of n months.
func Months(n int) Period { return Period{Months: n} }

// Days returns a period of n days.
func Days(n int) Period { return Period{Days: n} }

// AddTo returns t plus p: calendar arithmetic on t's date in t's own location
// (years and months with clamping to the month's last day, then days), with
// t's clock time kept. 2024-01-31 09:30 plus one month is 2024-02-29 09:30.
// The date saturates at 0001-01-01 and 9999-12-31. Where the clock time does
// not exist on the resulting date (a daylight-saving gap), [time.Date] moves
// it forward.
func (p Period) AddTo(t time.Time) time.Time {
	return p.addTo(civil.Of(t)).WithClock(t)
}

// addTo adds p to d, saturating at the calendar's bounds for any field
// values, however large or negative: a day count beyond the calendar's
// whole span saturates the same way, so it is cut to that span first.
func (p Period) addTo(d civil.Date) civil.Date {
	const span = 4_000_000 // days, more than 0001-01-01 to 9999-12-31
	return d.Add(p.Years, p.Months, min(max(p.Days, -span), span))
}

// AddToDay returns d plus p by the same rule as [Period.AddTo]. An invalid d
// is returned unchanged.
func (p Period) AddToDay(d Day) Day {
	if !d.IsValid() {
		return d
	}
	return d.add(p)
}

// IsZero reports whether p is no time at all.
func (p Period) IsZero() bool { return p == Period{} }

// Positive reports whether p is valid and not zero.
func (p Period) Positive() bool { return p.Validate() == nil && !p.IsZero() }

// Validate returns a *[PeriodError] ([CodePeriodRange]) if a field is
// negative or above its limit.
func (p Period) Validate() error {
	check := func(field string, v, limit int) error {
		switch {
		case v < 0:
			return &PeriodError{Code: CodePeriodRange, Value: p.String(), Valid: []string{"0 to " + strconv.Itoa(limit) + " " + field},
				Message: field + " is negative (" + strconv.Itoa(v) + "); a retention period runs forwards"}
		case v > limit:
			return &PeriodError{Code: CodePeriodRange, Value: p.String(), Valid: []string{"0 to " + strconv.Itoa(limit) + " " + field},
				Message: field + " is " + strconv.Itoa(v) + ", above the limit of " + strconv.Itoa(limit)}
		}
		return nil
	}
	if err := check("years", p.Years, MaxYears); err != nil {
		return err
	}
	if err := check("months", p.Months, MaxMonths); err != nil {
		return err
	}
	return check("days", p.Days, MaxDays)
}

// String returns the ISO 8601 form, such as "P1Y6M"; the zero period is
// "P0D". A field that is negative prints with its sign ("P-1Y"), which
// [ParsePeriod] rejects; use [Period.Validate] to catch it first.
func (p Period) String() string {
	return string(p.appendText(make([]byte, 0, 16)))
}

// AppendText appends the ISO 8601 form of p to b. An invalid period is a
// *[PeriodError] and leaves b unchanged.
func (p Period) AppendText(b []byte) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return b, err
	}
	return p.appendText(b), nil
}

// MarshalText returns the ISO 8601 form of p (see [Period.AppendText]).
func (p Period) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText parses the ISO 8601 form (see [ParsePeriod]); on error p is
// unchanged.
func (p *Period) UnmarshalText(text []byte) error {
	q, err := parsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

func (p Period) appendText(b []byte) []byte {
	b = append(b, 'P')
	if p.IsZero() {
		return append(b, '0', 'D')
	}
	if p.Years != 0 {
		b = append(strconv.AppendInt(b, int64(p.Years), 10), 'Y')
	}
	if p.Months != 0 {
		b = append(strconv.AppendInt(b, int64(p.Months), 10), 'M')
	}
	if p.Days != 0 {
		b = append(strconv.AppendInt(b, int64(p.Days), 10), 'D')
	}
	return b
}

// ParsePeriod parses an ISO 8601 duration of whole years, months, weeks and
// days: "P40Y", "P6M", "P1Y6M", "P10D", "P1Y2M3D", "P2W". Designators come in
// the order Y, M, W, D, each at most once, each after a run of decimal
// digits; weeks are stored as 7 days each, so "P2W" prints back as "P14D".
// Rejected, with a *[PeriodError] ([CodeBadPeriodText]) naming the column
// and quoting a bounded prefix of the text: a
// missing "P", a sign, fractions, time components ("T..."), designators out
// of order or repeated, lowercase designators, and numbers above the limits
// ([MaxYears], [MaxMonths], [MaxDays]).
func ParsePeriod(s string) (Period, error) { return parsePeriod(s) }

// MustParsePeriod is like [ParsePeriod] but panics on error. It is for
// constants in tables and tests.
func MustParsePeriod(s string) Period {
	p, err := parsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

func parsePeriod(s string) (Period, error) {
	fail := func(at int, problem string) (Period, error) {
		return Period{}, &PeriodError{Code: CodeBadPeriodText, Line: 1, Column: at + 1, Value: s, Message: problem}
	}
	if s == "" {
		return fail(0, "is empty; want an ISO 8601 duration such as P6M or P1Y6M")
	}
	switch s[0] {
	case 'P':
	case '-', '+':
		return fail(0, "has a sign; a retention period is never negative")
	case 'p':
		return fail(0, "starts with a lowercase p; the designators are uppercase (P, Y, M, W, D)")
	default:
		return fail(0, "does not start with P; want an ISO 8601 duration such as P6M or P1Y6M")
	}
	var p Period
	const designators = "YMWD"
	next := 0 // index in designators of the earliest designator still allowed
	i := 1
	if i == len(s) {
		return fail(i, "has no components after P; want at least one of nY, nM, nW, nD")
	}
	for i < len(s) {
		start := i
		c := s[i]
		if c == 'T' {
			return fail(i, "has a time component; only years, months, weeks and days are supported")
		}
		if c == '-' || c == '+' {
			return fail(i, "has a sign; a retention period is never negative")
		}
		if c < '0' || c > '9' {
			return fail(i, "has "+strconv.Quote(string(rune(c)))+" where a number was expected")
		}
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if i-start >= maxDigits {
				return fail(start, "has a number too large for a retention period")
			}
			n = n*10 + int(s[i]-'0')
			i++
		}
		if i == len(s) {
			return fail(start, "has a number with no designator after it (Y, M, W or D)")
		}
		d := s[i]
		switch d {
		case '.', ',':
			return fail(i, "has a fraction; only whole numbers are supported")
		case 'T':
			return fail(i, "has a time component; only years, months, weeks and days are supported")
		case 'H', 'S':
			return fail(i, "has a time component without T; only years, months, weeks and days are supported")
		}
		k := -1
		for j := 0; j < len(designators); j++ {
			if designators[j] == d {
				k = j
			}
		}
		switch {
		case k < 0 && d >= 'a' && d <= 'z':
			return fail(i, "has lowercase designator "+strconv.Quote(string(rune(d)))+"; the designators are uppercase Y, M, W, D")
		case k < 0:
			return fail(i, "has "+strconv.Quote(string(rune(d)))+" where a designator Y, M, W or D was expected")
		case k < next:
			return fail(i, "has designator "+string(rune(d))+" repeated or out of order; the order is Y, M, W, D")
		}
		next = k + 1
		switch d {
		case 'Y':
			if n > MaxYears {
				return fail(start, "has "+strconv.Itoa(n)+" years, above the limit of "+strconv.Itoa(MaxYears))
			}
			p.Years = n
		case 'M':
			if n > MaxMonths {
				return fail(start, "has "+strconv.Itoa(n)+" months, above the limit of "+strconv.Itoa(MaxMonths))
			}
			p.Months = n
		case 'W':
			if n > MaxDays/7 {
				return fail(start, "has "+strconv.Itoa(n)+" weeks, above the limit of "+strconv.Itoa(MaxDays/7))
			}
			p.Days = 7 * n
		case 'D':
			if p.Days+n > MaxDays {
				return fail(start, "has "+strconv.Itoa(p.Days+n)+" days, above the limit of "+strconv.Itoa(MaxDays))
			}
			p.Days += n
		}
		i++
	}
	return p, nil
}

// PeriodError reports text that is not a retention period
// ([CodeBadPeriodText], with Column the 1-based byte position where the
// problem starts, and Value the text, of which errors quote only a bounded
// prefix), or a [Period] whose fields are out of range ([CodePeriodRange],
// with Value the period's printed form). It is [basis.InputError], the one
// shape of malformed-input error of the module, so errors.As works with
// either name.
type PeriodError = basis.InputError
