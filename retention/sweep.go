package retention

import (
	"iter"
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// Record is one record as the sweep sees it: small, with no pointers, so a
// host can stream millions without allocating. The zero Trigger means the
// trigger has not happened (see [Day]).
//
// The fields are laid out so that a Record takes 16 bytes: a sweep over
// millions of records is bound by how fast they stream through memory.
type Record struct {
	ID      uint64 `json:"id,omitzero"`      // the host's identifier, opaque to the library
	Rule    Ref    `json:"rule,omitzero"`    // the rule governing the record (see [Schedule.Ref])
	Held    bool   `json:"held,omitzero"`    // a legal hold applies; held records are never due
	Trigger Day    `json:"trigger,omitzero"` // the day the rule's trigger happened; zero if it has not
}

// Record builds a [Record] from a rule ID and the time its trigger happened,
// taking the trigger's date in the schedule's location. A zero trigger time
// means the trigger has not happened. An unknown rule is a
// *[basis.InputError] with [CodeUnknownRule].
func (s *Schedule) Record(id uint64, rule string, trigger time.Time, held bool) (Record, error) {
	ref, ok := s.index[rule]
	if !ok {
		return Record{}, s.unknownRule(rule)
	}
	r := Record{ID: id, Rule: ref, Held: held}
	if !trigger.IsZero() {
		r.Trigger = DayOf(trigger, s.loc)
	}
	return r, nil
}

// DueRecord is a record whose action is due, as yielded by a sweep.
type DueRecord struct {
	Record  Record // the record as the sweep received it
	Action  Action // the rule's action
	Overdue bool   // the grace period has run out too
	s       *Schedule
}

// Status returns [Overdue] or [Due].
func (d DueRecord) Status() Status {
	if d.Overdue {
		return Overdue
	}
	return Due
}

// Rule returns the rule governing the record.
func (d DueRecord) Rule() Rule {
	if d.s == nil {
		return Rule{}
	}
	return d.s.rules[d.Record.Rule]
}

// Due returns the first day the action was due.
func (d DueRecord) Due() Day {
	due, _ := d.days()
	return due
}

// Deadline returns the last day of the grace period.
func (d DueRecord) Deadline() Day {
	_, deadline := d.days()
	return deadline
}

func (d DueRecord) days() (due, deadline Day) {
	if d.s == nil {
		return 0, 0
	}
	due, deadline, _ = d.s.dueOn(d.Record.Rule, d.Record.Trigger)
	return due, deadline
}

// Sweeper answers, for one "as of" date, which records are due. It holds one
// pair of cutoff days per rule, so deciding a record is one comparison. It is
// immutable and safe for concurrent use.
type Sweeper struct {
	s    *Schedule
	asOf Day
	cuts []cut
}

// cut is a rule's precomputed answer for one as-of date. A record with
// trigger day t is due iff uint32(t-1) < due: that is, t is valid (t >= 1,
// since uint32(-1) and below are huge) and t <= the cutoff day. The same for
// overdue. Zero means no trigger day qualifies.
type cut struct {
	due, overdue uint32
	action       Action
}

// test decides record r of the cut's rule: due when the trigger happened on
// or before the due cutoff and no hold applies; overdue when the trigger is
// on or before the overdue cutoff too.
func (c cut) test(r Record) (due, overdue bool) {
	t := uint32(r.Trigger - 1)
	var held uint32 // all ones when held, so that t|held is never below a cutoff
	if r.Held {
		held = ^uint32(0)
	}
	return t|held < c.due, t < c.overdue
}

// Sweeper returns the sweeper for the calendar date of asOf in the
// schedule's location.
//
// For each rule it computes the cutoff: the latest trigger day T whose due
// date is on or before the as-of date A. Adding a period by the XML Schema
// rule is non-decreasing in its start date (two starts in one month keep
// their order after clamping; starts in different months land in different
// months), and so is the latest of several such additions (the statutory
// floors), so the trigger days that are due form an interval ending at the
// cutoff, found exactly by binary search over all days. It is not an inverse
// of the addition, which clamping makes many-to-one: 28, 29, 30 and 31
// January 2023 plus one month are all 28 February 2023, so for a one-month
// rule the cutoff for A = 2023-02-28 is 31 January, and for A = 2023-02-27 it
// is 27 January.
func (s *Schedule) Sweeper(asOf time.Time) *Sweeper {
	a := DayOf(asOf, s.loc)
	w := &Sweeper{s: s, asOf: a, cuts: make([]cut, len(s.rules))}
	for i := range s.rules {
		ref := Ref(i)
		w.cuts[i] = cut{
			due: uint32(s.cutoff(ref, a, func(due, _ Day) Day { return due })),
			// Overdue when A > deadline, that is deadline <= A-1.
			overdue: uint32(s.cutoff(ref, a-1, func(_, deadline Day) Day { return deadline })),
			action:  s.rules[i].Action,
		}
	}
	return w
}

// cutoff returns the greatest valid trigger day t with pick(dueOn(t)) <= a,
// or 0 when there is none (or the rule cannot be computed).
func (s *Schedule) cutoff(ref Ref, a Day, pick func(due, deadline Day) Day) Day {
	ok := func(t Day) bool {
		due, deadline, computable := s.dueOn(ref, t)
		return computable && pick(due, deadline) <= a
	}
	if !ok(FirstDay) {
		return 0
	}
	lo, hi := FirstDay, LastDay // invariant: ok(lo); answer in [lo, hi]
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if ok(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// AsOf returns the as-of date of the sweeper.
func (w *Sweeper) AsOf() Day { return w.asOf }

// Cutoff returns the latest trigger day for which rule ref's action is due
// as of the sweeper's date (0 when none is, or ref is unknown). A host can
// push it into a query: the records due are those whose trigger day is on or
// before the cutoff and not held.
func (w *Sweeper) Cutoff(ref Ref) Day {
	if int(ref) >= len(w.cuts) {
		return 0
	}
	return Day(w.cuts[ref].due)
}

// Check decides one record: whether its action is due, and if so the due
// record. An unknown rule is a *[basis.InputError] with [CodeUnknownRule],
// and a trigger day neither zero nor valid one with [CodeBadDay].
func (w *Sweeper) Check(r Record) (DueRecord, bool, error) {
	if int(r.Rule) >= len(w.cuts) {
		return DueRecord{}, false, w.badRef(r)
	}
	due, overdue := w.cuts[r.Rule].test(r)
	if !due {
		if badTrigger(r.Trigger) {
			return DueRecord{}, false, w.badTriggerDay(r)
		}
		return DueRecord{}, false, nil
	}
	return DueRecord{Record: r, Action: w.cuts[r.Rule].action, Overdue: overdue, s: w.s}, true, nil
}

// Sweep yields, in input order, every record whose action is due and that is
// not held, and a *[basis.InputError] (with an empty [DueRecord] holding
// only the record) for each record that cannot be decided: [CodeUnknownRule]
// for a rule the schedule lacks, [CodeBadDay] for a trigger day that is
// neither zero nor a valid [Day] (held or not). Records whose trigger has
// not happened, or whose rule gives no period, are never yielded. The answers are those of
// [Schedule.Evaluate] for each record, one by one.
func (w *Sweeper) Sweep(records iter.Seq[Record]) iter.Seq2[DueRecord, error] {
	return func(yield func(DueRecord, error) bool) {
		cuts, s := w.cuts, w.s
		for r := range records {
			if int(r.Rule) >= len(cuts) {
				if !yield(DueRecord{Record: r}, w.badRef(r)) {
					return
				}
				continue
			}
			c := cuts[r.Rule]
			due, overdue := c.test(r)
			if !due {
				// Only records that are not due pay for this test: a
				// cutoff is never beyond LastDay, so an invalid trigger day
				// is never due.
				if badTrigger(r.Trigger) && !yield(DueRecord{Record: r}, w.badTriggerDay(r)) {
					return
				}
				continue
			}
			if !yield(DueRecord{Record: r, Action: c.action, Overdue: overdue, s: s}, nil) {
				return
			}
		}
	}
}

// Sweep is shorthand for s.Sweeper(asOf).Sweep(records).
func (s *Schedule) Sweep(records iter.Seq[Record], asOf time.Time) iter.Seq2[DueRecord, error] {
	return s.Sweeper(asOf).Sweep(records)
}

func (w *Sweeper) badRef(r Record) *basis.InputError {
	n := strconv.FormatUint(uint64(r.Rule), 10)
	valid := "the schedule has no rules"
	if k := len(w.cuts); k > 0 {
		valid = "the schedule's rules are 0 to " + strconv.Itoa(k-1)
	}
	e := inputError(CodeUnknownRule, "rule", n, "record "+strconv.FormatUint(r.ID, 10)+" names rule "+n+" but "+valid)
	return e
}

// badTrigger reports whether t is neither zero ("not happened") nor valid.
func badTrigger(t Day) bool { return t != 0 && uint32(t-1) >= uint32(LastDay) }

func (w *Sweeper) badTriggerDay(r Record) *basis.InputError {
	e := badDay(r.Trigger, "trigger")
	e.Message = "record " + strconv.FormatUint(r.ID, 10) + " has trigger day " + e.Value + ", neither 0 (not happened) nor a date from 0001-01-01 to 9999-12-31"
	return e
}
