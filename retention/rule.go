package retention

// Rule is one retention statement: what data it governs, in which form, from
// which event, for how long, what happens at the end, and why. The fields a
// rule needs depend on its [Kind]:
//
//   - [After]: Trigger, Period (positive), Grace (optional), Action.
//   - [Until]: Trigger (the event that ends retention), Grace (optional),
//     Action; no Period.
//   - [Minimum]: Trigger, Period (positive), Law; Grace and Action optional.
//     It floors every maximum rule for the same Data and Trigger.
//   - [ByLaw]: Law, Action, and the law's Period and Trigger when known.
//   - [Criteria]: Criteria text only.
//
// Every rule names its Reason: the purpose or the law the retention serves.
// [Schedule.Check] reports a rule that lacks what its kind needs. A Rule is a
// comparable value.
type Rule struct {
	ID       string  // unique within a schedule, e.g. "net-9.3"
	Data     string  // the data category governed, e.g. "candidate-identity"
	Kind     Kind    // the form of the statement
	Trigger  Trigger // the event the period runs from (or, for Until, that ends retention)
	Period   Period  // how long after the trigger; for Minimum, the statutory minimum
	Grace    Period  // further time allowed to carry out the action ("plus up to 12 months")
	Action   Action  // what happens when retention ends
	Reason   string  // the purpose or law the retention serves
	Law      string  // for Minimum and ByLaw: the provision, e.g. "Charities Act 2011 s.131"
	Criteria string  // for Criteria: the criteria used to determine the period
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
// grace period: (t + Period) + Grace, each step by the XML Schema rule.
func (r Rule) dueOn(t Day) (due, deadline Day) {
	due = t.add(r.Period)
	return due, due.add(r.Grace)
}
