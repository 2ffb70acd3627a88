package civil

import "time"

// The UK's legal dates are dates in Europe/London, and finding the date of an
// instant there is on the hot path of every deadline and every retention
// decision. From 1997 British Summer Time has followed one rule: it runs from
// 01:00 GMT on the last Sunday in March to 01:00 GMT on the last Sunday in
// October (Summer Time Act 1972 s.1 as amended; Summer Time Order 2002, S.I.
// 2002/262, which continues the rule with no end date; the time zone
// database extends the same rule into the future). LondonDate and
// LondonMidnight compute with that rule, several times faster than a time
// zone lookup, and fall back to the database outside 1997 to 9999. Tests
// compare both for every hour of 1996 to 2100 and around every change.

const (
	londonRuleFrom     = 852076800    // 1997-01-01T00:00:00Z, in Unix seconds
	londonRuleTo       = 253402300800 // 10000-01-01T00:00:00Z, in Unix seconds
	londonRuleFromDate = Date(9862)   // 1997-01-01
)

// LondonDate returns the calendar date of t in Europe/London; it equals
// In(t, London()).
func LondonDate(t time.Time) Date {
	sec := t.Unix()
	if sec < londonRuleFrom || sec >= londonRuleTo {
		return Of(t.In(London()))
	}
	d := Date(sec / 86400)
	_, m, day := d.YMD()
	if m < time.March || m > time.October {
		return d
	}
	// The change happens at 01:00 GMT on the last Sunday.
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
		return Date((sec + 3600) / 86400)
	}
	return d
}

// LondonMidnight returns midnight at the start of d in Europe/London; it
// equals d.Time(London()). Midnight is in summer time on the days after the
// last Sunday in March up to and including the last Sunday in October.
func LondonMidnight(d Date) time.Time {
	if d < londonRuleFromDate {
		return d.Time(London())
	}
	sec := int64(d) * 86400
	_, m, day := d.YMD()
	if (m > time.March || m == time.March && vsLastSunday(day, d) > 0) &&
		(m < time.October || m == time.October && vsLastSunday(day, d) <= 0) {
		sec -= 3600
	}
	return time.Unix(sec, 0).In(London())
}

// vsLastSunday compares d, the day-th of its month, with the last Sunday of
// that month, for a month of 31 days as March and October are: -1 before it,
// 0 on it, 1 after it. The most recent Sunday on or before d is the
// (day - weekday)-th, and it is the last Sunday exactly when it is the 25th
// or later.
func vsLastSunday(day int, d Date) int {
	w := int(d.Weekday())
	switch {
	case day-w < 25:
		return -1
	case w == 0:
		return 0
	}
	return 1
}
