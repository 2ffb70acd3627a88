package gdpr

import (
	"time"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// ObjectionScope says what processing an [Objection] is to. The zero value
// is unspecified, which a [Ledger] refuses.
type ObjectionScope uint8

const (
	// ObjectToActivity: an objection to one activity, named in
	// [Objection].Activity (Art. 21(1), or Art. 21(2) where the activity is
	// direct marketing).
	ObjectToActivity ObjectionScope = iota + 1
	// ObjectToDirectMarketing: an objection to processing for direct
	// marketing, including profiling related to it, which stops every
	// direct-marketing activity with no balancing (Art. 21(2)-(3)).
	ObjectToDirectMarketing
	// ObjectToAll: an objection, on grounds relating to the person's
	// particular situation, to all processing based on a public task or
	// legitimate interests (Art. 21(1); in the UK from 2026-02-05 also a
	// recognised legitimate interest, UK GDPR Art. 21(1) as amended by
	// DUAA 2025 s.70(5)).
	ObjectToAll
)

var objectionScopes = enum.New[ObjectionScope]("gdpr.ObjectionScope",
	"activity", "direct-marketing", "all")

// AllObjectionScopes returns every scope in order.
func AllObjectionScopes() []ObjectionScope { return objectionScopes.Values() }

// ParseObjectionScope returns the scope with the given code ("activity",
// "direct-marketing", "all").
func ParseObjectionScope(s string) (ObjectionScope, error) { return objectionScopes.Parse(s) }

// MustParseObjectionScope is like [ParseObjectionScope] but panics on error.
func MustParseObjectionScope(s string) ObjectionScope { return ledgerMustParse(objectionScopes, s) }

// String returns the scope's code, "unspecified", or "gdpr.ObjectionScope(n)".
func (s ObjectionScope) String() string { return objectionScopes.String(s) }

// IsValid reports whether s is one of the defined scopes.
func (s ObjectionScope) IsValid() bool { return objectionScopes.Valid(s) }

// AppendText appends the scope's code to b.
func (s ObjectionScope) AppendText(b []byte) ([]byte, error) { return objectionScopes.AppendText(b, s) }

// MarshalText returns the scope's code; the zero value is empty text.
func (s ObjectionScope) MarshalText() ([]byte, error) { return objectionScopes.MarshalText(s) }

// UnmarshalText parses a code; on error s is unchanged.
func (s *ObjectionScope) UnmarshalText(text []byte) error {
	return objectionScopes.UnmarshalText(s, text)
}

// Article returns the provision the scope rests on.
func (s ObjectionScope) Article() string {
	switch s {
	case ObjectToActivity, ObjectToAll:
		return "Art. 21(1)"
	case ObjectToDirectMarketing:
		return "Art. 21(2)-(3)"
	}
	return ""
}

// Objection is a data subject's objection to processing (Art. 21). It
// takes effect when made and lasts until the person lifts it.
//
// An objection under Art. 21(1) stops processing based on a public task or
// legitimate interests unless the controller demonstrates compelling
// legitimate grounds which override the person's interests, rights and
// freedoms, or the processing is for legal claims: the controller records
// that in Grounds. From the objection until the grounds are recorded the
// processing stops. An objection to direct marketing stops it absolutely
// (Art. 21(3)); Grounds never restart it.
type Objection struct {
	// ID identifies the objection; it must not be uuid.Nil.
	ID uuid.UUID `json:"id"`
	// Subject is who objects; left empty, the ledger's subject.
	Subject SubjectID `json:"subject,omitzero"`
	// Scope says what the objection is to.
	Scope ObjectionScope `json:"scope"`
	// Activity is the activity objected to, for [ObjectToActivity] only.
	Activity string `json:"activity,omitzero"`
	// When is when the person objected. Required.
	When time.Time `json:"when"`
	// Lifted is when the person lifted the objection (for instance by asking
	// for marketing again); zero means it stands.
	Lifted time.Time `json:"lifted,omitzero"`
	// Grounds are the compelling legitimate grounds the controller recorded
	// in answer to an Art. 21(1) objection; the zero value is none.
	Grounds CompellingGrounds `json:"grounds,omitzero"`
}

// CompellingGrounds records the controller's answer to an Art. 21(1)
// objection: compelling legitimate grounds for the processing which
// override the data subject's interests, rights and freedoms, or the
// establishment, exercise or defence of legal claims. Processing may go on
// from At.
type CompellingGrounds struct {
	At          time.Time `json:"at"`                   // when the grounds were demonstrated and recorded
	Reason      string    `json:"reason,omitzero"`      // the grounds, or the claims, in words
	LegalClaims bool      `json:"legalClaims,omitzero"` // the processing is for legal claims
}

// IsZero reports whether no grounds are recorded.
func (g CompellingGrounds) IsZero() bool { return g == CompellingGrounds{} }

// Equal reports whether o and p are the same objection, comparing times as
// instants.
func (o Objection) Equal(p Objection) bool {
	return o.ID == p.ID && o.Subject == p.Subject && o.Scope == p.Scope && o.Activity == p.Activity &&
		o.When.Equal(p.When) && o.Lifted.Equal(p.Lifted) && o.Grounds.At.Equal(p.Grounds.At) &&
		o.Grounds.Reason == p.Grounds.Reason && o.Grounds.LegalClaims == p.Grounds.LegalClaims
}

func checkObjection(o Objection, subject SubjectID) *basis.InputError {
	switch {
	case o.ID == uuid.Nil:
		return &basis.InputError{Code: CodeLedgerIDMissing, Path: "id", Message: "an objection needs an id"}
	case o.Subject != "" && o.Subject != subject:
		return &basis.InputError{Code: CodeLedgerSubjectMismatch, Path: "subject",
			Message: "the objection is another data subject's"}
	case !o.Scope.IsValid():
		return &basis.InputError{Code: CodeLedgerBadEnum, Path: "scope", Value: o.Scope.String(),
			Valid: objectionScopes.Codes(), Message: "the objection's scope is not one of the scopes"}
	case o.Scope == ObjectToActivity && o.Activity == "":
		return &basis.InputError{Code: CodeLedgerActivityMissing, Path: "activity",
			Message: "an objection to one activity must name it"}
	case o.Scope != ObjectToActivity && o.Activity != "":
		return &basis.InputError{Code: CodeLedgerActivityMissing, Path: "activity", Value: clipValue(o.Activity),
			Message: "only an objection to one activity names an activity"}
	}
	for _, e := range [...]*basis.InputError{
		checkLedgerTime("when", o.When, true),
		checkLedgerTime("lifted", o.Lifted, false),
		checkLedgerTime("grounds.at", o.Grounds.At, !o.Grounds.IsZero()),
		checkLedgerOrder("lifted", o.When, o.Lifted, "the lifting"),
		checkLedgerOrder("grounds.at", o.When, o.Grounds.At, "the grounds"),
	} {
		if e != nil {
			return e
		}
	}
	return nil
}

// RestrictionGround is the Art. 18(1) case in which the data subject
// obtained restriction. The zero value is not stated, which a [Ledger]
// accepts: a restriction restricts whatever its ground.
type RestrictionGround uint8

const (
	// AccuracyContested: the person contests the accuracy of the data, for a
	// period enabling the controller to verify it (Art. 18(1)(a)).
	AccuracyContested RestrictionGround = iota + 1
	// UnlawfulNotErased: the processing is unlawful and the person opposes
	// erasure, asking for restriction instead (Art. 18(1)(b)).
	UnlawfulNotErased
	// NeededForClaims: the controller no longer needs the data but the
	// person needs them for legal claims (Art. 18(1)(c)).
	NeededForClaims
	// ObjectionPending: the person objected under Art. 21(1), pending the
	// verification whether the controller's legitimate grounds override
	// theirs (Art. 18(1)(d)).
	ObjectionPending
)

var restrictionGrounds = enum.New[RestrictionGround]("gdpr.RestrictionGround",
	"accuracy-contested", "unlawful-not-erased", "needed-for-claims", "objection-pending")

// AllRestrictionGrounds returns every ground in order.
func AllRestrictionGrounds() []RestrictionGround { return restrictionGrounds.Values() }

// ParseRestrictionGround returns the ground with the given code.
func ParseRestrictionGround(s string) (RestrictionGround, error) { return restrictionGrounds.Parse(s) }

// MustParseRestrictionGround is like [ParseRestrictionGround] but panics on
// error.
func MustParseRestrictionGround(s string) RestrictionGround {
	return ledgerMustParse(restrictionGrounds, s)
}

// String returns the ground's code, "unspecified", or
// "gdpr.RestrictionGround(n)".
func (g RestrictionGround) String() string { return restrictionGrounds.String(g) }

// IsValid reports whether g is one of the defined grounds.
func (g RestrictionGround) IsValid() bool { return restrictionGrounds.Valid(g) }

// AppendText appends the ground's code to b.
func (g RestrictionGround) AppendText(b []byte) ([]byte, error) {
	return restrictionGrounds.AppendText(b, g)
}

// MarshalText returns the ground's code; the zero value is empty text.
func (g RestrictionGround) MarshalText() ([]byte, error) { return restrictionGrounds.MarshalText(g) }

// UnmarshalText parses a code; on error g is unchanged.
func (g *RestrictionGround) UnmarshalText(text []byte) error {
	return restrictionGrounds.UnmarshalText(g, text)
}

// Article returns the point of Art. 18(1), such as "Art. 18(1)(a)".
func (g RestrictionGround) Article() string {
	if !g.IsValid() {
		return ""
	}
	return "Art. 18(1)(" + string(rune('a'+int(g)-1)) + ")"
}

// Restriction is a restriction of processing the data subject obtained
// (Art. 18). From Start until End the data may, with the exception of
// storage, be processed only with the person's consent, for legal claims,
// for the protection of the rights of another natural or legal person or
// for reasons of important public interest (Art. 18(2)); see
// [RestrictionException].
type Restriction struct {
	// ID identifies the restriction; it must not be uuid.Nil.
	ID uuid.UUID `json:"id"`
	// Subject is whose data are restricted; left empty, the ledger's subject.
	Subject SubjectID `json:"subject,omitzero"`
	// Ground is the Art. 18(1) case; zero is not stated.
	Ground RestrictionGround `json:"ground,omitzero"`
	// Start is when the restriction took effect. Required.
	Start time.Time `json:"start"`
	// End is when it was lifted (the person is told before, Art. 18(3));
	// zero means it stands.
	End time.Time `json:"end,omitzero"`
}

// Equal reports whether r and s are the same restriction, comparing times
// as instants.
func (r Restriction) Equal(s Restriction) bool {
	return r.ID == s.ID && r.Subject == s.Subject && r.Ground == s.Ground &&
		r.Start.Equal(s.Start) && r.End.Equal(s.End)
}

func checkRestriction(r Restriction, subject SubjectID) *basis.InputError {
	switch {
	case r.ID == uuid.Nil:
		return &basis.InputError{Code: CodeLedgerIDMissing, Path: "id", Message: "a restriction needs an id"}
	case r.Subject != "" && r.Subject != subject:
		return &basis.InputError{Code: CodeLedgerSubjectMismatch, Path: "subject",
			Message: "the restriction is another data subject's"}
	case r.Ground != 0 && !r.Ground.IsValid():
		return &basis.InputError{Code: CodeLedgerBadEnum, Path: "ground", Value: r.Ground.String(),
			Valid: restrictionGrounds.Codes(), Message: "the restriction's ground is not one of Art. 18(1)(a) to (d)"}
	}
	for _, e := range [...]*basis.InputError{
		checkLedgerTime("start", r.Start, true),
		checkLedgerTime("end", r.End, false),
		checkLedgerOrder("end", r.Start, r.End, "the end"),
	} {
		if e != nil {
			return e
		}
	}
	return nil
}
