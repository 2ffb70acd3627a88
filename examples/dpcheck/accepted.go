package main

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// acceptance records that a finding was looked at and accepted: the
// finding (code and path, as the checker prints them, and the regime when
// only one regime's finding is accepted), why, by whom and on what day. The
// register records them (its "accepted" member). An accepted finding is
// shown as accepted and not counted, from its date on (always, when the
// acceptance has no date).
type acceptance struct {
	Code   basis.Code   `json:"code"`
	Path   string       `json:"path,omitzero"`
	Regime basis.Regime `json:"regime,omitzero"`
	Reason string       `json:"reason"`
	Who    string       `json:"by,omitzero"`
	Date   day          `json:"date,omitzero"`
}

// accepts reports whether a accepts f on day at.
func (a *acceptance) accepts(f basis.Finding, at civil.Date) bool {
	return a.Code == f.Code && samePath(a.Path, f.Path) && (a.Regime == 0 || a.Regime == f.Regime) &&
		(!a.Date.set || !a.Date.date.After(at))
}

// IsZero reports whether no date is set.
func (d day) IsZero() bool { return !d.set }

// day is a calendar date written YYYY-MM-DD; the zero value is no date.
type day struct {
	date civil.Date
	set  bool
}

func (d day) String() string {
	if !d.set {
		return ""
	}
	return d.date.String()
}

// MarshalText writes the date as YYYY-MM-DD.
func (d day) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date written YYYY-MM-DD.
func (d *day) UnmarshalText(b []byte) error {
	c, err := civil.Parse(string(b))
	if err != nil {
		return &basis.InputError{Code: codeBadDate, Value: string(b),
			Message: "not a date written as year-month-day, such as 2024-05-02", Err: err}
	}
	*d = day{c, true}
	return nil
}

// The codes of the problems the command itself reports.
const (
	codeBadDate    basis.Code = "dpcheck/bad-date"
	codeUnreadable basis.Code = "dpcheck/unreadable"
)
