package gdpr

import (
	"cmp"
	"encoding/binary"
	"iter"
	"log/slog"
	"math"
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
// Inside, a Ledger value is a 128-byte index (two cache lines) that a
// [Policy] reads without allocating, with the records behind it. The index
// holds the consents grouped by activity and sorted by the time given, each
// as its activity's id (exact up to 15 bytes) and whole seconds since 2000
// (the first four consents in the value, more in a sorted array searched by
// bisection); when the last restriction or objection ends; and when the
// objection that stops direct marketing longest stands. A decision for a
// person with no restriction or objection in force, or with a standing
// objection to direct marketing, reads the value and nothing else. Times
// are from 2000-01-01 and before 2136-01-01.
type Ledger struct {
	// busyUntil is when the last restriction or objection ends (noEnd while
	// one stands); 0 when there is none. Before it, decisions read them.
	busyUntil int64
	// [dmFrom, dmUntil) is when one objection that reaches every
	// direct-marketing activity (to direct marketing, or to all
	// processing) stands: the one that stands last. It is empty (0, 0)
	// when there is none; decisions read any others from cold.
	dmFrom, dmUntil int64
	cold            *ledgerCold
	// The index: the consents when there are at most ledgerInline of them
	// (unused entries are zero, a key no activity has); else inline[0]
	// carries hotOverflow and the index is cold.hot.
	inline [ledgerInline]hotConsent
}

// ledgerInline is how many consents a Ledger indexes in its own memory.
const ledgerInline = 4

// hotConsent indexes one consent record in 24 bytes: the activity's key
// and the whole seconds since ledgerEpoch of the times (the nanoseconds
// within the second are read from the record itself when a query falls in
// the same second).
type hotConsent struct {
	key   activityKey
	given uint32
	end   uint32 // the earlier of withdrawal and expiry; hotNever if neither
}

// hotNever is the end of a consent that neither is withdrawn nor lapses.
const hotNever = math.MaxUint32

// hotSeconds returns t's whole seconds since ledgerEpoch; t is in range.
func hotSeconds(t time.Time) uint32 { return uint32(t.Unix() - ledgerEpoch) }

// activityKey is an activity id in two words, compared without a call: its
// first 15 bytes (big-endian, so keys order as the ids do) and, in the low
// five bits of the last byte, its length, or 31 for an id of 16 bytes or
// more. Equal keys mean equal ids for ids of up to 15 bytes; a match of a
// longer id is confirmed on the full string. In the index, two more bits of
// the last byte hold flags of the record (hotFlags), which comparisons mask
// out.
type activityKey struct{ hi, lo uint64 }

const (
	keyLong      = 0x1F // the length field of an id of 16 bytes or more
	hotWithdrawn = 0x20 // the consent ended by withdrawal, not by lapsing first
	hotByParent  = 0x40 // a holder of parental responsibility gave it
	hotOverflow  = 0x80 // on inline[0]: the index is in cold.hot
	hotFlags     = hotWithdrawn | hotByParent | hotOverflow
)

func keyOf(id string) activityKey {
	var b [16]byte
	copy(b[:15], id)
	b[15] = keyLong
	if len(id) <= 15 {
		b[15] = byte(len(id))
	}
	return activityKey{binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:])}
}

// exact reports whether equal keys mean equal ids.
func (k activityKey) exact() bool { return k.lo&keyLong != keyLong }

// is reports whether index key k (flags masked out) is m.
func (k activityKey) is(m activityKey) bool { return k.hi == m.hi && k.lo&^hotFlags == m.lo }

func (k activityKey) compare(m activityKey) int {
	return cmp.Or(cmp.Compare(k.hi, m.hi), cmp.Compare(k.lo&^hotFlags, m.lo&^hotFlags))
}

// ledgerCold holds the records themselves.
type ledgerCold struct {
	subject      SubjectID
	born         civil.Date
	hasBorn      bool
	hot          []hotConsent    // the index, when it does not fit in the Ledger
	consents     []ConsentRecord // in index order: by key, activity, given, id
	objections   []ledgerObjection
	restrictions []ledgerRestriction
	// The first objections and restriction live here, so that the cold path
	// of a decision reads one block of memory.
	objInline [2]ledgerObjection
	resInline [1]ledgerRestriction
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

// newLedger builds a ledger from records it owns (sorting them).
func newLedger(subject SubjectID, born civil.Date, hasBorn bool, consents []ConsentRecord,
	objections []ledgerObjection, restrictions []ledgerRestriction) *Ledger {
	hot := make([]hotConsent, len(consents))
	for i, c := range consents {
		hot[i] = hotConsent{given: hotSeconds(c.Given), end: hotNever, key: keyOf(c.Activity)}
		if e, ok := consentEndTime(c); ok {
			hot[i].end = hotSeconds(e)
		}
		if endedByWithdrawal(&c) {
			hot[i].key.lo |= hotWithdrawn
		}
		if c.ByParent {
			hot[i].key.lo |= hotByParent
		}
	}
	order := make([]int, len(consents))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		a, b := &consents[x], &consents[y]
		return cmp.Or(hot[x].key.compare(hot[y].key), cmp.Compare(a.Activity, b.Activity),
			a.Given.Compare(b.Given), compareUUID(a.ID, b.ID))
	})
	sortedRecs := make([]ConsentRecord, len(consents))
	sortedHot := make([]hotConsent, len(consents))
	for i, j := range order {
		sortedRecs[i], sortedHot[i] = consents[j], hot[j]
	}
	sortObjections(objections)
	sortRestrictions(restrictions)
	cold := &ledgerCold{subject: subject, born: born, hasBorn: hasBorn, consents: sortedRecs,
		objections: objections, restrictions: restrictions}
	if len(objections) <= len(cold.objInline) {
		cold.objections = cold.objInline[:copy(cold.objInline[:], objections)]
	}
	if len(restrictions) <= len(cold.resInline) {
		cold.restrictions = cold.resInline[:copy(cold.resInline[:], restrictions)]
	}
	l := &Ledger{cold: cold}
	if len(sortedHot) <= ledgerInline {
		copy(l.inline[:], sortedHot)
	} else {
		cold.hot = sortedHot
		l.inline[0].key.lo = hotOverflow
	}
	// Of the objections that reach every direct-marketing activity, the one
	// that stands last (and, of those, the one made first): any one of them
	// denies direct marketing throughout its time, so the summary is sound;
	// the others are read from cold.
	for _, o := range objections {
		if o.o.Scope != ObjectToDirectMarketing && o.o.Scope != ObjectToAll {
			continue
		}
		if o.lifted > l.dmUntil || o.lifted == l.dmUntil && o.when < l.dmFrom {
			l.dmFrom, l.dmUntil = o.when, o.lifted
		}
	}
	for _, o := range objections {
		l.busyUntil = max(l.busyUntil, o.lifted)
	}
	for _, r := range restrictions {
		l.busyUntil = max(l.busyUntil, r.end)
	}
	return l
}

// index returns the consent index, in the order of cold.consents.
func (l *Ledger) index() []hotConsent {
	if l.overflow() {
		return l.cold.hot
	}
	return l.inline[:len(l.coldRecords().consents)]
}

func (l *Ledger) overflow() bool { return l.inline[0].key.lo&hotOverflow != 0 }

func (l *Ledger) coldRecords() *ledgerCold {
	if l == nil || l.cold == nil {
		return &ledgerCold{}
	}
	return l.cold
}

// rebuild returns a new ledger of l's subject and birth date with the
// given records.
func (l *Ledger) rebuild(consents []ConsentRecord, objections []ledgerObjection, restrictions []ledgerRestriction) (*Ledger, error) {
	c := l.coldRecords()
	return newLedger(l.Subject(), c.born, c.hasBorn, consents, objections, restrictions), nil
}

// NewLedger returns the empty ledger of a data subject.
func NewLedger(subject SubjectID) *Ledger { return &Ledger{cold: &ledgerCold{subject: subject}} }

// LedgerRecords is everything a [Ledger] holds, for loading one from
// storage in one call ([NewLedgerOf]) and saving it ([Ledger.Records]).
type LedgerRecords struct {
	Subject      SubjectID       `json:"subject"`               // the data subject every record is of
	BirthDate    time.Time       `json:"birthDate,omitzero"`    // its calendar date in its own location counts
	Consents     []ConsentRecord `json:"consents,omitzero"`     // consents given, withdrawn or not
	Objections   []Objection     `json:"objections,omitzero"`   // objections made, lifted or not (Art. 21)
	Restrictions []Restriction   `json:"restrictions,omitzero"` // restrictions of processing, ended or not (Art. 18)
}

// NewLedgerOf builds a ledger from all its records at once, checking each
// as the With methods do; an error's Path names the record
// ("consents[2].withdrawn"). The slices are copied.
func NewLedgerOf(r LedgerRecords) (*Ledger, error) {
	var born civil.Date
	if !r.BirthDate.IsZero() {
		if err := checkBirthDate(r.BirthDate); err != nil {
			return nil, err
		}
		born = civil.Of(r.BirthDate)
	}
	seen := make(map[uuid.UUID]bool, len(r.Consents)+len(r.Objections)+len(r.Restrictions))
	check := func(path string, id uuid.UUID, err *basis.InputError) error {
		if err == nil && seen[id] {
			err = repeatedID(id)
		}
		if err != nil {
			return err.Under(path)
		}
		seen[id] = true
		return nil
	}
	consents := make([]ConsentRecord, len(r.Consents))
	for i, c := range r.Consents {
		if err := check(basis.Index("consents", i), c.ID, checkConsent(c, r.Subject)); err != nil {
			return nil, err
		}
		c.Subject = r.Subject
		consents[i] = c
	}
	objections := make([]ledgerObjection, len(r.Objections))
	for i, o := range r.Objections {
		err := checkObjection(o, r.Subject)
		if err == nil && o.Scope == ObjectToDirectMarketing && !o.Grounds.IsZero() {
			err = groundsForMarketing()
		}
		if err := check(basis.Index("objections", i), o.ID, err); err != nil {
			return nil, err
		}
		o.Subject = r.Subject
		objections[i] = newLedgerObjection(o)
	}
	restrictions := make([]ledgerRestriction, len(r.Restrictions))
	for i, x := range r.Restrictions {
		if err := check(basis.Index("restrictions", i), x.ID, checkRestriction(x, r.Subject)); err != nil {
			return nil, err
		}
		x.Subject = r.Subject
		restrictions[i] = newLedgerRestriction(x)
	}
	return newLedger(r.Subject, born, !r.BirthDate.IsZero(), consents, objections, restrictions), nil
}

// Records returns everything the ledger holds, in the orders of
// [Ledger.Consents], [Ledger.Objections] and [Ledger.Restrictions]; the
// slices are new.
func (l *Ledger) Records() LedgerRecords {
	r := LedgerRecords{Subject: l.Subject(),
		Consents:     slices.Collect(l.Consents()),
		Objections:   slices.Collect(l.Objections()),
		Restrictions: slices.Collect(l.Restrictions())}
	r.BirthDate, _ = l.BirthDate()
	return r
}

// Subject returns whose ledger it is.
func (l *Ledger) Subject() SubjectID { return l.coldRecords().subject }

// BirthDate returns the data subject's date of birth as midnight UTC at its
// start, and false when it is not recorded.
func (l *Ledger) BirthDate() (time.Time, bool) {
	c := l.coldRecords()
	if !c.hasBorn {
		return time.Time{}, false
	}
	return c.born.Time(time.UTC), true
}

// LogValue logs how many records the ledger holds, never whose it is.
func (l *Ledger) LogValue() slog.Value {
	c := l.coldRecords()
	return slog.GroupValue(
		slog.Any("subject", l.Subject()),
		slog.Int("consents", len(c.consents)),
		slog.Int("objections", len(c.objections)),
		slog.Int("restrictions", len(c.restrictions)),
	)
}

// String describes the ledger without personal data: "ledger of [redacted]:
// 2 consents, 1 objection, 0 restrictions".
func (l *Ledger) String() string {
	c := l.coldRecords()
	return "ledger of " + l.Subject().String() + ": " + plural(len(c.consents), "consent") + ", " +
		plural(len(c.objections), "objection") + ", " + plural(len(c.restrictions), "restriction")
}

func plural(n int, what string) string {
	s := strconv.Itoa(n) + " " + what
	if n != 1 {
		s += "s"
	}
	return s
}

// WithBirthDate returns the ledger with the data subject's date of birth:
// the calendar date of born in born's own location. Ages are counted in
// whole years on the calendar dates of the regime's location; a person born
// on 29 February reaches a new age on 1 March in a year that has no 29
// February (the later of the two candidate days, so a child is never taken
// to be older than they are).
func (l *Ledger) WithBirthDate(born time.Time) (*Ledger, error) {
	if err := checkBirthDate(born); err != nil {
		return nil, err
	}
	c := l.coldRecords()
	return newLedger(c.subject, civil.Of(born), true, slices.Clone(c.consents),
		slices.Clone(c.objections), slices.Clone(c.restrictions)), nil
}

func checkBirthDate(born time.Time) *basis.InputError {
	if born.IsZero() || born.Year() < 1900 || born.Year() > 2260 {
		return &basis.InputError{Code: CodeLedgerBirthDate, Path: "birthDate",
			Value: born.Format(time.DateOnly), Message: "the date of birth must be from 1900 to 2260"}
	}
	return nil
}

// hasID reports whether any record of the ledger has id.
func (l *Ledger) hasID(id uuid.UUID) bool {
	c := l.coldRecords()
	return slices.ContainsFunc(c.consents, func(r ConsentRecord) bool { return r.ID == id }) ||
		slices.ContainsFunc(c.objections, func(o ledgerObjection) bool { return o.o.ID == id }) ||
		slices.ContainsFunc(c.restrictions, func(r ledgerRestriction) bool { return r.r.ID == id })
}

func repeatedID(id uuid.UUID) *basis.InputError {
	return &basis.InputError{Code: CodeLedgerIDRepeated, Path: "id", Value: id.String(),
		Message: "the ledger already holds a record with this id"}
}

// WithConsent returns the ledger with consent record c added (its Subject
// filled in when empty). It refuses a record with no id or a repeated id,
// another subject's record, a record naming no activity, a zero or
// out-of-range Given, an expiry or withdrawal before Given, and a 65536th
// record for one activity.
func (l *Ledger) WithConsent(c ConsentRecord) (*Ledger, error) {
	subject := l.Subject()
	if err := checkConsent(c, subject); err != nil {
		return nil, err
	}
	if l.hasID(c.ID) {
		return nil, repeatedID(c.ID)
	}
	c.Subject = subject
	cold := l.coldRecords()
	return l.rebuild(append(slices.Clone(cold.consents), c), cold.objections, cold.restrictions)
}

func compareUUID(a, b uuid.UUID) int {
	for i := range a {
		if c := cmp.Compare(a[i], b[i]); c != 0 {
			return c
		}
	}
	return 0
}

// consentEndTime returns the earlier of a record's withdrawal and expiry,
// and false when it has neither.
func consentEndTime(r ConsentRecord) (time.Time, bool) {
	switch {
	case r.Withdrawn.IsZero() && r.Expires.IsZero():
		return time.Time{}, false
	case r.Withdrawn.IsZero():
		return r.Expires, true
	case r.Expires.IsZero() || r.Withdrawn.Before(r.Expires):
		return r.Withdrawn, true
	}
	return r.Expires, true
}

// Withdraw returns the ledger with consent record id withdrawn at at
// (Art. 7(3)). It refuses an unknown id, a record already withdrawn, and a
// time before the consent was given or out of range.
func (l *Ledger) Withdraw(id uuid.UUID, at time.Time) (*Ledger, error) {
	cold := l.coldRecords()
	for j, r := range cold.consents {
		if r.ID != id {
			continue
		}
		switch {
		case !r.Withdrawn.IsZero():
			return nil, &basis.InputError{Code: CodeLedgerAlreadyEnded, Path: "withdrawn", Value: id.String(),
				Message: "the consent was already withdrawn at " + stamp(r.Withdrawn)}
		case at.IsZero():
			return nil, &basis.InputError{Code: CodeLedgerTimeMissing, Path: "withdrawn", Message: "the time is required"}
		}
		r.Withdrawn = at
		if err := checkConsent(r, l.Subject()); err != nil {
			return nil, err
		}
		recs := slices.Clone(cold.consents)
		recs[j] = r
		return l.rebuild(recs, cold.objections, cold.restrictions)
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
	cold := l.coldRecords()
	return l.rebuild(slices.Clone(cold.consents), append(slices.Clone(cold.objections), newLedgerObjection(o)), cold.restrictions)
}

func groundsForMarketing() *basis.InputError {
	return &basis.InputError{Code: CodeLedgerGroundsNotAllowed, Path: "grounds",
		Message: "no grounds override an objection to direct marketing (Art. 21(3))"}
}

// CodeLedgerGroundsNotAllowed: compelling grounds recorded against an
// objection to direct marketing, which is absolute (Art. 21(3)).
const CodeLedgerGroundsNotAllowed Code = "gdpr/ledger-grounds-not-allowed"

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
				Message: "the objection was already lifted at " + stamp(o.Lifted)}
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
				Message: "grounds were already recorded at " + stamp(o.Grounds.At)}
		case g.At.IsZero():
			return &basis.InputError{Code: CodeLedgerTimeMissing, Path: "grounds.at", Message: "the time is required"}
		}
		o.Grounds = g
		return nil
	})
}

func (l *Ledger) changeObjection(id uuid.UUID, change func(*Objection) *basis.InputError) (*Ledger, error) {
	cold := l.coldRecords()
	for i, lo := range cold.objections {
		if lo.o.ID != id {
			continue
		}
		o := lo.o
		if err := change(&o); err != nil {
			return nil, err
		}
		if err := checkObjection(o, l.Subject()); err != nil {
			return nil, err
		}
		os := slices.Clone(cold.objections)
		os[i] = newLedgerObjection(o)
		return l.rebuild(slices.Clone(cold.consents), os, cold.restrictions)
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
	cold := l.coldRecords()
	return l.rebuild(slices.Clone(cold.consents), cold.objections, append(slices.Clone(cold.restrictions), newLedgerRestriction(r)))
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
	cold := l.coldRecords()
	for i, lr := range cold.restrictions {
		if lr.r.ID != id {
			continue
		}
		r := lr.r
		switch {
		case !r.End.IsZero():
			return nil, &basis.InputError{Code: CodeLedgerAlreadyEnded, Path: "end", Value: id.String(),
				Message: "the restriction already ended at " + stamp(r.End)}
		case at.IsZero():
			return nil, &basis.InputError{Code: CodeLedgerTimeMissing, Path: "end", Message: "the time is required"}
		}
		r.End = at
		if err := checkRestriction(r, l.Subject()); err != nil {
			return nil, err
		}
		rs := slices.Clone(cold.restrictions)
		rs[i] = newLedgerRestriction(r)
		return l.rebuild(slices.Clone(cold.consents), cold.objections, rs)
	}
	return nil, notFound(id, "restriction")
}

// Consents yields the consent records, by activity id and then by the time
// given.
func (l *Ledger) Consents() iter.Seq[ConsentRecord] {
	return func(yield func(ConsentRecord) bool) {
		for _, r := range l.coldRecords().consents {
			if !yield(r) {
				return
			}
		}
	}
}

// Objections yields the objections in the order they were made.
func (l *Ledger) Objections() iter.Seq[Objection] {
	return func(yield func(Objection) bool) {
		for _, o := range l.coldRecords().objections {
			if !yield(o.o) {
				return
			}
		}
	}
}

// Restrictions yields the restrictions in the order they started.
func (l *Ledger) Restrictions() iter.Seq[Restriction] {
	return func(yield func(Restriction) bool) {
		for _, r := range l.coldRecords().restrictions {
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
	a, b := l.coldRecords(), m.coldRecords()
	return slices.EqualFunc(a.consents, b.consents, ConsentRecord.Equal) &&
		slices.EqualFunc(a.objections, b.objections, func(x, y ledgerObjection) bool { return x.o.Equal(y.o) }) &&
		slices.EqualFunc(a.restrictions, b.restrictions, func(x, y ledgerRestriction) bool { return x.r.Equal(y.r) })
}

// consentAt returns the position (in the index and in cold.consents) of
// the latest consent to rule's activity given at or before q, or -1.
func (l *Ledger) consentAt(r *compiledRule, q instant) int {
	if !r.key.exact() {
		return l.consentAtSlow(r, q)
	}
	if !l.overflow() {
		found := -1
		for j := range l.inline {
			if h := &l.inline[j]; h.key.is(r.key) && l.givenBy(j, h, q) {
				found = j
			}
		}
		return found
	}
	// The first entry after (key, q), less one.
	hot := l.cold.hot
	lo, hi := 0, len(hot)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c := hot[m].key.compare(r.key); c < 0 || c == 0 && l.givenBy(m, &hot[m], q) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 || !hot[lo-1].key.is(r.key) {
		return -1
	}
	return lo - 1
}

// consentAtSlow is consentAt for an id too long for its key to be exact:
// it compares the full ids.
func (l *Ledger) consentAtSlow(r *compiledRule, q instant) int {
	found := -1
	idx := l.index()
	for j := range idx {
		if idx[j].key.is(r.key) && l.givenBy(j, &idx[j], q) && l.cold.consents[j].Activity == r.id {
			found = j
		}
	}
	return found
}

// givenBy reports whether consent j (index entry h) was given at or before
// q, reading the record only when q is in the same second.
func (l *Ledger) givenBy(j int, h *hotConsent, q instant) bool {
	if g := int64(h.given); g != q.sec {
		return g < q.sec
	}
	return int64(l.cold.consents[j].Given.Nanosecond()) <= q.sub
}

// ended reports whether consent j had been withdrawn or had lapsed at or
// before q.
func (l *Ledger) ended(j int, h *hotConsent, q instant) bool {
	if e := int64(h.end); e != q.sec {
		return e < q.sec
	}
	return l.endedWithin(j, q)
}

// endedWithin is ended for a query in the second the consent ended.
func (l *Ledger) endedWithin(j int, q instant) bool {
	end, _ := consentEndTime(l.cold.consents[j])
	return int64(end.Nanosecond()) <= q.sub
}

// hotAt returns index entry i.
func (l *Ledger) hotAt(i int) *hotConsent {
	if l.overflow() {
		return &l.cold.hot[i]
	}
	return &l.inline[i]
}
