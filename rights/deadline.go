package rights

import (
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// Deadline returns midnight (Europe/London) at the start of the last day on
// which a request received at received may be answered, when the one-month
// time limit runs from receipt (UK GDPR Art. 12(3) and Art. 12A(1); EU GDPR
// Art. 12(3)). It follows the ICO's method (reference §4.3):
//
//   - the day of receipt is day 1, whether or not it is a working day (the
//     ICO's position since 2019-08-15);
//   - the time limit ends on the corresponding calendar date of the next
//     month: received 3 September, due 3 October;
//   - where the next month has no corresponding date, on its last day:
//     received 31 January, due 28 February (29 in a leap year);
//   - where that day is not a working day of cal, on the next working day.
//
// The day of receipt is the calendar date of received in Europe/London. For
// a one-month period the result is the same as Regulation 1182/71 Art. 3,
// which governs the EU's periods and, from 2026-02-05, the UK GDPR's too
// (UK GDPR Art. 4A, inserted by DUAA 2025 Sch. 11 para 3): the day of the
// event is not counted (Art. 3(1)), the month ends with the day of the same
// date, or the month's last day where there is none (Art. 3(2)(c)), and a
// period ending on a Saturday, Sunday or public holiday ends with the next
// working day (Art. 3(4)). So the ICO's method is statutory for requests
// received from that date (see [Clock]). For requests whose clock was delayed
// (identity, fee), paused (clarification) or extended, and for the ICO's
// earlier method, use [Clock.Due].
//
// A zero received (time.Time{}, "not known") gives the zero time, which
// [time.Time.IsZero] reports: there is no deadline for a request with no
// date of receipt, and a year-1 date would look like one.
//
// Deadline does not allocate.
func Deadline(received time.Time, cal Calendar) time.Time {
	if received.IsZero() {
		return time.Time{}
	}
	return civil.LondonMidnight(cal.onOrAfter(monthsFrom(civil.LondonDate(received), 1)))
}

// monthsFrom returns the last day of a period of n months that begins on
// day first (first is day 1), before any move to a working day: the
// corresponding date n months later, or that month's last day where there
// is none (reference §4.3; civil.Date.AddMonths clamps to the month's end).
func monthsFrom(first civil.Date, n int) civil.Date {
	return first.AddMonths(n)
}
