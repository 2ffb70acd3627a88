package basis

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
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
	Basis Basis `json:"basis"`

	// Interest is the legitimate interest pursued by the controller or a
	// third party (Art. 6(1)(f)), told to data subjects under
	// Art. 13(1)(d) and 14(2)(b).
	Interest string `json:"interest,omitempty"`
	// LIA is the legitimate interests assessment the controller made.
	LIA LIA `json:"lia,omitzero"`

	// Recognised is the UK GDPR Annex 1 condition a recognised legitimate
	// interest meets (UK GDPR Art. 6(1)(ea) and 6(5)).
	Recognised RecognisedInterest `json:"recognised,omitzero"`

	// Law is the law or function relied on: the legal obligation's source,
	// or the public task's basis in law (Art. 6(3); in the UK, the function
	// in DPA 2018 s.8).
	Law string `json:"law,omitempty"`

	// Consent describes how consent is obtained and withdrawn.
	Consent ConsentTerms `json:"consent,omitzero"`
}

// LIA is a legitimate interests assessment: the three tests the ICO's
// guidance names for Art. 6(1)(f), and the date the assessment was made.
// The zero value is "no assessment".
type LIA struct {
	Purpose   LIATest   `json:"purpose,omitzero"`   // passed: a legitimate interest is pursued
	Necessity LIATest   `json:"necessity,omitzero"` // passed: the processing is necessary for it
	Balancing LIATest   `json:"balancing,omitzero"` // passed: the individual's interests do not override it
	Date      time.Time `json:"date,omitzero"`      // when the assessment was made
}

// IsZero reports whether no part of the assessment is recorded.
func (l LIA) IsZero() bool { return l == LIA{} }

// LIATest is the record of one test of an assessment. A test with no
// reasoning has not been done.
type LIATest struct {
	Reasoning string `json:"reasoning,omitempty"` // why the test is passed or failed
	Passed    bool   `json:"passed,omitempty"`    // the test's conclusion
}

// ConsentTerms describes a consent ground.
type ConsentTerms struct {
	// Explicit reports whether the consent is explicit, as Art. 9(2)(a) and
	// Art. 22(2)(c) (EU) require.
	Explicit bool `json:"explicit,omitempty"`
	// Withdrawal says how consent is withdrawn, which must be as easy as
	// giving it (Art. 7(3)): "unsubscribe link in every email; email
	// membership@example.org".
	Withdrawal string `json:"withdrawal,omitempty"`
	// OfferedToChildren reports whether the consent is asked in relation to
	// an information society service offered directly to children, the only
	// case Art. 8(1) governs (in the UK, not a preventive or counselling
	// service, UK GDPR Art. 8(4)). Leave it false for consent asked in any
	// other setting: Art. 8 sets no age for it.
	OfferedToChildren bool `json:"offeredToChildren,omitempty"`
	// ParentalConsentBelow is the age below which a holder of parental
	// responsibility must give or authorise consent; 0 means not stated.
	// It is read only when OfferedToChildren is true.
	ParentalConsentBelow int `json:"parentalConsentBelow,omitempty"`
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

// CheckOption adjusts what [Ground.Check] knows of the controller and the
// data subjects.
type CheckOption func(checkOptions) checkOptions

type checkOptions struct {
	publicAuthority bool
	country         string
}

// AsPublicAuthority says the controller is a public authority processing in
// the performance of its tasks, which may not rely on point (f) (nor, in the
// UK from 2026-02-05, point (ea)) (Art. 6(1), second subparagraph; UK: DPA
// 2018 s.7).
func AsPublicAuthority() CheckOption {
	return func(o checkOptions) checkOptions { o.publicAuthority = true; return o }
}

// ForCountry says the service is offered to children in country (an ISO
// 3166-1 alpha-2 code of an EU or EEA state), whose age of digital consent
// then applies under the EU regime ([LookupDigitalConsent]). Without it, an
// EU check uses the Regulation's own age, 16 (Art. 8(1), first
// subparagraph), since a lower national age applies only in the state that
// set it. Under the UK regime the option is ignored: the age is the UK's, 13.
func ForCountry(code string) CheckOption {
	return func(o checkOptions) checkOptions { o.country = code; return o }
}

// Check reports what g lacks to justify processing under regime r on the
// date of at, in field order; nil means nothing. Each problem cites its
// provision and names the field ("Basis", "Interest", "LIA.Balancing",
// "Consent.ParentalConsentBelow", ...).
//
// The rules: the basis must exist in the regime on that date (the
// recognised legitimate interest only in the UK from 2026-02-05) and not be
// barred for a public authority (with [AsPublicAuthority]); legitimate
// interests need the interest and a dated assessment, made on or before the
// date judged, whose three tests are recorded and passed; a recognised
// legitimate interest needs its Annex 1 condition; a legal obligation or
// public task needs its law; consent needs a way to withdraw it and, where
// it is asked for an information society service offered directly to
// children ([ConsentTerms].OfferedToChildren), a parental-consent age no
// lower than the age of digital consent (Art. 8(1): 13 in the UK; under the
// EU regime the state's age with [ForCountry], else 16).
func (g Ground) Check(r Regime, at time.Time, opts ...CheckOption) Problems {
	var o checkOptions
	for _, opt := range opts {
		if opt != nil {
			o = opt(o)
		}
	}
	if p, ok := checkRegime(r, at); !ok {
		return Problems{p}
	}
	var ps Problems
	switch {
	case g.Basis == 0:
		return append(ps, Problem{Code: CodeBasisMissing, Article: r.cite("Art. 6(1)"), Field: "Basis",
			Message: "no lawful basis is given (valid: " + joinCodes(bases.Codes()) + ")"})
	case !g.Basis.IsValid():
		return append(ps, Problem{Code: CodeBasisInvalid, Article: r.cite("Art. 6(1)"), Field: "Basis", Value: g.Basis.String(),
			Message: g.Basis.String() + " is not a lawful basis (valid: " + joinCodes(bases.Codes()) + ")"})
	case !g.Basis.AvailableIn(r, at):
		msg := "the recognised legitimate interest is UK law only, from 2026-02-05"
		if r == UK {
			msg += "; the date judged is " + at.In(r.Location()).Format(time.DateOnly)
		}
		return append(ps, Problem{Code: CodeBasisNotAvailable, Article: "UK GDPR " + g.Basis.Article() + "; DUAA 2025 s.70",
			Field: "Basis", Value: g.Basis.String(), Message: msg})
	}
	if o.publicAuthority && g.Basis.BarredForPublicAuthorities(r, at) {
		ps = append(ps, Problem{Code: CodeBarredForPublicAuthority, Article: r.cite("Art. 6(1), second subparagraph"),
			Field: "Basis", Value: g.Basis.String(),
			Message: "a public authority may not rely on " + g.Basis.Article() + " for processing in the performance of its tasks"})
	}
	switch g.Basis {
	case LegitimateInterests:
		ps = g.checkLegitimateInterests(ps, r, at)
	case RecognisedLegitimateInterest:
		switch {
		case g.Recognised == 0:
			ps = append(ps, Problem{Code: CodeRecognisedInterestMissing, Article: "UK GDPR Art. 6(5); Annex 1", Field: "Recognised",
				Message: "a recognised legitimate interest must meet a condition in Annex 1 (valid: " + joinCodes(recognisedInterests.Codes()) + ")"})
		case !g.Recognised.IsValid():
			ps = append(ps, Problem{Code: CodeRecognisedInterestInvalid, Article: "UK GDPR Art. 6(5); Annex 1", Field: "Recognised",
				Value:   g.Recognised.String(),
				Message: g.Recognised.String() + " is not an Annex 1 condition (valid: " + joinCodes(recognisedInterests.Codes()) + ")"})
		}
	case LegalObligation, PublicTask:
		if g.Law == "" {
			article := r.cite("Art. 6(3)")
			what := "the legal obligation's source in law"
			if g.Basis == PublicTask {
				what = "the task's basis in law"
				if r == UK {
					article += "; DPA 2018 s.8"
				}
			}
			ps = append(ps, Problem{Code: CodeLawMissing, Article: article, Field: "Law",
				Message: g.Basis.Article() + " needs " + what + " to be named"})
		}
	case Consent:
		ps = g.checkConsent(ps, r, at, o)
	}
	if len(ps) == 0 {
		return nil
	}
	return ps
}

func (g Ground) checkLegitimateInterests(ps Problems, r Regime, at time.Time) Problems {
	if g.Interest == "" {
		ps = append(ps, Problem{Code: CodeInterestMissing, Article: r.cite("Art. 6(1)(f); Art. 13(1)(d)"), Field: "Interest",
			Message: "the legitimate interest pursued is not named"})
	}
	if g.LIA.IsZero() {
		return append(ps, Problem{Code: CodeLIAMissing, Article: r.cite("Art. 6(1)(f); Art. 5(2)"), Field: "LIA",
			Message: "no legitimate interests assessment is recorded"})
	}
	tests := [...]struct {
		name string
		t    LIATest
	}{{"Purpose", g.LIA.Purpose}, {"Necessity", g.LIA.Necessity}, {"Balancing", g.LIA.Balancing}}
	for _, tt := range tests {
		switch {
		case tt.t.Reasoning == "":
			ps = append(ps, Problem{Code: CodeLIATestMissing, Article: r.cite("Art. 6(1)(f)"), Field: "LIA." + tt.name,
				Message: "the assessment does not record the " + strings.ToLower(tt.name) + " test"})
		case !tt.t.Passed:
			ps = append(ps, Problem{Code: CodeLIATestFailed, Article: r.cite("Art. 6(1)(f)"), Field: "LIA." + tt.name,
				Message: "the assessment records that the " + strings.ToLower(tt.name) + " test was not passed, so legitimate interests cannot be relied on"})
		}
	}
	switch {
	case g.LIA.Date.IsZero():
		ps = append(ps, Problem{Code: CodeLIAUndated, Article: r.cite("Art. 6(1)(f); Art. 5(2)"), Field: "LIA.Date",
			Message: "the assessment has no date"})
	case civil.In(g.LIA.Date, r.Location()).After(civil.In(at, r.Location())):
		ps = append(ps, Problem{Code: CodeLIAAfterDate, Article: r.cite("Art. 6(1)(f); Art. 5(2)"), Field: "LIA.Date",
			Value: g.LIA.Date.In(r.Location()).Format(time.DateOnly),
			Message: "the assessment is dated " + g.LIA.Date.In(r.Location()).Format(time.DateOnly) +
				", after the date judged, " + at.In(r.Location()).Format(time.DateOnly)})
	}
	return ps
}

func (g Ground) checkConsent(ps Problems, r Regime, at time.Time, o checkOptions) Problems {
	c := g.Consent
	if c.Withdrawal == "" {
		ps = append(ps, Problem{Code: CodeConsentWithdrawalMissing, Article: r.cite("Art. 7(3)"), Field: "Consent.Withdrawal",
			Message: "how consent is withdrawn is not stated; withdrawing must be as easy as giving consent"})
	}
	if !c.OfferedToChildren {
		return ps
	}
	field := "Consent.ParentalConsentBelow"
	if c.ParentalConsentBelow == 0 {
		return append(ps, Problem{Code: CodeParentalAgeMissing, Article: r.cite("Art. 8(1)"), Field: field,
			Message: "the service is offered to children but the age below which a parent must consent is not stated"})
	}
	need, dc := r.DefaultDigitalConsentAge(), DigitalConsent{}
	country := "GB"
	if r == EU {
		country = strings.ToUpper(strings.TrimSpace(o.country))
	}
	if country != "" {
		found, ok := LookupDigitalConsent(country, at)
		from, known := digitalConsentFrom(country)
		switch {
		case ok && (r == UK || found.Country != "GB"):
			need, dc = found.Age, found
		case known && country != "GB":
			// A UK, EU or EEA state before the GDPR applied there: only
			// Iceland, Liechtenstein and Norway, whose regime began on
			// 2018-07-20, can get here once checkRegime has passed.
			ps = append(ps, Problem{Code: CodeBeforeGDPR, Article: "EEA Joint Committee Decision No 154/2018", Field: "Country",
				Value: country, Message: "the GDPR applies in " + country + " only from " + from.String() +
					"; the date judged is " + at.In(civil.Brussels()).Format(time.DateOnly)})
			return ps
		default:
			ps = append(ps, Problem{Code: CodeCountryUnknown, Article: r.cite("Art. 8(1)"), Field: "Country", Value: country,
				Message: "no age of digital consent is known for " + strconv.Quote(country) +
					" under " + r.String() + " (valid: " + joinCodes(euCountries()) + ")"})
			return ps // no age to compare with
		}
	}
	if c.ParentalConsentBelow < need {
		where := "the age Art. 8(1) sets where no national law lowers it (name the Member State with ForCountry)"
		if dc.Country != "" {
			where = "the age of digital consent in " + dc.Country + " (" + dc.Source + ")"
		}
		ps = append(ps, Problem{Code: CodeParentalAgeTooLow, Article: r.cite("Art. 8(1)"), Field: field,
			Value: strconv.Itoa(c.ParentalConsentBelow),
			Message: "parental consent is asked below " + strconv.Itoa(c.ParentalConsentBelow) +
				", but it is needed below " + strconv.Itoa(need) + ", " + where})
	}
	return ps
}

// euCountries returns the codes [ForCountry] accepts under the EU regime:
// those of [DigitalConsentCountries] without "GB".
func euCountries() []string {
	cs := DigitalConsentCountries()
	return slices.DeleteFunc(cs, func(c string) bool { return c == "GB" })
}
