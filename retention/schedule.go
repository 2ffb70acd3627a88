package retention

import (
	"iter"
	"slices"
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// Schedule is a set of retention rules by ID, with the location in which
// calendar dates are counted. It is immutable after [NewSchedule] and safe
// for concurrent use.
type Schedule struct {
	rules    []Rule
	index    map[string]Ref
	plans    []plan           // plans[i]: what NewSchedule worked out about rule i
	byData   map[string][]Ref // the rules EvaluateData weighs for each data category
	triggers map[Trigger]bool
	loc      *time.Location
}

// Ref is the position of a rule in its schedule, for records that must not
// carry a string (see [Record]). Refs are 0, 1, 2, ... in the order the rules
// were given to [NewSchedule]; a schedule holds at most [MaxRules] rules.
type Ref uint16

// MaxRules is the largest number of rules a schedule may hold, so that a
// [Ref] fits in 16 bits and a [Record] in 16 bytes.
const MaxRules = 1 << 16

// Option configures a [Schedule].
type Option func(*Schedule)

// WithLocation sets the location in which the dates of times are taken (the
// default is Europe/London, where UK legal dates are counted).
func WithLocation(loc *time.Location) Option {
	return func(s *Schedule) {
		if loc != nil {
			s.loc = loc
		}
	}
}

// WithTriggers declares an organisation's own triggers, so that
// [Schedule.Check] does not report them as unknown.
func WithTriggers(ts ...Trigger) Option {
	return func(s *Schedule) {
		for _, t := range ts {
			s.triggers[t] = true
		}
	}
}

// NewSchedule returns a schedule of copies of rules. It fails only when the
// rules cannot be told apart: an empty ID ([CodeNoID]) or a repeated one
// ([CodeDuplicateID]), all reported in an [Errors]; or when there are more
// than [MaxRules] of them ([CodeTooManyRules]). Everything else about
// the rules is reported by [Schedule.Check], not here, so that a schedule
// with problems can still be inspected.
func NewSchedule(rules []Rule, opts ...Option) (*Schedule, error) {
	if len(rules) > MaxRules {
		n := strconv.Itoa(len(rules))
		return nil, Errors{&Error{Code: CodeTooManyRules, Field: "rules", Value: n, Article: CodeTooManyRules.Article(),
			Message: "a schedule holds at most " + strconv.Itoa(MaxRules) + " rules; " + n + " were given"}}
	}
	s := &Schedule{
		rules:    slices.Clone(rules),
		index:    make(map[string]Ref, len(rules)),
		triggers: map[Trigger]bool{},
		loc:      civil.London(),
	}
	for _, o := range opts {
		o(s)
	}
	var errs Errors
	for i, r := range s.rules {
		switch _, dup := s.index[r.ID]; {
		case r.ID == "":
			errs = append(errs, &Error{Code: CodeNoID, Field: "ID", Value: strconv.Itoa(i), Article: CodeNoID.Article(),
				Message: "rule " + strconv.Itoa(i) + " has no ID; every rule needs a unique ID"})
		case dup:
			errs = append(errs, &Error{Code: CodeDuplicateID, Rule: r.ID, Field: "ID", Value: r.ID, Article: CodeDuplicateID.Article(),
				Message: "ID " + strconv.Quote(r.ID) + " is used by rules " + strconv.Itoa(int(s.index[r.ID])) + " and " + strconv.Itoa(i)})
		default:
			s.index[r.ID] = Ref(i)
		}
	}
	if len(errs) > 0 {
		errs.sort()
		return nil, errs
	}
	s.plans = make([]plan, len(s.rules))
	s.byData = make(map[string][]Ref)
	minimums := make(map[string][]Ref)
	for i, r := range s.rules {
		switch {
		case r.Data == "":
		case r.Kind == Minimum:
			minimums[r.Data] = append(minimums[r.Data], Ref(i))
		default:
			s.byData[r.Data] = append(s.byData[r.Data], Ref(i))
		}
	}
	for data, refs := range minimums {
		if len(s.byData[data]) == 0 {
			s.byData[data] = refs
		}
	}
	for i, r := range s.rules {
		p := &s.plans[i]
		p.computable = r.computable()
		if !r.Kind.maximum() || r.Data == "" {
			continue
		}
		for j, m := range s.rules {
			if m.Kind == Minimum && m.Data == r.Data && m.Trigger == r.Trigger && m.computable() {
				p.floors = append(p.floors, Ref(j))
			}
		}
	}
	return s, nil
}

// plan is what a schedule works out once about one of its rules.
type plan struct {
	computable bool  // the rule gives a due date (Rule.computable)
	floors     []Ref // the Minimum rules for the same data and trigger
}

// Location returns the location in which the schedule counts dates.
func (s *Schedule) Location() *time.Location { return s.loc }

// Len returns the number of rules.
func (s *Schedule) Len() int { return len(s.rules) }

// Rule returns the rule with the given ID.
func (s *Schedule) Rule(id string) (Rule, bool) {
	ref, ok := s.index[id]
	if !ok {
		return Rule{}, false
	}
	return s.rules[ref], true
}

// Ref returns the position of the rule with the given ID.
func (s *Schedule) Ref(id string) (Ref, bool) {
	ref, ok := s.index[id]
	return ref, ok
}

// At returns the rule at ref.
func (s *Schedule) At(ref Ref) (Rule, bool) {
	if int(ref) >= len(s.rules) {
		return Rule{}, false
	}
	return s.rules[ref], true
}

// Rules yields the rules in the order they were given.
func (s *Schedule) Rules() iter.Seq[Rule] {
	return func(yield func(Rule) bool) {
		for _, r := range s.rules {
			if !yield(r) {
				return
			}
		}
	}
}

// dueOn returns when rule ref falls due for a trigger on day t, with the
// statutory floors of the schedule applied: the latest of the rule's own due
// date and those of the Minimum rules for the same data and trigger (each
// the day after the minimum's last day, see Rule.dueOn). The deadline is
// the latest of the rule's own, the minimums' own, and the rule's grace
// period counted from the last day of each minimum, so never before the due
// date. Each part is a non-decreasing function of t, so the result is too;
// the sweep relies on that. ok is false when the rule gives nothing to
// compute with.
func (s *Schedule) dueOn(ref Ref, t Day) (due, deadline Day, ok bool) {
	p := &s.plans[ref]
	if !p.computable {
		return 0, 0, false
	}
	r := &s.rules[ref]
	_, due, deadline = r.dueOn(t)
	for _, f := range p.floors {
		fe, fd, fl := s.rules[f].dueOn(t)
		// The rule's own grace still runs from the end of a minimum that
		// floors it.
		due, deadline = max(due, fd), max(deadline, fl, fe.add(r.Grace))
	}
	return due, deadline, true
}

// Facts are what is known about one record: when each trigger happened and
// which legal holds apply.
type Facts struct {
	Events map[Trigger]time.Time // when each trigger happened; absent or the zero time means not yet
	Holds  []Hold                // legal holds on the record
}

// Hold suspends retention actions on a record, for example while the data
// are needed for legal claims (UK GDPR Art. 17(3)(e)).
type Hold struct {
	Reason string    // why the data must be kept, e.g. "employment tribunal claim 2024/123"
	Until  time.Time // when the hold lapses; zero means until it is lifted
}

// activeAt reports whether the hold applies at t.
func (h Hold) activeAt(t time.Time) bool { return h.Until.IsZero() || t.Before(h.Until) }

// Decision is the outcome of evaluating one record against one rule.
type Decision struct {
	Rule     string // the rule's ID
	Status   Status // not due, due, overdue, trigger pending, held or undetermined
	Trigger  Day    // the day the trigger happened (zero if it has not)
	Due      Day    // the first day the action is due (zero if unknown)
	Deadline Day    // the last day of the grace period (zero if unknown)
	Action   Action // the rule's action
	Reason   string // the rule's reason
	Hold     string // the reason of the hold, when Status is Held
	Article  string // the provision the decision rests on
}

// Evaluate decides what rule id requires of a record with the given facts,
// as of asOf. Dates are the calendar dates of the times in the schedule's
// location. The action is due from the trigger's date plus the period (with
// the statutory floors of Minimum rules for the same data and trigger
// applied) and overdue after that date plus the grace period. An unknown id
// is an *[Error] with [CodeUnknownRule].
//
// The status is [Undetermined] for a rule with no period to compute with,
// [TriggerPending] when the trigger has not happened, [NotDue] before the due
// date, [Held] when a hold applies from then on, and else [Due] or, after the
// deadline, [Overdue].
func (s *Schedule) Evaluate(id string, f Facts, asOf time.Time) (Decision, error) {
	ref, ok := s.index[id]
	if !ok {
		return Decision{}, s.unknownRule(id)
	}
	return s.decide(ref, f, DayOf(asOf, s.loc), activeHold(f.Holds, asOf)), nil
}

// EvaluateData decides a record of one data category against every rule for
// that data, for statements with several ends such as "until the time that
// you notify us otherwise, or your account has been inactive for five
// years": retention ends at whichever comes first. The rules considered are
// those for the data that are not Minimum rules (the Minimum rules floor
// them, as in [Schedule.Evaluate]); where the data has only Minimum rules,
// those. The answer is the [Schedule.Evaluate] decision of the rule with the
// earliest due date among those whose trigger has happened (ties go to the
// earlier deadline, then to the rule given first); when no rule has a due
// date, it is the first rule whose trigger is pending ([TriggerPending]),
// else the first rule ([Undetermined]). Data that no rule governs is an
// *[Error] with [CodeUnknownData].
//
// "Whichever comes first" is the reading for rules that end retention
// (delete, anonymise). A schedule that also asks for a [Review] before a
// later deletion gets the review's decision here for as long as it is the
// earlier; evaluate each rule with [Schedule.Evaluate] to see both.
func (s *Schedule) EvaluateData(data string, f Facts, asOf time.Time) (Decision, error) {
	refs := s.byData[data]
	if len(refs) == 0 {
		return Decision{}, &Error{Code: CodeUnknownData, Field: "Data", Value: data, Article: CodeUnknownData.Article(),
			Message: "no rule of the schedule governs data " + strconv.Quote(data)}
	}
	a, hold := DayOf(asOf, s.loc), activeHold(f.Holds, asOf)
	var best Decision
	for i, ref := range refs {
		d := s.decide(ref, f, a, hold)
		if i == 0 || earlier(d, best) {
			best = d
		}
	}
	return best, nil
}

// earlier reports whether decision d ends retention before e: it has a due
// date and e has none or a later one (then a later deadline); without due
// dates, a pending trigger comes before an undetermined rule.
func earlier(d, e Decision) bool {
	switch {
	case d.Due != 0 && e.Due != 0:
		return d.Due < e.Due || d.Due == e.Due && d.Deadline < e.Deadline
	case d.Due != 0 || e.Due != 0:
		return d.Due != 0
	}
	return d.Status == TriggerPending && e.Status == Undetermined
}

// decide is Evaluate for rule ref, the as-of day a and the reason of the
// hold in force then ("" for none).
func (s *Schedule) decide(ref Ref, f Facts, a Day, hold string) Decision {
	r := &s.rules[ref]
	d := Decision{Rule: r.ID, Action: r.Action, Reason: r.Reason, Article: r.Article()}
	if !s.plans[ref].computable {
		d.Status = Undetermined
		return d
	}
	at := f.Events[r.Trigger]
	if at.IsZero() {
		d.Status = TriggerPending
		return d
	}
	d.Trigger = DayOf(at, s.loc)
	d.Status = s.status(ref, d.Trigger, a, hold != "", &d.Due, &d.Deadline)
	if d.Status == Held {
		d.Hold = hold
	}
	return d
}

// activeHold returns the reason of the first hold in force at t ("legal
// hold" when it gives none), or "" when none is.
func activeHold(holds []Hold, t time.Time) string {
	for _, h := range holds {
		if h.activeAt(t) {
			if h.Reason == "" {
				return "legal hold"
			}
			return h.Reason
		}
	}
	return ""
}

// status is the one-record decision on days, shared by Evaluate and the
// tests that hold the sweep to it.
func (s *Schedule) status(ref Ref, trigger, asOf Day, held bool, due, deadline *Day) Status {
	if !trigger.IsValid() {
		return TriggerPending
	}
	d, l, ok := s.dueOn(ref, trigger)
	if !ok {
		return Undetermined
	}
	*due, *deadline = d, l
	switch {
	case asOf < d:
		return NotDue
	case held:
		return Held
	case asOf > l:
		return Overdue
	}
	return Due
}

func (s *Schedule) unknownRule(id string) *Error {
	return &Error{Code: CodeUnknownRule, Rule: id, Value: id, Article: CodeUnknownRule.Article(),
		Message: "the schedule has no rule " + strconv.Quote(id)}
}
