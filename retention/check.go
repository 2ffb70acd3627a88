package retention

import (
	"errors"
	"strconv"
	"strings"
)

// Check reports every problem with the schedule's rules, sorted by rule,
// code, other rule and field:
//
//   - a kind that is unspecified ([CodeBadKind]);
//   - no reason ([CodeNoReason]);
//   - a rule that ends retention without an action ([CodeNoAction]);
//   - a zero or negative period where one is needed, a period or grace
//     period out of range, or a period on a kind that takes none
//     ([CodeBadPeriod]);
//   - no trigger, or an unknown one ([CodeNoTrigger], [CodeUnknownTrigger]);
//   - a Minimum or ByLaw rule that names no law ([CodeNoLaw]);
//   - a maximum whose action can fall due before a statutory minimum for
//     the same data and trigger has run ([CodeBelowMinimum]): on or before
//     the minimum's last day, the anniversary through which the statute
//     keeps the record, so a maximum of the same period is reported;
//   - two maxima for the same data and trigger that differ in kind, period,
//     grace or action, reported on both ([CodeConflict]);
//   - the advisory [CodeCriteriaOnly] and [CodeLawPeriodUnstated];
//   - the advisory [CodeMinimumOtherTrigger]: a statutory minimum for the
//     same data that counts from a different event than a maximum. Floors
//     apply only between rules with the same trigger (a [Record] carries
//     one trigger day), so such a minimum is not enforced: PAYE records
//     kept "3 years after the end of the tax year" (Income Tax (PAYE)
//     Regulations 2003 reg. 97) under a maximum of "2 years after the
//     employment ends" need the host to keep them until both have run, or
//     the maximum stated from the end of the tax year.
//
// Rules for different data, or for the same data from different triggers,
// never conflict: "until you notify us, or five years of inactivity" is two
// rules whose earlier due date applies (see [Schedule.EvaluateData]).
func (s *Schedule) Check() Errors {
	var errs Errors
	add := func(r Rule, code Code, field, value, msg string) {
		errs = append(errs, &Error{Code: code, Rule: r.ID, Field: field, Value: value, Article: code.Article(), Message: msg})
	}
	for _, r := range s.rules {
		s.checkRule(r, add)
	}
	for i, r := range s.rules {
		if !r.Kind.maximum() || r.Data == "" || !r.computable() {
			continue
		}
		for j, o := range s.rules {
			if i == j || o.Data != r.Data {
				continue
			}
			if o.Trigger != r.Trigger {
				if o.Kind == Minimum && o.computable() && o.Trigger != "" {
					errs = append(errs, &Error{Code: CodeMinimumOtherTrigger, Rule: r.ID, Other: o.ID, Field: "Trigger", Value: string(r.Trigger), Article: citation(o.Law, CodeMinimumOtherTrigger),
						Message: describe(r) + " counts from " + string(r.Trigger) + " but the statutory minimum of " + o.Period.String() +
							" (rule " + strconv.Quote(o.ID) + lawSuffix(o.Law) + ") counts from " + string(o.Trigger) +
							", so it cannot floor this rule: keep the data until both have run, or state the maximum from " + string(o.Trigger)})
				}
				continue
			}
			switch {
			case o.Kind == Minimum && o.computable() && undercuts(r, o):
				errs = append(errs, &Error{Code: CodeBelowMinimum, Rule: r.ID, Other: o.ID, Field: "Period", Value: r.Period.String(), Article: citation(o.Law, CodeBelowMinimum),
					Message: describe(r) + " lets the action fall due before the statutory minimum of " + o.Period.String() +
						" from " + string(o.Trigger) + " (rule " + strconv.Quote(o.ID) + lawSuffix(o.Law) + ") has run; the record is kept through the minimum's last day"})
			case o.Kind.maximum() && o.computable() && disagree(r, o):
				errs = append(errs, &Error{Code: CodeConflict, Rule: r.ID, Other: o.ID, Field: "Data", Value: r.Data, Article: CodeConflict.Article(),
					Message: "rules " + strconv.Quote(r.ID) + " (" + describe(r) + ") and " + strconv.Quote(o.ID) + " (" + describe(o) +
						") both govern " + strconv.Quote(r.Data) + " from " + string(r.Trigger) + " but disagree"})
			}
		}
	}
	errs.sort()
	return errs
}

func (s *Schedule) checkRule(r Rule, add func(Rule, Code, string, string, string)) {
	if !r.Kind.IsValid() {
		add(r, CodeBadKind, "Kind", r.Kind.String(), "kind is "+r.Kind.String()+" (valid: "+strings.Join(kinds.Codes(), ", ")+")")
		return
	}
	if strings.TrimSpace(r.Reason) == "" {
		add(r, CodeNoReason, "Reason", "", "no reason: name the purpose or the law the retention serves")
	}
	needsAction := r.Kind == After || r.Kind == Until || r.Kind == ByLaw
	switch {
	case needsAction && !r.Action.IsValid():
		add(r, CodeNoAction, "Action", r.Action.String(), "a "+r.Kind.String()+" rule needs an action at the end of retention (valid: "+strings.Join(actions.Codes(), ", ")+")")
	case r.Action != 0 && !r.Action.IsValid():
		add(r, CodeNoAction, "Action", r.Action.String(), "action "+r.Action.String()+" is out of range (valid: "+strings.Join(actions.Codes(), ", ")+")")
	}
	s.checkPeriods(r, add)
	needsTrigger := r.Kind == After || r.Kind == Until || r.Kind == Minimum || (r.Kind == ByLaw && !r.Period.IsZero())
	switch {
	case r.Trigger == "" && needsTrigger:
		add(r, CodeNoTrigger, "Trigger", "", "a "+r.Kind.String()+" rule needs the event its period runs from")
	case r.Trigger == "":
	case !r.Trigger.IsWellFormed():
		add(r, CodeUnknownTrigger, "Trigger", string(r.Trigger), "trigger "+strconv.Quote(string(r.Trigger))+" is not a lowercase code of letters, digits and hyphens")
	case !r.Trigger.IsWellKnown() && !s.triggers[r.Trigger]:
		add(r, CodeUnknownTrigger, "Trigger", string(r.Trigger), "trigger "+strconv.Quote(string(r.Trigger))+" is neither well known nor declared with WithTriggers (well known: "+joinTriggers()+")")
	}
	if (r.Kind == Minimum || r.Kind == ByLaw) && strings.TrimSpace(r.Law) == "" {
		add(r, CodeNoLaw, "Law", "", "a "+r.Kind.String()+" rule must name the law that requires the retention")
	}
	if r.Kind == Criteria {
		msg := "gives criteria but no period, so no action can fall due; state a period where possible (Art. 30(1)(f))"
		if strings.TrimSpace(r.Criteria) == "" {
			msg = "gives neither a period nor criteria"
		}
		add(r, CodeCriteriaOnly, "Criteria", r.Criteria, msg)
	}
}

func (s *Schedule) checkPeriods(r Rule, add func(Rule, Code, string, string, string)) {
	if msg, bad := periodProblem(r.Grace); bad {
		add(r, CodeBadPeriod, "Grace", r.Grace.String(), "grace period "+msg)
	}
	if msg, bad := periodProblem(r.Period); bad {
		add(r, CodeBadPeriod, "Period", r.Period.String(), "period "+msg)
		return
	}
	switch r.Kind {
	case After, Minimum:
		if r.Period.IsZero() {
			add(r, CodeBadPeriod, "Period", r.Period.String(), "a "+r.Kind.String()+" rule needs a positive period; for an action at the event itself use an until rule")
		}
	case Until:
		if !r.Period.IsZero() {
			add(r, CodeBadPeriod, "Period", r.Period.String(), "an until rule has no period; for a period after the event use an after rule")
		}
	case ByLaw:
		if r.Period.IsZero() {
			add(r, CodeLawPeriodUnstated, "Period", "", "does not state the period "+lawOr(r.Law)+" requires, so no action can fall due")
		}
	case Criteria:
		if !r.Period.IsZero() {
			add(r, CodeBadPeriod, "Period", r.Period.String(), "a criteria rule has no period; for a period use an after rule")
		}
	}
}

// periodProblem describes what makes p invalid.
func periodProblem(p Period) (string, bool) {
	var pe *PeriodError
	if err := p.Validate(); errors.As(err, &pe) {
		return pe.Field + " " + pe.Problem, true
	}
	return "", false
}

// undercuts reports whether maximum r lets its action fall due before
// minimum m has run for some trigger day: r.due(t) < m.due(t) for some t.
// The minimum's due date is the day after its last day (Rule.dueOn), that
// is t plus its period plus one day, and the day is added after the months,
// so it compares as one more day of the period: a maximum equal to the
// minimum falls due on the last day the statute requires and undercuts it.
func undercuts(r, m Rule) bool {
	rm, rd := r.Period.Years*12+r.Period.Months, r.Period.Days
	mm, md := m.Period.Years*12+m.Period.Months, m.Period.Days+1
	switch {
	case rm >= mm && rd >= md:
		// Adding more months lands in the same or a later month, and days
		// are added after: never earlier.
		return false
	case rm <= mm && rd <= md:
		// Fewer months (a strictly earlier month) or equal months and fewer
		// days: earlier for every trigger day.
		return true
	}
	// Mixed: more months but fewer days, or the reverse. Whether it is ever
	// earlier depends on month lengths, which repeat every 400 years
	// (146097 days), so one cycle decides it exactly.
	start := DayFromYMD(2000, 3, 1)
	for t := start; t < start+146097; t++ {
		_, rd, _ := r.dueOn(t)
		_, md, _ := m.dueOn(t)
		if rd < md {
			return true
		}
	}
	return false
}

// disagree reports whether two maxima for the same data and trigger give
// different answers.
func disagree(a, b Rule) bool {
	return a.Kind != b.Kind || a.Period != b.Period || a.Grace != b.Grace || a.Action != b.Action
}

func describe(r Rule) string {
	var b strings.Builder
	b.WriteString(r.Kind.String())
	if !r.Period.IsZero() {
		b.WriteString(" " + r.Period.String())
	}
	if r.Trigger != "" {
		b.WriteString(" from " + string(r.Trigger))
	}
	if !r.Grace.IsZero() {
		b.WriteString(" plus " + r.Grace.String())
	}
	b.WriteString(", then " + r.Action.String())
	return b.String()
}

// citation is the law a finding rests on, or the code's article when the
// rule names none.
func citation(law string, c Code) string {
	if law == "" {
		return c.Article()
	}
	return law
}

func lawSuffix(law string) string {
	if law == "" {
		return ""
	}
	return ", " + law
}

func lawOr(law string) string {
	if law == "" {
		return "the law"
	}
	return law
}

func joinTriggers() string {
	var b strings.Builder
	for i, t := range wellKnownTriggers {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(t))
	}
	return b.String()
}
