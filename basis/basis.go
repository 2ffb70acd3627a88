package basis

import (
	"time"

	"github.com/dpmodel/dpmodel/internal/enum"
)

// Basis is a lawful basis for processing under Art. 6(1). The zero value is
// unspecified, which validation reports. Bases are ordered as the article
// lists them, with the UK's point (ea) between (e) and (f).
type Basis uint8

const (
	// Consent: the data subject has given consent to the processing for one
	// or more specific purposes (Art. 6(1)(a)).
	Consent Basis = iota + 1
	// Contract: necessary for a contract with the data subject, or for steps
	// at their request before entering into one (Art. 6(1)(b)).
	Contract
	// LegalObligation: necessary for compliance with a legal obligation of
	// the controller (Art. 6(1)(c)).
	LegalObligation
	// VitalInterests: necessary to protect the vital interests of the data
	// subject or of another natural person (Art. 6(1)(d)).
	VitalInterests
	// PublicTask: necessary for a task carried out in the public interest or
	// in the exercise of official authority (Art. 6(1)(e); in the UK, DPA
	// 2018 s.8 lists included tasks).
	PublicTask
	// RecognisedLegitimateInterest: necessary for a recognised legitimate
	// interest, one meeting a condition in UK GDPR Annex 1, with no balancing
	// test (UK GDPR Art. 6(1)(ea) and 6(5), inserted by DUAA 2025 s.70; UK
	// only, from 2026-02-05; never under the EU regime).
	RecognisedLegitimateInterest
	// LegitimateInterests: necessary for the legitimate interests of the
	// controller or a third party, unless overridden by the data subject's
	// interests or rights (Art. 6(1)(f)).
	LegitimateInterests
)

var bases = enum.New[Basis]("basis.Basis",
	"consent", "contract", "legal-obligation", "vital-interests", "public-task",
	"recognised-legitimate-interest", "legitimate-interests")

var basisInfo = [...]struct{ article, dpv string }{
	Consent:                      {"Art. 6(1)(a)", dpvGDPR + "A6-1-a"},
	Contract:                     {"Art. 6(1)(b)", dpvGDPR + "A6-1-b"},
	LegalObligation:              {"Art. 6(1)(c)", dpvGDPR + "A6-1-c"},
	VitalInterests:               {"Art. 6(1)(d)", dpvGDPR + "A6-1-d"},
	PublicTask:                   {"Art. 6(1)(e)", dpvGDPR + "A6-1-e"},
	RecognisedLegitimateInterest: {"Art. 6(1)(ea)", ""},
	LegitimateInterests:          {"Art. 6(1)(f)", dpvGDPR + "A6-1-f"},
}

// dpvGDPR is the namespace of the W3C DPV 2 GDPR extension (legal/eu/gdpr),
// whose terms name the provisions of the GDPR.
const dpvGDPR = "https://w3id.org/dpv/legal/eu/gdpr#"

// AllBases returns every basis in order.
func AllBases() []Basis { return bases.Values() }

// ParseBasis returns the basis with the given code, such as
// "legitimate-interests". Case, spaces and underscores are folded.
func ParseBasis(s string) (Basis, error) { return bases.Parse(s) }

// MustParseBasis is like [ParseBasis] but panics on error.
func MustParseBasis(s string) Basis { return mustParse(bases, s) }

// String returns the basis's code, "unspecified", or "basis.Basis(n)".
func (b Basis) String() string { return bases.String(b) }

// IsValid reports whether b is one of the defined bases.
func (b Basis) IsValid() bool { return bases.Valid(b) }

// AppendText appends the basis's code to dst.
func (b Basis) AppendText(dst []byte) ([]byte, error) { return bases.AppendText(dst, b) }

// MarshalText returns the basis's code; the zero value is empty text.
func (b Basis) MarshalText() ([]byte, error) { return bases.MarshalText(b) }

// UnmarshalText parses a code; on error b is unchanged.
func (b *Basis) UnmarshalText(text []byte) error { return bases.UnmarshalText(b, text) }

// Article returns the provision, such as "Art. 6(1)(f)", or "" for an invalid
// basis.
func (b Basis) Article() string {
	if !b.IsValid() {
		return ""
	}
	return basisInfo[b].article
}

// DPV returns the W3C Data Privacy Vocabulary term for the basis, or "" where
// DPV has none (the UK's recognised legitimate interest).
func (b Basis) DPV() string {
	if !b.IsValid() {
		return ""
	}
	return basisInfo[b].dpv
}

// AvailableIn reports whether b is a lawful basis under regime r on the date
// of at: every Art. 6(1) basis once the GDPR applies, and the recognised
// legitimate interest only in the UK from 2026-02-05.
func (b Basis) AvailableIn(r Regime, at time.Time) bool {
	if !b.IsValid() || !r.InForce(GDPRApplies, at) {
		return false
	}
	if b == RecognisedLegitimateInterest {
		return r.InForce(RecognisedLegitimateInterests, at)
	}
	return true
}

// BarredForPublicAuthorities reports whether a public authority may not rely
// on b for processing in the performance of its tasks under regime r at a
// date: point (f) in both regimes (Art. 6(1), second subparagraph), and in
// the UK point (ea) too from 2026-02-05 (DUAA 2025 s.70(2)(c)).
func (b Basis) BarredForPublicAuthorities(r Regime, at time.Time) bool {
	switch b {
	case LegitimateInterests:
		return r.IsValid()
	case RecognisedLegitimateInterest:
		return r.InForce(RecognisedLegitimateInterests, at)
	}
	return false
}
