package basis

import (
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/internal/enum"
)

// Ground is one justification of a purpose: a lawful basis and what that
// basis needs to stand. Only the fields of its basis are read:
//
//   - LegitimateInterests: Interest and LIA;
//   - RecognisedLegitimateInterest: Recognised;
//   - LegalObligation and PublicTask: Law;
//   - Consent: Consent.
//
// Contract and VitalInterests need nothing more here. A Ground is a plain
// comparable value; [Ground.Check] reports what it lacks.
type Ground struct {
	// Basis is the Art. 6(1) lawful basis relied on.
	Basis Basis `json:"basis,omitzero"`

	// Interest is the legitimate interest pursued by the controller or a
	// third party (Art. 6(1)(f)), told to data subjects under
	// Art. 13(1)(d) and 14(2)(b).
	Interest string `json:"interest,omitzero"`
	// LIA is the legitimate interests assessment the controller made.
	LIA LIA `json:"lia,omitzero"`

	// Recognised is the UK GDPR Annex 1 condition a recognised legitimate
	// interest meets (UK GDPR Art. 6(1)(ea) and 6(5)).
	Recognised RecognisedInterest `json:"recognised,omitzero"`

	// Law is the law or function relied on: the legal obligation's source,
	// or the public task's basis in law (Art. 6(3); in the UK, the function
	// in DPA 2018 s.8).
	Law string `json:"law,omitzero"`

	// Consent describes how consent is obtained and withdrawn.
	Consent ConsentTerms `json:"consent,omitzero"`
}

// LIA is the record of a legitimate interests assessment: whether one was
// made, the three tests the ICO's guidance names for Art. 6(1)(f), and the
// date it was made.
//
// A written assessment is ICO guidance, not statute: it is how a controller
// shows, under the accountability principle (Art. 5(2)), that its interest
// is legitimate, the processing necessary and the balance in its favour.
// So [Ground.Check] tells three states apart:
//
//   - not stated: Made is [NotStated] and nothing else is recorded (the
//     zero LIA). The record is silent: Info [CodeLIANotEvidenced].
//   - stated as absent: Made is [Absent], the record says no assessment
//     was made: Warning [CodeLIAMissing]. The tests and date are not read.
//   - made: Made is [Present], or any test or the date is recorded (the
//     assessment is then taken as made). Each test without reasoning is
//     Info [CodeLIATestMissing], each failed test Warning
//     [CodeLIATestFailed]; no date is Info [CodeLIAUndated], a date after
//     the date judged Warning [CodeLIAAfterDate].
type LIA struct {
	Made      Presence  `json:"made,omitzero"`      // whether an assessment was made: NotStated, Present or Absent
	Purpose   LIATest   `json:"purpose,omitzero"`   // passed: a legitimate interest is pursued
	Necessity LIATest   `json:"necessity,omitzero"` // passed: the processing is necessary for it
	Balancing LIATest   `json:"balancing,omitzero"` // passed: the individual's interests do not override it
	Date      time.Time `json:"date,omitzero"`      // when the assessment was made; its calendar date in the regime's location counts
}

// IsZero reports whether the record says nothing of an assessment.
func (l LIA) IsZero() bool { return l == LIA{} }

// LIATest is the record of one test of an assessment. A test with no
// reasoning is not recorded.
type LIATest struct {
	Reasoning string `json:"reasoning,omitzero"` // why the test is passed or failed
	Passed    bool   `json:"passed,omitzero"`    // the test's conclusion
}

// ConsentTerms describes a consent ground.
type ConsentTerms struct {
	// Explicit reports whether the consent is explicit, as Art. 9(2)(a) and
	// Art. 22(2)(c) (EU) require.
	Explicit bool `json:"explicit,omitzero"`
	// Withdrawal says how consent is withdrawn, which must be as easy as
	// giving it (Art. 7(3)): "unsubscribe link in every email; email
	// membership@example.org".
	Withdrawal string `json:"withdrawal,omitzero"`
	// OfferedToChildren reports whether the consent is asked in relation to
	// an information society service offered directly to children, the only
	// case Art. 8(1) governs (in the UK, not a preventive or counselling
	// service, UK GDPR Art. 8(4)). Leave it false for consent asked in any
	// other setting: Art. 8 sets no age for it.
	OfferedToChildren bool `json:"offeredToChildren,omitzero"`
	// ParentalConsentBelow is the age below which a holder of parental
	// responsibility must give or authorise consent; 0 means not stated.
	// It is read only when OfferedToChildren is true.
	ParentalConsentBelow int `json:"parentalConsentBelow,omitzero"`
}

// RecognisedInterest is a condition of UK GDPR Annex 1 that makes an
// interest a recognised legitimate interest under Art. 6(1)(ea), with no
// balancing test (DUAA 2025 s.70; from 2026-02-05; UK only). The
// zero value is unspecified. Names follow the ICO's and commentators'
// summaries (reference §1.3, V2); the reference does not confirm a
// "democratic engagement" condition, so there is none here.
type RecognisedInterest uint8

const (
	// DisclosureForPublicTask: disclosure to a person who requests it and
	// states that they need it for a task in the public interest or in the
	// exercise of official authority (Art. 6(1)(e)) (Annex 1 para 1).
	DisclosureForPublicTask RecognisedInterest = iota + 1
	// NationalSecurity: safeguarding national security, protecting public
	// security, or defence (Annex 1 para 2).
	NationalSecurity
	// Emergencies: responding to an emergency within the meaning of the
	// Civil Contingencies Act 2004 (Annex 1 para 3).
	Emergencies
	// Crime: detecting, investigating or preventing crime, or apprehending
	// or prosecuting offenders (Annex 1 para 4).
	Crime
	// Safeguarding: safeguarding vulnerable individuals (Annex 1 para 5).
	Safeguarding
)

var recognisedInterests = enum.New[RecognisedInterest]("basis.RecognisedInterest",
	"disclosure-for-public-task", "national-security", "emergencies", "crime", "safeguarding")

// AllRecognisedInterests returns the five Annex 1 conditions in order.
func AllRecognisedInterests() []RecognisedInterest { return recognisedInterests.Values() }

// ParseRecognisedInterest returns the condition with the given code.
func ParseRecognisedInterest(s string) (RecognisedInterest, error) {
	return recognisedInterests.Parse(s)
}

// MustParseRecognisedInterest is like [ParseRecognisedInterest] but panics
// on error.
func MustParseRecognisedInterest(s string) RecognisedInterest {
	return mustParse(recognisedInterests, s)
}

// String returns the condition's code, "unspecified", or
// "basis.RecognisedInterest(n)".
func (ri RecognisedInterest) String() string { return recognisedInterests.String(ri) }

// IsValid reports whether ri is one of the five conditions.
func (ri RecognisedInterest) IsValid() bool { return recognisedInterests.Valid(ri) }

// AppendText appends the condition's code to b.
func (ri RecognisedInterest) AppendText(b []byte) ([]byte, error) {
	return recognisedInterests.AppendText(b, ri)
}

// MarshalText returns the condition's code; the zero value is empty text.
func (ri RecognisedInterest) MarshalText() ([]byte, error) {
	return recognisedInterests.MarshalText(ri)
}

// UnmarshalText parses a code; on error ri is unchanged.
func (ri *RecognisedInterest) UnmarshalText(text []byte) error {
	return recognisedInterests.UnmarshalText(ri, text)
}

// Article returns the provision, such as "UK GDPR Annex 1 para 4".
func (ri RecognisedInterest) Article() string {
	if !ri.IsValid() {
		return ""
	}
	return "UK GDPR Annex 1 para " + strconv.Itoa(int(ri))
}

// DPV returns "": DPV has no terms for UK GDPR Annex 1.
func (ri RecognisedInterest) DPV() string { return "" }

// AvailableIn reports whether ri is law in regime r on the date of at: in
// the UK from 2026-02-05 only.
func (ri RecognisedInterest) AvailableIn(r Regime, at time.Time) bool {
	return ri.IsValid() && r.InForce(RecognisedLegitimateInterests, at)
}
