package gdpr

import (
	"cmp"
	"iter"
	"log/slog"
	"slices"
	"strconv"
	"time"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// Ledger holds what one data subject has told the controller that bears on
// processing: consents given and withdrawn, objections, restrictions, and
// the birth date where the age of digital consent matters (Art. 8(1)).
//
// A Ledger is immutable: every method that records something returns a new
// ledger and leaves the receiver as it was, so a ledger can be shared
// between goroutines and kept as the state at a point in time. A method
// that refuses its input returns a [*basis.InputError] (whose Path is
// within the record, such as "withdrawn") and a nil ledger. The nil
// *Ledger is the empty ledger of an unnamed subject.
//
// Inside, consents are grouped by activity and sorted by the time given,
// with their times held as integers, so a [Policy] finds the record in force
// at a time by binary search with no allocation.
type Ledger struct {
	subject      SubjectID
	born         civil.Date
	hasBorn      bool
	acts         []ledgerActivity // sorted by id
	objections   []ledgerObjection
	restrictions []ledgerRestriction
}

// ledgerActivity holds the consents to one activity, sorted by Given and
// then ID, with their times as nanoseconds.
type ledgerActivity struct {
	id    string
	recs  []ConsentRecord
	given []int64
	end   []int64 // the earlier of withdrawal and expiry; noEnd if neither
}

type ledgerObjection struct {
	o       Objection
	when    int64
	lifted  int64 // noEnd if standing
	grounds int64 // noEnd if none
}

type ledgerRestriction struct {
	r          Restriction
	start, end int64 // end: noEnd if standing
}

// NewLedger returns the empty ledger of a data subject.
func NewLedger(subject SubjectID) *Ledger { return &Ledger{subject: subject} }

// Subject returns whose ledger it is.
func (l *Ledger) Subject() SubjectID {
	if l == nil {
		return ""
	}
	return l.subject
}

// BirthDate returns the data subject's date of birth as midnight UTC at its
// start, and false when it is not recorded.
func (l *Ledger) BirthDate() (time.Time, bool) {
	if l == nil || !l.hasBorn {
		return time.Time{}, false
	}
	return l.born.Time(time.UTC), true
}

// LogValue logs how many records the ledger holds, never whose it is.
func (l *Ledger) LogValue() slog.Value {
	var n int
	if l != nil {
		for _, a := range l.acts {
			n += len(a.recs)
		}
	}
	return slog.GroupValue(
		slog.Any("subject", l.Subject()),
		slog.Int("consents", n),
		slog.Int("objections", len(l.objectionList())),
		slog.Int("restrictions", len(l.restrictionList())),
	)
}

func (l *Ledger) objectionList() []ledgerObjection {
	if l == nil {
		return nil
	}
	return l.objections
}

func (l *Ledger) restrictionList() []ledgerRestriction {
	if l == nil {
		return nil
	}
	return l.restrictions
}

// clone returns a shallow copy of l (nil gives the empty ledger); the
// caller replaces the slices it changes rather than writing into them.
func (l *Ledger) clone() *Ledger {
	if l == nil {
		return &Ledger{}
	}
	c := *l
	return &c
}

// WithBirthDate returns the ledger with the data subject's date of birth:
// the calendar date of born in born's own location. Ages are counted in
// whole years on the calendar dates of the regime's location; a person born
// on 29 February reaches a new age on 1 March in a year that has no 29
// February (the later of the two candidate days, so a child is never taken
// to be older than they are).
func (l *Ledger) WithBirthDate(born time.Time) (*Ledger, error) {
	if born.IsZero() || born.Year() < 1900 || born.Year() > 2260 {
		return nil, &basis.InputError{Code: CodeLedgerBirthDate, Path: "birthDate",
			Value: born.Format(time.DateOnly), Message: "the date of birth must be from 1900 to 2260"}
	}
	c := l.clone()
	c.born, c.hasBorn = civil.Of(born), true
	return c, nil
}

// hasID reports whether any record of the ledger has id.
func (l *Ledger) hasID(id uuid.UUID) bool {
	if l == nil {
		return false
	}
	for _, a := range l.acts {
		for _, r := range a.recs {
			if r.ID == id {
				return true
			}
		}
	}
	for _, o := range l.objections {
		if o.o.ID == id {
			return true
		}
	}
	for _, r := range l.restrictions {
		if r.r.ID == id {
			return true
		}
	}
	return false
}

func repeatedID(id uuid.UUID) *basis.InputError {
	return &basis.InputError{Code: CodeLedgerIDRepeated, Path: "id", Value: id.String(),
		Message: "the ledger already holds a record with this id"}
}

// WithConsent returns the ledger with consent record c added (its Subject
// filled in when empty). It refuses a record with no id or a repeated id,
// another subject's record, a record naming no activity, a zero or
// out-of-range Given, and an expiry or withdrawal before Given.
func (l *Ledger) WithConsent(c ConsentRecord) (*Ledger, error) {
	subject := l.Subject()
	if err := checkConsent(c, subject); err != nil {
		return nil, err
	}
	if l.hasID(c.ID) {
		return nil, repeatedID(c.ID)
	}
	c.Subject = subject
	n := l.clone()
	i, found := slices.BinarySearchFunc(n.acts, c.Activity, func(a ledgerActivity, id string) int {
		return cmp.Compare(a.id, id)
	})
	var a ledgerActivity
	if found {
		a = n.acts[i]
	} else {
		a = ledgerActivity{id: c.Activity}
	}
	recs := make([]ConsentRecord, 0, len(a.recs)+1)
	recs = append(recs, a.recs...)
	recs = append(recs, c)
	a = newLedgerActivity(a.id, recs)
	if found {
		n.acts = slices.Clone(n.acts)
		n.acts[i] = a
	} else {
		n.acts = slices.Insert(slices.Clone(n.acts), i, a)
	}
	return n, nil
}

// newLedgerActivity sorts recs (which it owns) and computes their times.
func newLedgerActivity(id string, recs []ConsentRecord) ledgerActivity {
	slices.SortStableFunc(recs, func(x, y ConsentRecord) int {
		return cmp.Or(x.Given.Compare(y.Given), compareUUID(x.ID, y.ID))
	})
	a := ledgerActivity{id: id, recs: recs, given: make([]int64, len(recs)), end: make([]int64, len(recs))}
	for j, r := range recs {
		a.given[j] = ledgerNanos(r.Given)
		a.end[j] = consentEnd(r)
	}
	return a
}

func compareUUID(a, b uuid.UUID) int {
	for i := range a {
		if c := cmp.Compare(a[i], b[i]); c != 0 {
			return c
		}
	}
	return 0
}

// consentEnd returns the earlier of a record's withdrawal and expiry.
func consentEnd(r ConsentRecord) int64 {
	end := int64(noEnd)
	if !r.Withdrawn.IsZero() {
		end = ledgerNanos(r.Withdrawn)
	}
	if !r.Expires.IsZero() {
		end = min(end, ledgerNanos(r.Expires))
	}
	return end
}

// Withdraw returns the ledger with consent record id withdrawn at at
// (Art. 7(3)). It refuses an unknown id, a record already withdrawn, and a
// time before the consent was given or out of range.
func (l *Ledger) Withdraw(id uuid.UUID, at time.Time) (*Ledger, error) {
	if l != nil {
		for i, a := range l.acts {
			for j, r := range a.recs {
				if r.ID != id {
					continue
				}
				if !r.Withdrawn.IsZero() {
					return nil, &basis.InputError{Code: CodeLedgerAlreadyEnded, Path: "withdrawn", Value: id.String(),
						Message: "the consent was already withdrawn at " + r.Withdrawn.UTC().Format(time.RFC3339Nano)}
				}
				r.Withdrawn = at
				if err := checkConsent(r, l.subject); err != nil {
					return nil, err
				}
				if at.IsZero() {
					return nil, &basis.InputError{Code: CodeLedgerTimeMissing, Path: "withdrawn", Message: "the time is required"}
				}
				recs := slices.Clone(a.recs)
				recs[j] = r
				n := l.clone()
				n.acts = slices.Clone(l.acts)
				n.acts[i] = newLedgerActivity(a.id, recs)
				return n, nil
			}
		}
	}
	return nil, notFound(id, "consent record")
}

func notFound(id uuid.UUID, what string) *basis.InputError {
	return &basis.InputError{Code: CodeLedgerNotFound, Path: "id", Value: id.String(),
		Message: "the ledger holds no " + what + " with this id"}
}

// WithObjection returns the ledger with objection o added. It refuses an
// objection with no id or a repeated id, another subject's, a scope out of
// range, an objection to one activity that names none (or another scope
// that names one), a zero or out-of-range When, a lifting or grounds before
// When, and grounds recorded against an objection to direct marketing,
// which no grounds can override (Art. 21(3)).
func (l *Ledger) WithObjection(o Objection) (*Ledger, error) {
	subject := l.Subject()
	if err := checkObjection(o, subject); err != nil {
		return nil, err
	}
	if o.Scope == ObjectToDirectMarketing && !o.Grounds.IsZero() {
		return nil, groundsForMarketing()
	}
	if l.hasID(o.ID) {
		return nil, repeatedID(o.ID)
	}
	o.Subject = subject
	n := l.clone()
	n.objections = append(slices.Clone(n.objections), newLedgerObjection(o))
	sortObjections(n.objections)
	return n, nil
}

func groundsForMarketing() *basis.InputError {
	return &basis.InputError{Code: CodeLedgerGroundsNotAllowed, Path: "grounds",
		Message: "no grounds override an objection to direct marketing (Art. 21(3))"}
}

// CodeLedgerGroundsNotAllowed: compelling grounds recorded against an
// objection to direct marketing, which is absolute (Art. 21(3)).
const CodeLedgerGroundsNotAllowed basis.Code = "gdpr/ledger-grounds-not-allowed"

func newLedgerObjection(o Objection) ledgerObjection {
	lo := ledgerObjection{o: o, when: ledgerNanos(o.When), lifted: noEnd, grounds: noEnd}
	if !o.Lifted.IsZero() {
		lo.lifted = ledgerNanos(o.Lifted)
	}
	if !o.Grounds.IsZero() {
		lo.grounds = ledgerNanos(o.Grounds.At)
	}
	return lo
}

func sortObjections(os []ledgerObjection) {
	slices.SortStableFunc(os, func(x, y ledgerObjection) int {
		return cmp.Or(cmp.Compare(x.when, y.when), compareUUID(x.o.ID, y.o.ID))
	})
}

// LiftObjection returns the ledger with objection id lifted at at. It
// refuses an unknown id, an objection already lifted, and a time before the
// objection or out of range.
func (l *Ledger) LiftObjection(id uuid.UUID, at time.Time) (*Ledger, error) {
	return l.changeObjection(id, func(o *Objection) *basis.InputError {
		if !o.Lifted.IsZero() {
			return &basis.InputError{Code: CodeLedgerAlreadyEnded, Path: "lifted", Value: id.String(),
				Message: "the objection was already lifted at " + o.Lifted.UTC().Format(time.RFC3339Nano)}
		}
		if at.IsZero() {
			return &basis.InputError{Code: CodeLedgerTimeMissing, Path: "lifted", Message: "the time is required"}
		}
		o.Lifted = at
		return nil
	})
}

// RecordGrounds returns the ledger with the controller's compelling
// legitimate grounds (or legal claims) recorded against Art. 21(1)
// objection id. It refuses an unknown id, an objection that already has
// grounds, an objection to direct marketing (Art. 21(3)), and a time before
// the objection or out of range.
func (l *Ledger) RecordGrounds(id uuid.UUID, g CompellingGrounds) (*Ledger, error) {
	return l.changeObjection(id, func(o *Objection) *basis.InputError {
		switch {
		case o.Scope == ObjectToDirectMarketing:
			return groundsForMarketing()
		case !o.Grounds.IsZero():
			return &basis.InputError{Code: CodeLedgerAlreadyEnded, Path: "grounds", Value: id.String(),
				Message: "grounds were already recorded at " + o.Grounds.At.UTC().Format(time.RFC3339Nano)}
		case g.At.IsZero():
			return &basis.InputError{Code: CodeLedgerTimeMissing, Path: "grounds.at", Message: "the time is required"}
		}
		o.Grounds = g
		return nil
	})
}

func (l *Ledger) changeObjection(id uuid.UUID, change func(*Objection) *basis.InputError) (*Ledger, error) {
	for i, lo := range l.objectionList() {
		if lo.o.ID != id {
			continue
		}
		o := lo.o
		if err := change(&o); err != nil {
			return nil, err
		}
		if err := checkObjection(o, l.subject); err != nil {
			return nil, err
		}
		n := l.clone()
		n.objections = slices.Clone(l.objections)
		n.objections[i] = newLedgerObjection(o)
		return n, nil
	}
	return nil, notFound(id, "objection")
}

// WithRestriction returns the ledger with restriction r added. It refuses
// a restriction with no id or a repeated id, another subject's, a ground
// out of range, a zero or out-of-range Start, and an End before Start.
func (l *Ledger) WithRestriction(r Restriction) (*Ledger, error) {
	subject := l.Subject()
	if err := checkRestriction(r, subject); err != nil {
		return nil, err
	}
	if l.hasID(r.ID) {
		return nil, repeatedID(r.ID)
	}
	r.Subject = subject
	n := l.clone()
	n.restrictions = append(slices.Clone(n.restrictions), newLedgerRestriction(r))
	sortRestrictions(n.restrictions)
	return n, nil
}

func newLedgerRestriction(r Restriction) ledgerRestriction {
	lr := ledgerRestriction{r: r, start: ledgerNanos(r.Start), end: noEnd}
	if !r.End.IsZero() {
		lr.end = ledgerNanos(r.End)
	}
	return lr
}

func sortRestrictions(rs []ledgerRestriction) {
	slices.SortStableFunc(rs, func(x, y ledgerRestriction) int {
		return cmp.Or(cmp.Compare(x.start, y.start), compareUUID(x.r.ID, y.r.ID))
	})
}

// EndRestriction returns the ledger with restriction id lifted at at. It
// refuses an unknown id, a restriction already ended, and a time before its
// start or out of range.
func (l *Ledger) EndRestriction(id uuid.UUID, at time.Time) (*Ledger, error) {
	for i, lr := range l.restrictionList() {
		if lr.r.ID != id {
			continue
		}
		r := lr.r
		switch {
		case !r.End.IsZero():
			return nil, &basis.InputError{Code: CodeLedgerAlreadyEnded, Path: "end", Value: id.String(),
				Message: "the restriction already ended at " + r.End.UTC().Format(time.RFC3339Nano)}
		case at.IsZero():
			return nil, &basis.InputError{Code: CodeLedgerTimeMissing, Path: "end", Message: "the time is required"}
		}
		r.End = at
		if err := checkRestriction(r, l.subject); err != nil {
			return nil, err
		}
		n := l.clone()
		n.restrictions = slices.Clone(l.restrictions)
		n.restrictions[i] = newLedgerRestriction(r)
		sortRestrictions(n.restrictions)
		return n, nil
	}
	return nil, notFound(id, "restriction")
}

// Consents yields the consent records, by activity id and then by the time
// given.
func (l *Ledger) Consents() iter.Seq[ConsentRecord] {
	return func(yield func(ConsentRecord) bool) {
		if l == nil {
			return
		}
		for _, a := range l.acts {
			for _, r := range a.recs {
				if !yield(r) {
					return
				}
			}
		}
	}
}

// Objections yields the objections in the order they were made.
func (l *Ledger) Objections() iter.Seq[Objection] {
	return func(yield func(Objection) bool) {
		for _, o := range l.objectionList() {
			if !yield(o.o) {
				return
			}
		}
	}
}

// Restrictions yields the restrictions in the order they started.
func (l *Ledger) Restrictions() iter.Seq[Restriction] {
	return func(yield func(Restriction) bool) {
		for _, r := range l.restrictionList() {
			if !yield(r.r) {
				return
			}
		}
	}
}

// Equal reports whether l and m hold the same subject, birth date and
// records.
func (l *Ledger) Equal(m *Ledger) bool {
	if l.Subject() != m.Subject() {
		return false
	}
	lb, lok := l.BirthDate()
	mb, mok := m.BirthDate()
	if lok != mok || !lb.Equal(mb) {
		return false
	}
	return seqEqual(l.Consents(), m.Consents(), ConsentRecord.Equal) &&
		seqEqual(l.Objections(), m.Objections(), Objection.Equal) &&
		seqEqual(l.Restrictions(), m.Restrictions(), Restriction.Equal)
}

func seqEqual[T any](a, b iter.Seq[T], eq func(T, T) bool) bool {
	as, bs := slices.Collect(a), slices.Collect(b)
	return slices.EqualFunc(as, bs, eq)
}

// String describes the ledger without personal data: "ledger of [redacted]:
// 2 consents, 1 objection, 0 restrictions".
func (l *Ledger) String() string {
	var n int
	if l != nil {
		for _, a := range l.acts {
			n += len(a.recs)
		}
	}
	return "ledger of " + l.Subject().String() + ": " + plural(n, "consent") + ", " +
		plural(len(l.objectionList()), "objection") + ", " + plural(len(l.restrictionList()), "restriction")
}

func plural(n int, what string) string {
	s := strconv.Itoa(n) + " " + what
	if n != 1 {
		s += "s"
	}
	return s
}

// consentAt returns the activity's records and the index of the latest
// record given at or before at, or -1.
func (l *Ledger) consentAt(activity string, at int64) (*ledgerActivity, int) {
	if l == nil {
		return nil, -1
	}
	for i := range l.acts {
		a := &l.acts[i]
		if a.id != activity {
			continue
		}
		// The first record given after at, less one.
		lo, hi := 0, len(a.given)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if a.given[m] <= at {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return a, lo - 1
	}
	return nil, -1
}
