package retention

import (
	"errors"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/text"
)

// maxRelated is the most other rules a finding names in Related; a
// schedule of thousands of rules for one data category would otherwise
// give findings of quadratic size.
const maxRelated = 8

// Check reports what it finds in the schedule's rules, under regime r (which
// only chooses the instrument cited: "UK GDPR Art. 5(1)(e)" for the UK,
// "GDPR Art. 5(1)(e)" for the EU). A schedule has no date, so the citations
// are those of the regime's current instrument (basis.Regime.Cite with the
// zero time). The findings come sorted ([basis.Findings.Sort]); their paths
// are the JSON member names of the rules (`rules["net-9.3"].period`, see
// [Rule]) and, for findings about two rules, Related holds the path of the
// other (at most eight others). The severity is set below where each rule
// of law is applied:
//
//   - a kind that is unspecified ([CodeBadKind], error);
//   - no reason ([CodeNoReason], info: not evidenced);
//   - a rule that ends retention without an action ([CodeNoAction], info:
//     not stated; an action out of range is an error);
//   - a zero or negative period where one is needed, a period or grace
//     period out of range, or a period on a kind that takes none
//     ([CodeBadPeriod], error);
//   - no trigger ([CodeNoTrigger], warning: nothing can fall due), a trigger
//     that is not a code ([CodeUnknownTrigger], error) or not known
//     ([CodeUnknownTrigger], warning);
//   - a Minimum or ByLaw rule that names no law ([CodeNoLaw], warning);
//   - a Minimum rule whose law imposes no duty to keep the data
//     ([CodeNotRetentionDuty], warning): a limitation period, or DPA 2018
//     Sch. 1 para 40;
//   - a maximum whose action can fall due before a statutory minimum for
//     the same data and trigger has run ([CodeBelowMinimum], error: the
//     data would go while Art. 6(1)(c) and Art. 17(3)(b) require them
//     kept): on or before the minimum's last day, the anniversary through
//     which the statute keeps the record, so a maximum of the same period
//     is reported;
//   - two maxima for the same data and trigger that differ in kind, period,
//     grace or action, reported on both ([CodeConflict], warning: neither
//     statement breaks Art. 5(1)(e) by itself, but the schedule does not
//     say which applies, so the period stated under Art. 13(2)(a) and
//     30(1)(f) is unclear);
//   - [CodeCriteriaOnly] and [CodeLawPeriodUnstated] (info);
//   - [CodeMinimumOtherTrigger] (warning): a statutory minimum for the
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
//
// Check takes time near-linear in the number of rules: rules are grouped by
// data and trigger, and a maximum is weighed against each distinct minimum
// period of its group and against the other classes of terms (not against
// every other rule).
//
// Check cites the GDPR as the regime's instrument in force now; [Schedule.CheckAt]
// cites it as in force on a date (GDPR, not UK GDPR, in the UK before
// 2021-01-01).
func (s *Schedule) Check(reg basis.Regime) Findings { return s.CheckAt(reg, time.Time{}) }

// CheckAt is [Schedule.Check] with its citations made for the instrument in
// force on the date of at (a zero at means now). The rules a schedule is
// checked against do not change with the date; only the names of the
// instruments do.
func (s *Schedule) CheckAt(reg basis.Regime, at time.Time) Findings {
	var fs Findings
	add := func(r Rule, code Code, sev basis.Severity, field, value, msg string) {
		fs = append(fs, Finding{Code: code, Severity: sev, Path: basis.JoinPath(rulePath(r.ID), field),
			Value: value, Article: cite(reg, at, code), Message: msg})
	}
	for _, r := range s.rules {
		s.checkRule(r, add)
	}
	g := s.groups()
	memo := map[[4]int]bool{}
	for _, r := range s.rules {
		if !r.Kind.maximum() || r.Data == "" || !r.computable() {
			continue
		}
		path := rulePath(r.ID)
		// Minimums for the same data from another trigger.
		var other []Ref
		for _, c := range g.minTriggers[r.Data] {
			if c.trigger == r.Trigger {
				continue
			}
			for _, m := range c.refs {
				if len(other) == maxRelated {
					break
				}
				other = append(other, m)
			}
		}
		if len(other) > 0 {
			o := s.rules[s.firstByID(other)]
			fs = append(fs, Finding{Code: CodeMinimumOtherTrigger, Severity: basis.Warning, Path: basis.JoinPath(path, "trigger"),
				Value: string(r.Trigger), Article: citation(o.Law, reg, at, CodeMinimumOtherTrigger), Related: s.paths(other, "trigger"),
				Message: describe(r) + " counts from " + quote(string(r.Trigger)) + " but the statutory minimum of " + o.Period.String() +
					" (rule " + quote(o.ID) + lawSuffix(o.Law) + ") counts from " + quote(string(o.Trigger)) +
					", so it cannot floor this rule: keep the data until both have run, or state the maximum from " + quote(string(o.Trigger))})
		}
		grp := g.byKey[dataTrigger{r.Data, r.Trigger}]
		// Statutory minimums of the same data and trigger it undercuts.
		var below []Ref
		for _, m := range grp.minima {
			if len(below) == maxRelated {
				break
			}
			if undercutsMemo(r, s.rules[m], memo) {
				below = append(below, m)
			}
		}
		if len(below) > 0 {
			o := s.rules[s.firstByID(below)]
			fs = append(fs, Finding{Code: CodeBelowMinimum, Severity: basis.Error, Path: basis.JoinPath(path, "period"),
				Value: r.Period.String(), Article: citation(o.Law, reg, at, CodeBelowMinimum), Related: s.paths(below, "period"),
				Message: describe(r) + " lets the action fall due before the statutory minimum of " + o.Period.String() +
					" from " + quote(string(o.Trigger)) + " (rule " + quote(o.ID) + lawSuffix(o.Law) + ") has run; the record is kept through the minimum's last day"})
		}
		// Other maxima of the same data and trigger with different terms.
		var conflict []Ref
		own := terms(r)
		total := 0
		for _, c := range grp.classes {
			if c.terms == own {
				continue
			}
			total += len(c.refs)
			for _, o := range c.refs {
				if len(conflict) == maxRelated {
					break
				}
				conflict = append(conflict, o)
			}
		}
		if len(conflict) > 0 {
			o := s.rules[conflict[0]]
			more := ""
			if total > 1 {
				more = " (and " + itoa(total-1) + " more)"
			}
			fs = append(fs, Finding{Code: CodeConflict, Severity: basis.Warning, Path: path,
				Value: r.Data, Article: cite(reg, at, CodeConflict), Related: s.paths(conflict, ""),
				Message: "rules " + quote(r.ID) + " (" + describe(r) + ") and " + quote(o.ID) + " (" + describe(o) + ")" + more +
					" both govern " + quote(r.Data) + " from " + quote(string(r.Trigger)) + " but disagree"})
		}
	}
	fs.Sort()
	return fs
}

// paths returns the paths of the rules at refs, with field appended.
func (s *Schedule) paths(refs []Ref, field string) []string {
	out := make([]string, len(refs))
	for i, ref := range refs {
		out[i] = basis.JoinPath(rulePath(s.rules[ref].ID), field)
	}
	return out
}

// ruleTerms are the terms two maxima of the same data and trigger must share
// not to conflict.
type ruleTerms struct {
	kind          Kind
	period, grace Period
	action        Action
}

func terms(r Rule) ruleTerms { return ruleTerms{r.Kind, r.Period, r.Grace, r.Action} }

// termClass is the maxima of one group that share their terms, in order.
type termClass struct {
	terms ruleTerms
	refs  []Ref
}

// triggerClass is the computable minima of one data category that count
// from one trigger, in order.
type triggerClass struct {
	trigger Trigger
	refs    []Ref
}

// checkGroup is the rules of one data category and trigger that Check
// weighs against each other.
type checkGroup struct {
	minima  []Ref       // computable Minimum rules, the first of each distinct period
	classes []termClass // computable maxima by terms, in order of first appearance
}

type checkGroups struct {
	byKey       map[dataTrigger]*checkGroup
	minTriggers map[string][]triggerClass // per data, computable minima with a trigger, by trigger
}

// groups sorts the schedule's rules into the groups Check weighs, in one
// pass.
func (s *Schedule) groups() checkGroups {
	g := checkGroups{byKey: map[dataTrigger]*checkGroup{}, minTriggers: map[string][]triggerClass{}}
	minPeriods := map[dataTrigger]map[Period]int{}
	classIndex := map[dataTrigger]map[ruleTerms]int{}
	triggerIndex := map[dataTrigger]int{} // index in minTriggers[data]
	for i, r := range s.rules {
		if r.Data == "" || !r.computable() {
			continue
		}
		k := dataTrigger{r.Data, r.Trigger}
		grp := g.byKey[k]
		if grp == nil {
			grp = &checkGroup{}
			g.byKey[k] = grp
		}
		switch {
		case r.Kind == Minimum:
			if minPeriods[k] == nil {
				minPeriods[k] = map[Period]int{}
			}
			// One minimum per distinct period: the one with the smallest
			// id, so that the finding does not depend on rule order.
			if j, seen := minPeriods[k][r.Period]; !seen {
				minPeriods[k][r.Period] = len(grp.minima)
				grp.minima = append(grp.minima, Ref(i))
			} else if r.ID < s.rules[grp.minima[j]].ID {
				grp.minima[j] = Ref(i)
			}
			if r.Trigger != "" {
				cs := g.minTriggers[r.Data]
				j, ok := triggerIndex[k]
				if !ok {
					cs = append(cs, triggerClass{trigger: r.Trigger})
					j = len(cs) - 1
					triggerIndex[k] = j
				}
				// At most maxRelated+1 refs per class are ever read.
				if len(cs[j].refs) <= maxRelated {
					cs[j].refs = append(cs[j].refs, Ref(i))
				}
				g.minTriggers[r.Data] = cs
			}
		case r.Kind.maximum():
			if classIndex[k] == nil {
				classIndex[k] = map[ruleTerms]int{}
			}
			t := terms(r)
			j, ok := classIndex[k][t]
			if !ok {
				j = len(grp.classes)
				classIndex[k][t] = j
				grp.classes = append(grp.classes, termClass{terms: t})
			}
			grp.classes[j].refs = append(grp.classes[j].refs, Ref(i))
		}
	}
	return g
}

func (s *Schedule) checkRule(r Rule, add func(Rule, Code, basis.Severity, string, string, string)) {
	if !r.Kind.IsValid() {
		add(r, CodeBadKind, basis.Error, "kind", r.Kind.String(), "kind is "+r.Kind.String()+" (valid: "+strings.Join(kinds.Codes(), ", ")+")")
		return
	}
	if strings.TrimSpace(r.Reason) == "" {
		// Not evidenced: the schedule does not record the purpose (Art.
		// 5(1)(b)); that is a gap in the record, not unlawful retention.
		add(r, CodeNoReason, basis.Info, "reason", "", "no reason recorded: name the purpose or the law the retention serves")
	}
	needsAction := r.Kind == After || r.Kind == Until || r.Kind == ByLaw
	switch {
	case r.Action != 0 && !r.Action.IsValid():
		add(r, CodeNoAction, basis.Error, "action", r.Action.String(), "action "+r.Action.String()+" is out of range (valid: "+strings.Join(actions.Codes(), ", ")+")")
	case needsAction && r.Action == 0:
		// Not stated: Art. 13(2)(a) asks for the period, not for what
		// happens at its end, and Art. 5(1)(e) allows erasure or
		// anonymisation, so a notice may be silent.
		add(r, CodeNoAction, basis.Info, "action", "", "the "+r.Kind.String()+" rule does not state the action at the end of retention (valid: "+strings.Join(actions.Codes(), ", ")+")")
	}
	s.checkPeriods(r, add)
	needsTrigger := r.Kind == After || r.Kind == Until || r.Kind == Minimum || (r.Kind == ByLaw && !r.Period.IsZero())
	switch {
	case r.Trigger == "" && needsTrigger:
		add(r, CodeNoTrigger, basis.Warning, "trigger", "", "the "+r.Kind.String()+" rule does not state the event its period runs from, so no action can fall due under it")
	case r.Trigger == "":
	case !r.Trigger.IsWellFormed():
		add(r, CodeUnknownTrigger, basis.Error, "trigger", string(r.Trigger), "trigger "+quote(string(r.Trigger))+" is not a lowercase code of letters, digits and hyphens")
	case !r.Trigger.IsWellKnown() && !s.triggers[r.Trigger]:
		add(r, CodeUnknownTrigger, basis.Warning, "trigger", string(r.Trigger), "trigger "+quote(string(r.Trigger))+" is neither well known nor declared with WithTriggers (well known: "+joinTriggers()+")")
	}
	if (r.Kind == Minimum || r.Kind == ByLaw) && strings.TrimSpace(r.Law) == "" {
		add(r, CodeNoLaw, basis.Warning, "law", "", "a "+r.Kind.String()+" rule must name the law that requires the retention")
	}
	if r.Kind == Minimum {
		if why := notRetentionDuty(r.Law); why != "" {
			// A mislabelled kind of rule, not unlawful retention (Warning).
			add(r, CodeNotRetentionDuty, basis.Warning, "law", r.Law, why)
		}
	}
	if r.Kind == Criteria {
		msg := "gives criteria but no period, so no action can fall due; state a period where possible (Art. 30(1)(f))"
		if strings.TrimSpace(r.Criteria) == "" {
			msg = "gives neither a period nor criteria"
		}
		add(r, CodeCriteriaOnly, basis.Info, "criteria", r.Criteria, msg)
	}
}

// notRetentionDuty says why law, cited by a Minimum rule, imposes no duty
// to keep the personal data, or returns "".
//
//   - DPA 2018 Sch. 1 para 40 requires the controller to retain the
//     appropriate policy document (and keep it under review) during the
//     processing under a Schedule 1 condition and for six months after it
//     ends (para 40(1)); it says nothing of how long the personal data
//     processed under the condition are kept, so it floors no data.
//   - The Limitation Act 1980 bars actions after a period (ss.2, 5); it
//     imposes no duty to keep anything, so it is a Reason and Law of an
//     [After] rule (Art. 17(3)(e)), not a Minimum.
func notRetentionDuty(law string) string {
	l := strings.ToLower(law)
	compact := strings.Join(strings.Fields(strings.NewReplacer(".", " ", ",", " ").Replace(l)), " ")
	switch {
	case strings.Contains(l, "limitation act"):
		return "a limitation period imposes no duty to keep the data: state it as the reason of an after rule (defence of claims, Art. 17(3)(e)), not as a minimum"
	case (strings.Contains(compact, "sch 1 para 40") || strings.Contains(compact, "schedule 1 paragraph 40") ||
		strings.Contains(compact, "schedule 1 para 40")) && (strings.Contains(l, "dpa") || strings.Contains(l, "data protection act")):
		return "DPA 2018 Sch. 1 para 40 is a duty to keep the appropriate policy document (for six months after the processing ends), not the personal data: it is no minimum for them"
	}
	return ""
}

func (s *Schedule) checkPeriods(r Rule, add func(Rule, Code, basis.Severity, string, string, string)) {
	if msg, bad := periodProblem(r.Grace); bad {
		add(r, CodeBadPeriod, basis.Error, "grace", r.Grace.String(), "grace period: "+msg)
	}
	if msg, bad := periodProblem(r.Period); bad {
		add(r, CodeBadPeriod, basis.Error, "period", r.Period.String(), "period: "+msg)
		return
	}
	switch r.Kind {
	case After, Minimum:
		if r.Period.IsZero() {
			add(r, CodeBadPeriod, basis.Error, "period", r.Period.String(), "a "+r.Kind.String()+" rule needs a positive period; for an action at the event itself use an until rule")
		}
	case Until:
		if !r.Period.IsZero() {
			add(r, CodeBadPeriod, basis.Error, "period", r.Period.String(), "an until rule has no period; for a period after the event use an after rule")
		}
	case ByLaw:
		if r.Period.IsZero() {
			add(r, CodeLawPeriodUnstated, basis.Info, "period", "", "does not state the period "+lawOr(r.Law)+" requires, so no action can fall due")
		}
	case Criteria:
		if !r.Period.IsZero() {
			add(r, CodeBadPeriod, basis.Error, "period", r.Period.String(), "a criteria rule has no period; for a period use an after rule")
		}
	}
}

// periodProblem describes what makes p invalid.
func periodProblem(p Period) (string, bool) {
	var pe *PeriodError
	if err := p.Validate(); errors.As(err, &pe) {
		return pe.Message, true
	}
	return "", false
}

// undercuts reports whether maximum r lets its action fall due before
// minimum m has run for some trigger day: r.due(t) < m.due(t) for some t.
// The minimum's due date is the day after its last day (Rule.dueOn), that
// is t plus its period plus one day, and the day is added after the months,
// so it compares as one more day of the period: a maximum equal to the
// minimum falls due on the last day the statute requires and undercuts it.
func undercuts(r, m Rule) bool { return undercutsMemo(r, m, nil) }

// undercutsMemo is undercuts with the answers of the mixed cases kept in
// memo (when not nil) by the periods' months and days.
func undercutsMemo(r, m Rule, memo map[[4]int]bool) bool {
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
	// Mixed. k more months than the other add, for any start day, between
	// 28k-3 and 31k+3 days: k whole months are 28k to 31k days, and the
	// clamping of the day of the month (to 28 to 31) moves either end by
	// at most 3 days. Outside that band the answer needs no calendar.
	if rm > mm {
		// r is earlier iff its k more months are fewer than md-rd days.
		k, e := rm-mm, md-rd
		switch {
		case e <= 28*k-3:
			return false
		case e > 31*k+3:
			return true
		}
	} else {
		// r is earlier iff m's k more months are more than rd-md days.
		k, e := mm-rm, rd-md
		switch {
		case e < 28*k-3:
			return true
		case e >= 31*k+3:
			return false
		}
	}
	key := [4]int{rm, rd, mm, md}
	if v, ok := memo[key]; ok {
		return v
	}
	v := undercutsCycle(r, m)
	if memo != nil {
		memo[key] = v
	}
	return v
}

// undercutsCycle decides undercuts by trying every start day of one
// 400-year cycle.
func undercutsCycle(r, m Rule) bool {
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

func describe(r Rule) string {
	var b strings.Builder
	b.WriteString(r.Kind.String())
	if !r.Period.IsZero() {
		b.WriteString(" " + r.Period.String())
	}
	if r.Trigger != "" {
		b.WriteString(" from " + text.Clip(string(r.Trigger)))
	}
	if !r.Grace.IsZero() {
		b.WriteString(" plus " + r.Grace.String())
	}
	b.WriteString(", then " + r.Action.String())
	return b.String()
}

// citation is the law a finding rests on, or the code's article when the
// rule names none.
func citation(law string, reg basis.Regime, at time.Time, c Code) string {
	if law == "" {
		return cite(reg, at, c)
	}
	return law
}

func lawSuffix(law string) string {
	if law == "" {
		return ""
	}
	return ", " + text.Clip(law)
}

func lawOr(law string) string {
	if law == "" {
		return "the law"
	}
	return text.Clip(law)
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

// firstByID returns the rule of refs with the smallest id: the one a
// finding names when several minimums qualify equally, so that what Check
// reports depends on the rules and not on their order in the schedule.
func (s *Schedule) firstByID(refs []Ref) Ref {
	best := refs[0]
	for _, m := range refs[1:] {
		if s.rules[m].ID < s.rules[best].ID {
			best = m
		}
	}
	return best
}
