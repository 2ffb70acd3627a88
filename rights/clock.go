package rights

import (
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// Pause is a period during which the time limit does not run (UK Art.
// 12A(5)-(6) clarification of an access request). To is zero while the pause
// lasts.
//
// From is when the controller asked the data subject for the further
// information; To is when it arrived. Under UK GDPR Art. 12A(5)(b) "the
// period beginning with the day on which the controller makes the request
// and ending with the day on which the controller receives the information"
// does not count, so both the day asked and the day received are left out:
// a pause asked and answered on the same day stops the clock for one day,
// one asked on 10 March and answered on 14 March for five.
type Pause struct {
	From time.Time `json:"from,omitzero"` // when the controller asked for the further information
	To   time.Time `json:"to,omitzero"`   // when it arrived; zero while awaited
}

// Clock holds the time-limit facts of one request.
//
// Its methods apply the rules in force for the request, judged by the date
// it was received (reference §4.2 to §4.4):
//
//   - UK requests received from 2026-02-05 follow UK GDPR Art. 12A (DUAA
//     2025 s.76; S.I. 2026/82 reg. 4 keeps the old rules for earlier
//     requests), with the month counted by Regulation 1182/71 Art. 3 (UK
//     GDPR Art. 4A, DUAA 2025 Sch. 11 para 3): one month beginning with the
//     relevant time, the latest of
//     receipt, receipt of identity information asked for under Art. 12(6)
//     and payment of a fee charged under Art. 12(5) (Art. 12A(1)-(2));
//     extension by two further months (Art. 12A(3)); clarification pauses
//     for access requests only (Art. 12A(5)).
//   - Earlier UK requests follow the ICO's guidance then in force (guidance,
//     not statute): the month ran from the day after receipt for requests
//     received before 2019-08-15 and from the day of receipt afterwards; an
//     identity or fee request delayed the start; the clock stopped while
//     the controller awaited clarification of an access request from the
//     ICO's right of access guidance of 2020-10-21 (ICO blog "Simplifying
//     subject access requests", 21 October 2020), and not before.
//   - EU requests run from receipt (EU GDPR Art. 12(3) "within one month of
//     receipt of the request"), computed by Regulation 1182/71 Art. 3: the
//     day of receipt is not counted (Art. 3(1)), the period ends with the
//     day of the next month with the same date as the day of receipt, or the
//     month's last day where there is none (Art. 3(2)(c)), moved to the next
//     working day of the caller's Calendar (Art. 3(4)). For a month this
//     gives the same day as the ICO's method. The EU text has no pause and
//     does not delay the start for identity or a fee.
//
// In every regime the one-month period ends on the corresponding date of
// the next month (the month's last day where there is none) and a day that
// is not a working day moves the end to the next working day; an extended
// period ends three months from the original start date, by the same rule
// (the ICO's method: "three months from the original start date"; Art.
// 12A(3)'s "two further months" could also be read as two months added to
// the end of the first, which can be up to three days earlier at month
// ends: relevant time 31 January, 30 April by the ICO, 28 April the other
// way; the law is unsettled and this package follows the ICO), and
// clarification days are added to the end before it is moved to a working
// day. Dates are calendar dates in Europe/London, the location of every
// Calendar.
type Clock struct {
	Regime           basis.Regime `json:"regime,omitzero"`           // the law the request is made under
	Access           bool         `json:"access,omitzero"`           // the request is an access request (Art. 15); clarification pauses apply only to these under UK Art. 12A(5)
	Received         time.Time    `json:"received,omitzero"`         // when the request was received
	IdentityAsked    bool         `json:"identityAsked,omitzero"`    // identity information was requested under Art. 12(6)
	IdentityReceived time.Time    `json:"identityReceived,omitzero"` // when it arrived; zero while awaited
	FeeAsked         bool         `json:"feeAsked,omitzero"`         // a fee was charged under Art. 12(5)
	FeeReceived      time.Time    `json:"feeReceived,omitzero"`      // when it was paid; zero while awaited
	Clarifications   []Pause      `json:"clarifications,omitzero"`   // clarification pauses
	Extended         bool         `json:"extended,omitzero"`         // the period was extended by two further months (Art. 12(3) / UK Art. 12A(3))
}

// Dates of the ICO's changes of method, as civil day numbers (checked in
// the tests against their ISO dates).
const (
	// icoDayOfReceipt (2019-08-15): from this date the ICO counts the day
	// of receipt as day 1; before it, the day after (reference §4.4).
	icoDayOfReceipt civil.Date = 18123
	// icoClarificationPause (2020-10-21): the ICO's right of access
	// guidance lets a controller stop the clock while it awaits
	// clarification of an access request (reference §4.4).
	icoClarificationPause civil.Date = 18556
)

// clockRules is the method in force for one request.
type clockRules struct {
	dayAfter   bool // day 1 is the day after the start (ICO before 2019-08-15)
	delayStart bool // identity and fee requests delay the start
	pauses     bool // clarification pauses stop the clock (access requests)
	statute    bool // the UK Art. 12A rules apply
}

// rules returns the method in force for c, or false when c's regime is
// unspecified, its receipt is missing or it predates the GDPR (2018-05-25,
// Art. 99(2)), which this model does not cover.
func (c Clock) rules() (clockRules, bool) {
	if !c.Regime.IsValid() || c.Received.IsZero() || !c.Regime.InForce(basis.GDPRApplies, c.Received) {
		return clockRules{}, false
	}
	if c.Regime == basis.EU {
		return clockRules{}, true
	}
	if basis.UK.InForce(basis.TimeLimitsArt12A, c.Received) {
		return clockRules{delayStart: true, pauses: true, statute: true}, true
	}
	d := civil.LondonDate(c.Received)
	return clockRules{
		dayAfter:   d < icoDayOfReceipt,
		delayStart: true,
		pauses:     d >= icoClarificationPause,
	}, true
}

// Start returns the "relevant time" the month runs from (UK Art. 12A(2)):
// the latest of the receipt of the request, of identity information asked
// for and of the fee charged. It is false while identity information or a
// fee is awaited, and for a clock [Clock.Check] rejects (no receipt, no
// regime, identity received but never asked for, ...). Under the EU
// regime the start is the receipt of the request.
func (c Clock) Start() (time.Time, bool) {
	r, ok := c.rules()
	if !ok || c.startProblem() != nil {
		return time.Time{}, false
	}
	return c.start(r)
}

// start is Start under the rules r.
func (c Clock) start(r clockRules) (time.Time, bool) {
	start := c.Received
	if !r.delayStart {
		return start, true
	}
	if c.IdentityAsked {
		if c.IdentityReceived.IsZero() {
			return time.Time{}, false
		}
		if c.IdentityReceived.After(start) {
			start = c.IdentityReceived
		}
	}
	if c.FeeAsked {
		if c.FeeReceived.IsZero() {
			return time.Time{}, false
		}
		if c.FeeReceived.After(start) {
			start = c.FeeReceived
		}
	}
	return start, true
}

// Due returns midnight (Europe/London) at the start of the last day on
// which the request may be answered: one month from the start, or three
// when Extended, plus the days of clarification pauses where they apply,
// moved to the next working day of cal. It is false while the clock has not
// started (identity or fee awaited), while a clarification pause runs, and
// for a clock that cannot describe a real request, which [Clock.Check]
// rejects and explains: no regime or receipt, received before 2018-05-25,
// identity information received that was never asked for (or before the
// request), a fee paid that was never charged, or a clarification pause
// that counts but cannot have happened (no start, before receipt, ending
// before it starts, overlapping). Pauses where none apply (the EU GDPR, a
// request that is not an access request) are left out, as before.
//
// Due does not allocate for a clock Check accepts.
func (c Clock) Due(cal Calendar) (time.Time, bool) {
	months := 1
	if c.Extended {
		months = 3
	}
	d, ok := c.due(cal, months)
	if !ok {
		return time.Time{}, false
	}
	return civil.LondonMidnight(d), true
}

// ExtensionDeadline returns midnight (Europe/London) at the start of the
// last day on which the data subject may be told that the period is
// extended: the end of the first month, computed as [Clock.Due] computes an
// unextended deadline (EU Art. 12(3) "within one month of receipt"; UK Art.
// 12A(4)(a) "before the end of the period of one month beginning with the
// relevant time", with clarification days left out under Art.
// 12A(5)(b)(ii)). It is false when Due would be false, for an impossible
// clock too.
func (c Clock) ExtensionDeadline(cal Calendar) (time.Time, bool) {
	d, ok := c.due(cal, 1)
	if !ok {
		return time.Time{}, false
	}
	return civil.LondonMidnight(d), true
}

// Paused reports whether a clarification pause that stops this request's
// clock is running (a pause with no end, where pauses apply).
func (c Clock) Paused() bool {
	r, ok := c.rules()
	if !ok || !r.pauses || !c.Access {
		return false
	}
	for _, p := range c.Clarifications {
		if p.To.IsZero() {
			return true
		}
	}
	return false
}

// due returns the last day of a period of the given number of months, on a
// working day of cal.
func (c Clock) due(cal Calendar, months int) (civil.Date, bool) {
	r, ok := c.rules() // false for a bad regime or receipt
	if !ok || c.startProblem() != nil {
		return 0, false
	}
	start, ok := c.start(r)
	if !ok {
		return 0, false
	}
	first := civil.LondonDate(start)
	if r.dayAfter {
		first = first.AddDays(1)
	}
	end := monthsFrom(first, months)
	w := walker{cal: cal}
	if !r.pauses || !c.Access {
		return w.onOrAfter(end), true
	}
	if c.pauseOrderProblem(r) != nil {
		return 0, false
	}
	// Each pause pushes the end back by its days that fall within the
	// period and were not already counted by an earlier pause. A pause
	// asked after the last day to answer came too late to stop the clock.
	covered := first.AddDays(-1) // the last day already left out
	for _, p := range c.Clarifications {
		from := civil.LondonDate(p.From)
		if from > w.onOrAfter(end) {
			continue
		}
		if p.To.IsZero() {
			return 0, false
		}
		to := civil.LondonDate(p.To)
		lo := max(from, covered.AddDays(1))
		if to >= lo {
			end = end.AddDays(to.Sub(lo) + 1)
			covered = to
		}
	}
	return w.onOrAfter(end), true
}

// The codes [Clock.Check] reports.
const (
	// ClockRegimeUnspecified: the clock has no valid regime.
	ClockRegimeUnspecified Code = "rights/clock-regime-unspecified"
	// ClockReceivedMissing: the clock has no time of receipt.
	ClockReceivedMissing Code = "rights/clock-received-missing"
	// ClockBeforeGDPR: the request was received before the GDPR applied
	// (2018-05-25, Art. 99(2)); its time limit (the DPA 1998's 40 days) is
	// outside this model.
	ClockBeforeGDPR Code = "rights/clock-before-gdpr"
	// ClockIdentityNotAsked: identity information arrived but none was
	// asked for under Art. 12(6).
	ClockIdentityNotAsked Code = "rights/clock-identity-not-asked"
	// ClockIdentityBeforeReceipt: identity information arrived before the
	// request.
	ClockIdentityBeforeReceipt Code = "rights/clock-identity-before-receipt"
	// ClockFeeNotAsked: a fee was paid but none was charged under Art. 12(5).
	ClockFeeNotAsked Code = "rights/clock-fee-not-asked"
	// ClockFeeBeforeReceipt: the fee was paid before the request arrived.
	ClockFeeBeforeReceipt Code = "rights/clock-fee-before-receipt"
	// ClockPauseNotAccess: a clarification pause on a request that is not an
	// access request; UK Art. 12A(5) (and the ICO's guidance before it)
	// covers only requests under Art. 15.
	ClockPauseNotAccess Code = "rights/clock-pause-not-access"
	// ClockPauseNotAvailable: a clarification pause where the law in force
	// has none: the EU GDPR, and UK requests received before the ICO's
	// guidance of 2020-10-21.
	ClockPauseNotAvailable Code = "rights/clock-pause-not-available"
	// ClockPauseStartMissing: a pause with no start.
	ClockPauseStartMissing Code = "rights/clock-pause-start-missing"
	// ClockPauseBeforeReceipt: a pause that starts before the request was
	// received.
	ClockPauseBeforeReceipt Code = "rights/clock-pause-before-receipt"
	// ClockPauseReversed: a pause that ends before it starts.
	ClockPauseReversed Code = "rights/clock-pause-reversed"
	// ClockPauseOverlap: a pause that starts before the previous one ended
	// (or while it still runs); pauses are listed in order and one at a
	// time.
	ClockPauseOverlap Code = "rights/clock-pause-overlap"
)

// Check reports the first problem that makes c impossible, in field order,
// as an *[basis.InputError] with one of the Clock... codes whose Path is the
// JSON member at fault ("identityReceived", "clarifications[1].to"), or
// nil. A clock awaiting identity, a fee or clarification is not a problem.
func (c Clock) Check() error {
	if p := c.problem(); p != nil {
		return p
	}
	return nil
}

// problem is Check with a concrete result. It allocates only when it
// reports a problem.
func (c *Clock) problem() *basis.InputError {
	if p := c.receiptProblem(); p != nil {
		return p
	}
	return c.pauseProblem()
}

// clockFail builds the error of a Clock problem.
func clockFail(code Code, path, value, valid, article string) *basis.InputError {
	msg := valid
	if article != "" {
		msg += " (" + article + ")"
	}
	return &basis.InputError{Code: code, Path: path, Value: value, Message: msg}
}

// receiptProblem checks the facts of the start: regime, receipt, identity
// and fee. A clock with such a problem has no deadline.
func (c *Clock) receiptProblem() *basis.InputError {
	fail := clockFail
	if !c.Regime.IsValid() {
		e := fail(ClockRegimeUnspecified, "regime", c.Regime.String(), "not a regime", "")
		e.Valid = []string{"uk", "eu"}
		return e
	}
	if c.Received.IsZero() {
		return fail(ClockReceivedMissing, "received", "", "want the time the request was received", "")
	}
	if !c.Regime.InForce(basis.GDPRApplies, c.Received) {
		return fail(ClockBeforeGDPR, "received", stamp(c.Received), "want a request received from 2018-05-25", basis.EU.Cite("Art. 99(2)", c.Received))
	}
	return c.startProblem()
}

// startProblem checks the identity and fee facts of a clock whose regime
// and receipt are good.
func (c *Clock) startProblem() *basis.InputError {
	fail := clockFail
	cite := func(article string) string { return c.Regime.Cite(article, c.Received) }
	if !c.IdentityReceived.IsZero() {
		if !c.IdentityAsked {
			return fail(ClockIdentityNotAsked, "identityReceived", stamp(c.IdentityReceived), "want identityAsked set, or no identityReceived", cite("Art. 12(6)"))
		}
		if c.IdentityReceived.Before(c.Received) {
			return fail(ClockIdentityBeforeReceipt, "identityReceived", stamp(c.IdentityReceived), "want a time not before received "+stamp(c.Received), cite("Art. 12(6)"))
		}
	}
	if !c.FeeReceived.IsZero() {
		if !c.FeeAsked {
			return fail(ClockFeeNotAsked, "feeReceived", stamp(c.FeeReceived), "want feeAsked set, or no feeReceived", cite("Art. 12(5)"))
		}
		if c.FeeReceived.Before(c.Received) {
			return fail(ClockFeeBeforeReceipt, "feeReceived", stamp(c.FeeReceived), "want a time not before received "+stamp(c.Received), cite("Art. 12(5)"))
		}
	}
	return nil
}

// pauseProblem checks the clarification pauses of a clock whose receipt
// facts are good. Pauses where the law in force has none, or on a request
// that is not an access request, are reported by Check but do not count
// for the deadline (see [Clock.Due]); a pause that cannot have happened
// (no start, before receipt, reversed, overlapping) leaves no deadline.
func (c *Clock) pauseProblem() *basis.InputError {
	fail := clockFail
	cite := func(article string) string { return c.Regime.Cite(article, c.Received) }
	if len(c.Clarifications) == 0 {
		return nil
	}
	r, _ := c.rules()
	pauses := func() string { return strconv.Itoa(len(c.Clarifications)) + " pauses" }
	switch {
	case !r.pauses && c.Regime == basis.EU:
		return fail(ClockPauseNotAvailable, "clarifications", pauses(), "want none: the EU GDPR has no clarification pause", cite("Art. 12(3)"))
	case !r.pauses:
		return fail(ClockPauseNotAvailable, "clarifications", pauses(), "want none for a UK request received before 2020-10-21 (ICO right of access guidance)", cite("Art. 12(3)"))
	case !c.Access && r.statute:
		return fail(ClockPauseNotAccess, "clarifications", pauses(), "want none: only an access request can be paused for clarification", cite("Art. 12A(5)"))
	case !c.Access:
		return fail(ClockPauseNotAccess, "clarifications", pauses(), "want none: only an access request can be paused for clarification (ICO right of access guidance)", cite("Art. 15"))
	}
	return c.pauseOrderProblem(r)
}

// pauseOrderProblem checks pauses that count under the rules r: each has a
// start not before receipt, ends after it starts, and starts after the
// previous one ended.
func (c *Clock) pauseOrderProblem(r clockRules) *basis.InputError {
	fail := clockFail
	cite := func(article string) string { return c.Regime.Cite(article, c.Received) }
	// The provision, named only on failure: citing builds a string, and
	// Due calls this for every good clock too.
	article := func() string {
		if r.statute {
			return cite("Art. 12A(5)")
		}
		return "ICO right of access guidance (2020-10-21)"
	}
	var prev Pause
	for i, p := range c.Clarifications {
		field := func(name string) string { return basis.Index("clarifications", i) + "." + name }
		switch {
		case p.From.IsZero():
			return fail(ClockPauseStartMissing, field("from"), "", "want the time clarification was asked for", article())
		case civil.LondonDate(p.From).Before(civil.LondonDate(c.Received)):
			// Pauses count in whole days (the day asked and the day
			// answered), so a pause asked for on the day of receipt, even
			// at a time written as that day's midnight, is not before it:
			// the module's one date rule compares calendar dates.
			return fail(ClockPauseBeforeReceipt, field("from"), stamp(p.From), "want a time not before received "+stamp(c.Received), article())
		case !p.To.IsZero() && p.To.Before(p.From):
			return fail(ClockPauseReversed, field("to"), stamp(p.To), "want a time not before from "+stamp(p.From)+", or zero while awaited", article())
		case i > 0 && (prev.To.IsZero() || p.From.Before(prev.To)):
			return fail(ClockPauseOverlap, field("from"), stamp(p.From), "want a time not before the end of "+basis.Index("clarifications", i-1)+" "+stamp(prev.To), article())
		}
		prev = p
	}
	return nil
}
