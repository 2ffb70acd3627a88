package rights_test

import (
	"fmt"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/rights"
)

// The ICO's worked examples: the corresponding date in the next month, the
// month's last day where there is none, then the next working day.
func ExampleDeadline() {
	london, _ := time.LoadLocation("Europe/London")
	for _, received := range []time.Time{
		time.Date(2024, time.September, 3, 11, 0, 0, 0, london),
		time.Date(2025, time.January, 31, 16, 45, 0, 0, london),
		time.Date(2024, time.January, 31, 9, 0, 0, 0, london),
		time.Date(2027, time.April, 1, 14, 0, 0, 0, london), // 1 May 2027 is a Saturday, 3 May a bank holiday
	} {
		due := rights.Deadline(received, rights.EnglandAndWales)
		fmt.Println(received.Format("Mon 2 Jan 2006"), "→", due.Format("Mon 2 Jan 2006"))
	}
	// Output:
	// Tue 3 Sep 2024 → Thu 3 Oct 2024
	// Fri 31 Jan 2025 → Fri 28 Feb 2025
	// Wed 31 Jan 2024 → Thu 29 Feb 2024
	// Thu 1 Apr 2027 → Tue 4 May 2027
}

// An access request under UK Art. 12A: the month runs from the arrival of
// the identity information asked for, and a clarification pause (both the
// day asked and the day answered) does not count.
func ExampleClock() {
	london, _ := time.LoadLocation("Europe/London")
	date := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 10, 0, 0, 0, london) }
	c := rights.Clock{
		Regime:        basis.UK,
		Access:        true,
		Received:      date(time.June, 1),
		IdentityAsked: true,
	}
	_, ok := c.Due(rights.EnglandAndWales)
	fmt.Println("awaiting identity, due known:", ok)

	c.IdentityReceived = date(time.June, 3)
	due, _ := c.Due(rights.EnglandAndWales)
	fmt.Println("due:", due.Format(time.DateOnly))

	c.Clarifications = []rights.Pause{{From: date(time.June, 10), To: date(time.June, 14)}}
	due, _ = c.Due(rights.EnglandAndWales)
	fmt.Println("after a five-day pause:", due.Format(time.DateOnly))

	notify, _ := c.ExtensionDeadline(rights.EnglandAndWales)
	c.Extended = true
	due, _ = c.Due(rights.EnglandAndWales)
	fmt.Println("extend by:", notify.Format(time.DateOnly), "extended due:", due.Format(time.DateOnly))
	fmt.Println("check:", c.Check())
	// Output:
	// awaiting identity, due known: false
	// due: 2026-07-03
	// after a five-day pause: 2026-07-08
	// extend by: 2026-07-08 extended due: 2026-09-08
	// check: <nil>
}

// A clarification pause on a request that is not an access request is
// impossible under UK Art. 12A(5).
func ExampleClock_Check() {
	london, _ := time.LoadLocation("Europe/London")
	c := rights.Clock{
		Regime:         basis.UK,
		Received:       time.Date(2026, time.March, 2, 9, 0, 0, 0, london),
		Clarifications: []rights.Pause{{From: time.Date(2026, time.March, 3, 9, 0, 0, 0, london)}},
	}
	fmt.Println(c.Check())
	// Output:
	// clarifications: "1 pauses": want none: only an access request can be paused for clarification (UK GDPR Art. 12A(5)) [rights/clock-pause-not-access]
}
