package retention

import (
	"errors"
	"iter"
	"slices"
	"time"

	"github.com/dpmodel/dpmodel/basis"
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
	triggers map[Trigger]bool // declared with WithTriggers
	known    map[Trigger]bool // well known, declared, or the trigger of a rule
	loc      *time.Location
}

// Ref is the position of a rule in its schedule, for records that must not
// carry a string (see [Record]). Refs are 0, 1, 2, ... in the order the rules
// were given to [NewSchedule]; a schedule holds at most [MaxRules] rules.
type Ref uint16

// MaxIDLen is the longest rule ID, in bytes, a schedule accepts, so that
// the paths of findings (`rules["id"].period`) stay short.
const MaxIDLen = 256

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
// ([CodeDuplicateID]), an ID longer than [MaxIDLen] bytes ([CodeLongID]),
// or more than [MaxRules] rules ([CodeTooManyRules]).
// The error is a *[basis.InputError] for the first such rule, at the path
// `rules["id"].id`; when several rules are at fault its Err joins the
// *[basis.InputError]s of the others. Everything else about the rules is
// reported by [Schedule.Check], not here, so that a schedule with problems
// can still be inspected.
//
// It takes time linear in the number of rules (with a map per data
// category and trigger), however many rules share data.
func NewSchedule(rules []Rule, opts ...Option) (*Schedule, error) {
	if len(rules) > MaxRules {
		n := itoa(len(rules))
		e := inputError(CodeTooManyRules, "rules", n, "a schedule holds at most "+itoa(MaxRules)+" rules; "+n+" were given")
		e.Valid = []string{"0 to " + itoa(MaxRules) + " rules"}
		return nil, e
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
	var errs []error
	for i, r := range s.rules {
		switch first, dup := s.index[r.ID]; {
		case len(r.ID) > MaxIDLen:
			e := inputError(CodeLongID, "rules", r.ID, "rule "+itoa(i)+" (counting from 0) has an ID of "+itoa(len(r.ID))+" bytes, above the limit of "+itoa(MaxIDLen))
			errs = append(errs, e)
		case r.ID == "":
			errs = append(errs, inputError(CodeNoID, rulePath("")+".id", "",
				"rule "+itoa(i)+" (counting from 0) has no ID; every rule needs a unique ID"))
		case dup:
			errs = append(errs, inputError(CodeDuplicateID, rulePath(r.ID)+".id", r.ID,
				"the ID is used by rules "+itoa(int(first))+" and "+itoa(i)+" (counting from 0); every rule needs a unique ID"))
		default:
			s.index[r.ID] = Ref(i)
		}
	}
	if len(errs) > 0 {
		e := errs[0].(*basis.InputError)
		if len(errs) > 1 {
			e.Message += " (and " + itoa(len(errs)-1) + " more)"
			e.Err = errors.Join(errs[1:]...)
		}
		return nil, e
	}
	s.known = make(map[Trigger]bool, len(wellKnownTriggers)+len(s.triggers))
	for _, t := range wellKnownTriggers {
		s.known[t] = true
	}
	for t := range s.triggers {
		s.known[t] = true
	}
	s.plans = make([]plan, len(s.rules))
	s.byData = make(map[string][]Ref)
	minimums := make(map[string][]Ref)
	// floors holds, for each data category and trigger, the computable
	// Minimum rules, one per distinct period and grace (two minima with the
	// same period and grace floor a maximum alike). The slice is shared by
	// every maximum of the group.
	floors := make(map[dataTrigger][]Ref)
	type pg struct{ period, grace Period }
	seen := make(map[dataTrigger]map[pg]bool)
	for i, r := range s.rules {
		// A rule's own trigger is known even when Check reports it, so
		// that facts name what the rules name.
		s.known[r.Trigger] = true
		switch {
		case r.Data == "":
		case r.Kind == Minimum:
			minimums[r.Data] = append(minimums[r.Data], Ref(i))
			if r.computable() {
				k := dataTrigger{r.Data, r.Trigger}
				if seen[k] == nil {
					seen[k] = map[pg]bool{}
				}
				if key := (pg{r.Period, r.Grace}); !seen[k][key] {
					seen[k][key] = true
					floors[k] = append(floors[k], Ref(i))
				}
			}
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
		if r.Kind.maximum() && r.Data != "" {
			p.floors = floors[dataTrigger{r.Data, r.Trigger}]
		}
	}
	return s, nil
}

// dataTrigger is a data category and a trigger: the rules that floor or
// conflict with each other share both.
type dataTrigger struct {
	data    string
	trigger Trigger
}

// plan is what a schedule works out once about one of its rules.
type plan struct {
	computable bool  // the rule gives a due date (Rule.computable)
	floors     []Ref // the Minimum rules for the same data and trigger, one per distinct period and grace
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
// which legal holds apply. Every time counts by its calendar date in the
// schedule's location ([Schedule.Location]): an event on a day, a hold until
// a day, and the as-of day of an evaluation are compared as dates, never as
// instants, the date rule of the module ([basis.Regime.OnOrBefore]).
//
// A trigger named in Events that the schedule does not know (neither well
// known, nor declared with [WithTriggers], nor the trigger of one of its
// rules) is an input error ([CodeUnknownEvent]), so that a misspelt name
// is not read as "not happened".
type Facts struct {
	Events map[Trigger]time.Time `json:"events,omitzero"` // when each trigger happened; absent or the zero time means not yet
	Holds  []Hold                `json:"holds,omitzero"`  // legal holds on the record
}

// Hold suspends retention actions on a record, for example while the data
// are needed for legal claims (UK GDPR Art. 17(3)(e)).
type Hold struct {
	Reason string    `json:"reason,omitzero"` // why the data must be kept, e.g. "employment tribunal claim 2024/123"
	Until  time.Time `json:"until,omitzero"`  // when the hold lapses (see [Hold.ActiveOn]); zero means until it is lifted
}

// ActiveOn reports whether the hold applies on day d, with Until taken as
// its calendar date in loc: a hold applies on every day before the date of
// Until and lapses on that date, whatever the clock time of either (a hold
// "until 1 May" no longer applies on 1 May). A zero Until never lapses.
func (h Hold) ActiveOn(d Day, loc *time.Location) bool {
	return h.Until.IsZero() || d < DayOf(h.Until, loc)
}

// Decision is the outcome of evaluating one record against one rule.
type Decision struct {
	Rule     string `json:"rule,omitzero"`     // the rule's ID
	Status   Status `json:"status,omitzero"`   // not due, due, overdue, trigger pending, held or undetermined
	Trigger  Day    `json:"trigger,omitzero"`  // the day the trigger happened (zero if it has not)
	Due      Day    `json:"due,omitzero"`      // the first day the action is due (zero if unknown)
	Deadline Day    `json:"deadline,omitzero"` // the last day of the grace period (zero if unknown)
	Action   Action `json:"action,omitzero"`   // the rule's action
	Reason   string `json:"reason,omitzero"`   // the rule's reason
	Hold     string `json:"hold,omitzero"`     // the reason of the hold, when Status is Held
	Article  string `json:"article,omitzero"`  // the provision the decision rests on
}

// Evaluate decides what rule id requires of a record with the given facts,
// as of asOf. Dates are the calendar dates of the times in the schedule's
// location. The action is due from the trigger's date plus the period (with
// the statutory floors of Minimum rules for the same data and trigger
// applied) and overdue after that date plus the grace period. An unknown id
// is a *[basis.InputError] with [CodeUnknownRule] and a trigger in f.Events
// the schedule does not know one with [CodeUnknownEvent] (see [Facts]).
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
	// The common case, one event and it is the rule's own trigger (always
	// known): a lookup, not a map iteration.
	if n := len(f.Events); n > 0 {
		if _, own := f.Events[s.rules[ref].Trigger]; !own || n > 1 {
			if err := s.checkEvents(f); err != nil {
				return Decision{}, err
			}
		}
	}
	a := DayOf(asOf, s.loc)
	return s.decide(ref, f, a, s.activeHold(f.Holds, a)), nil
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
// else the first rule ([Undetermined]). Data that no rule governs is a
// *[basis.InputError] with [CodeUnknownData]; an unknown trigger in f.Events
// one with [CodeUnknownEvent].
//
// "Whichever comes first" is the reading for rules that end retention
// (delete, anonymise). A schedule that also asks for a [Review] before a
// later deletion gets the review's decision here for as long as it is the
// earlier; evaluate each rule with [Schedule.Evaluate] to see both.
func (s *Schedule) EvaluateData(data string, f Facts, asOf time.Time) (Decision, error) {
	refs := s.byData[data]
	if len(refs) == 0 {
		return Decision{}, inputError(CodeUnknownData, "data", data, "no rule of the schedule governs this data category")
	}
	if err := s.checkEvents(f); err != nil {
		return Decision{}, err
	}
	a := DayOf(asOf, s.loc)
	hold := s.activeHold(f.Holds, a)
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

// checkEvents returns an input error for the first trigger of f.Events, in
// code order, that the schedule does not know.
func (s *Schedule) checkEvents(f Facts) error {
	var bad []Trigger
	for t := range f.Events {
		if !s.known[t] {
			bad = append(bad, t)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	slices.Sort(bad)
	t := bad[0]
	path := "events"
	if len(t) <= MaxIDLen {
		path = basis.Key(path, string(t))
	}
	e := inputError(CodeUnknownEvent, path, string(t),
		"the schedule knows no trigger of this name, so the event cannot be placed; use a well-known trigger, one declared with WithTriggers or one of the schedule's rules")
	if !t.IsWellFormed() {
		e.Message = "is not a trigger code (lowercase letters, digits and single hyphens)"
	}
	return e
}

// activeHold returns the reason of the first hold in force on day a ("legal
// hold" when it gives none), or "" when none is (see [Hold.ActiveOn]).
func (s *Schedule) activeHold(holds []Hold, a Day) string {
	for _, h := range holds {
		if h.ActiveOn(a, s.loc) {
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

func (s *Schedule) unknownRule(id string) *basis.InputError {
	return inputError(CodeUnknownRule, "rule", id, "the schedule has no rule with this ID")
}
