package retention

// Rule is one retention statement: what data it governs, in which form, from
// which event, for how long, what happens at the end, and why. The fields a
// rule needs depend on its [Kind]:
//
//   - [After]: Trigger, Period (positive), Grace (optional), Action.
//   - [Until]: Trigger (the event that ends retention), Grace (optional),
//     Action; no Period.
//   - [Minimum]: Trigger, Period (positive), Law; Grace and Action optional.
//     The Law must impose a duty to keep the records (not a limitation
//     period). The record is kept through trigger + Period, and the rule
//     floors every maximum rule for the same Data and Trigger at the day
//     after; its own action is due then, its Grace counted from the end of
//     the Period.
//   - [ByLaw]: Law, Action, and the law's Period and Trigger when known.
//   - [Criteria]: Criteria text only.
//
// Every rule names its Reason: the purpose or the law the retention serves.
// [Schedule.Check] reports a rule that lacks what its kind needs. A Rule is a
// comparable value.
//
// In JSON a Rule is an object with the lowerCamel members below, zero
// fields left out; Kind, Action and Trigger are their codes and Period and
// Grace ISO 8601 durations ("P40Y"). A schedule's rules are keyed by ID,
// so the paths of [Schedule.Check]'s findings read `rules["net-9.3"].period`.
type Rule struct {
	ID      string  `json:"id,omitzero"`      // unique within a schedule, e.g. "net-9.3"
	Data    string  `json:"data,omitzero"`    // the data category governed, e.g. "candidate-identity"
	Kind    Kind    `json:"kind,omitzero"`    // the form of the statement
	Trigger Trigger `json:"trigger,omitzero"` // the event the period runs from (or, for Until, that ends retention)
	Period  Period  `json:"period,omitzero"`  // how long after the trigger; for Minimum, the statutory minimum (kept through trigger + Period)
	Grace   Period  `json:"grace,omitzero"`   // further time allowed to carry out the action ("plus up to 12 months")
	Action  Action  `json:"action,omitzero"`  // what happens when retention ends
	Reason  string  `json:"reason,omitzero"`  // the purpose or law the retention serves
	// Law is, for Minimum and ByLaw, the provision that requires the
	// retention, e.g. "Charities Act 2011 s.131"; for other kinds,
	// optionally the provision behind the period, e.g. "Limitation Act 1980
	// s.5" for records kept for the defence of claims.
	Law      string `json:"law,omitzero"`
	Criteria string `json:"criteria,omitzero"` // for Criteria: the criteria used to determine the period
}

// Article returns the provision the rule rests on: its Law when it names one,
// else the article of its kind.
func (r Rule) Article() string {
	if r.Law != "" {
		return r.Law
	}
	return r.Kind.Article()
}

// computable reports whether a due date can be computed from the rule.
func (r Rule) computable() bool {
	if r.Period.Validate() != nil || r.Grace.Validate() != nil {
		return false
	}
	switch r.Kind {
	case After, Minimum, ByLaw:
		return !r.Period.IsZero()
	case Until:
		return true
	}
	return false
}

// dueOn returns the day the action becomes due for a trigger on day t (the
// rule's own arithmetic, without statutory floors), and the last day of the
// grace period; end is the last day of the period itself, t + Period by the
// XML Schema rule.
//
// For a maximum the action is due on end ("kept for up to six years" allows
// disposal on the anniversary). A [Minimum] has run only when end is over:
// statutes that keep records "for N years from the date on which they are
// made" or "after the end of the tax year" exclude the day of the event, so
// the record is kept through the anniversary and the action is due the day
// after. The grace period counts from end for both, as "the minimum period
// plus up to 12 months" does, but the deadline is never before the due date.
func (r Rule) dueOn(t Day) (end, due, deadline Day) {
	end = t.add(r.Period)
	due = end
	if r.Kind == Minimum {
		due = end.add(Days(1))
	}
	return end, due, max(due, end.add(r.Grace))
}
