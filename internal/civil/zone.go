package civil

import (
	"sync"
	"time"
)

var (
	london   = sync.OnceValue(func() *time.Location { return mustLoad("Europe/London") })
	brussels = sync.OnceValue(func() *time.Location { return mustLoad("Europe/Brussels") })
)

// London returns the Europe/London location, in which UK legal dates (bank
// holidays, commencement dates, deadlines) are counted. The time zone database
// is embedded (time/tzdata), so it resolves on any machine.
func London() *time.Location { return london() }

// Brussels returns the Europe/Brussels location, used for EU dates (the
// Official Journal's dates of effect).
func Brussels() *time.Location { return brussels() }

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		// Unreachable: time/tzdata is linked in. Fall back to a fixed zone
		// rather than panic.
		return time.FixedZone(name, 0)
	}
	return loc
}

// RegimeDate returns the calendar date of t where a regime's dated rules are
// judged: Central European Time (Brussels) when eu, else Europe/London. It is
// the one rule behind basis.Regime.OnOrBefore and every package's dated
// checks.
func RegimeDate(eu bool, t time.Time) Date {
	if eu {
		return In(t, Brussels())
	}
	return LondonDate(t)
}
