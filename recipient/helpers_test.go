package recipient

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// on returns noon on the calendar date s in the regime's location, so a
// test's date is the date the rule sees.
func on(r basis.Regime, s string) time.Time {
	return civil.MustParse(s).Time(r.Location()).Add(12 * time.Hour)
}

// dayBefore and dayAfter shift a date string by one day.
func dayBefore(s string) string { return civil.MustParse(s).AddDays(-1).String() }
func dayAfter(s string) string  { return civil.MustParse(s).AddDays(1).String() }

// time0 is the zero time, a date the checks reject.
var time0 time.Time
