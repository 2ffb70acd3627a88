package basis

import (
	"time"

	"github.com/dpmodel/dpmodel/internal/enum"
)

// Condition is one of the ten conditions of Art. 9(2), (a) to (j), that lift
// the prohibition on processing special category data. The zero value is
// unspecified. In the UK, points (b), (g), (h), (i) and (j) are met only with
// a DPA 2018 Schedule 1 condition ([Condition.Schedule1Part]).
type Condition uint8

const (
	// ExplicitConsent: the data subject has given explicit consent for one
	// or more specified purposes, unless law says the prohibition may not be
	// lifted so (Art. 9(2)(a)).
	ExplicitConsent Condition = iota + 1
	// EmploymentSocialSecurity: necessary for obligations and rights in
	// employment, social security and social protection law (Art. 9(2)(b);
	// UK: Sch. 1 para 1).
	EmploymentSocialSecurity
	// VitalInterestsIncapable: necessary to protect vital interests where the
	// data subject is physically or legally incapable of giving consent
	// (Art. 9(2)(c)).
	VitalInterestsIncapable
	// NotForProfitBody: legitimate activities of a foundation, association or
	// other not-for-profit body with a political, philosophical, religious or
	// trade union aim, about members, former members or regular contacts,
	// with no disclosure outside the body without consent (Art. 9(2)(d)).
	NotForProfitBody
	// ManifestlyMadePublic: data manifestly made public by the data subject
	// (Art. 9(2)(e)).
	ManifestlyMadePublic
	// LegalClaims: establishment, exercise or defence of legal claims, or
	// courts acting in their judicial capacity (Art. 9(2)(f)).
	LegalClaims
	// SubstantialPublicInterest: substantial public interest on the basis of
	// law, proportionate and with safeguards (Art. 9(2)(g); UK: a Sch. 1
	// Part 2 condition, and "relevant international law" too, DUAA 2025
	// s.72).
	SubstantialPublicInterest
	// HealthSocialCare: preventive or occupational medicine, working
	// capacity, medical diagnosis, health or social care or the management of
	// their systems, under the secrecy of Art. 9(3) (Art. 9(2)(h); UK: Sch. 1
	// para 2).
	HealthSocialCare
	// PublicHealth: public interest in public health (Art. 9(2)(i); UK:
	// Sch. 1 para 3).
	PublicHealth
	// ArchivingResearchStatistics: archiving in the public interest,
	// scientific or historical research, or statistics (Art. 9(2)(j); UK:
	// Sch. 1 para 4).
	ArchivingResearchStatistics
)

var conditions = enum.New[Condition]("basis.Condition",
	"explicit-consent", "employment-social-security", "vital-interests-incapable",
	"not-for-profit-body", "manifestly-made-public", "legal-claims",
	"substantial-public-interest", "health-social-care", "public-health",
	"archiving-research-statistics")

// conditionInfo: the point of Art. 9(2), and for the UK the Schedule 1 Part
// that DPA 2018 s.10(2) or (3) requires, with the one Part 1 condition that
// matches the point.
var conditionInfo = [...]struct {
	point string
	part  Schedule1Part
	match Schedule1Condition
}{
	ExplicitConsent:             {"a", 0, 0},
	EmploymentSocialSecurity:    {"b", Part1, Sch1Employment},
	VitalInterestsIncapable:     {"c", 0, 0},
	NotForProfitBody:            {"d", 0, 0},
	ManifestlyMadePublic:        {"e", 0, 0},
	LegalClaims:                 {"f", 0, 0},
	SubstantialPublicInterest:   {"g", Part2, 0},
	HealthSocialCare:            {"h", Part1, Sch1HealthSocialCare},
	PublicHealth:                {"i", Part1, Sch1PublicHealth},
	ArchivingResearchStatistics: {"j", Part1, Sch1Research},
}

// AllConditions returns the ten conditions in the order of Art. 9(2).
func AllConditions() []Condition { return conditions.Values() }

// ParseCondition returns the condition with the given code, such as
// "explicit-consent".
func ParseCondition(s string) (Condition, error) { return conditions.Parse(s) }

// MustParseCondition is like [ParseCondition] but panics on error.
func MustParseCondition(s string) Condition { return mustParse(conditions, s) }

// String returns the condition's code, "unspecified", or
// "basis.Condition(n)".
func (c Condition) String() string { return conditions.String(c) }

// IsValid reports whether c is one of the ten conditions.
func (c Condition) IsValid() bool { return conditions.Valid(c) }

// AppendText appends the condition's code to b.
func (c Condition) AppendText(b []byte) ([]byte, error) { return conditions.AppendText(b, c) }

// MarshalText returns the condition's code; the zero value is empty text.
func (c Condition) MarshalText() ([]byte, error) { return conditions.MarshalText(c) }

// UnmarshalText parses a code; on error c is unchanged.
func (c *Condition) UnmarshalText(text []byte) error { return conditions.UnmarshalText(c, text) }

// Article returns the provision, such as "Art. 9(2)(a)", or "" for an
// invalid condition.
func (c Condition) Article() string {
	if !c.IsValid() {
		return ""
	}
	return "Art. 9(2)(" + conditionInfo[c].point + ")"
}

// DPV returns the W3C DPV GDPR extension term, such as
// "https://w3id.org/dpv/legal/eu/gdpr#A9-2-a".
func (c Condition) DPV() string {
	if !c.IsValid() {
		return ""
	}
	return dpvGDPR + "A9-2-" + conditionInfo[c].point
}

// Schedule1Part returns the Part of DPA 2018 Schedule 1 one of whose
// conditions must also be met under regime r: Part 1 for points (b), (h),
// (i) and (j) (s.10(2)), Part 2 for point (g) (s.10(3)), and zero for the
// other points and under the EU regime.
func (c Condition) Schedule1Part(r Regime) Schedule1Part {
	if r != UK || !c.IsValid() {
		return 0
	}
	return conditionInfo[c].part
}

// Schedule1 returns the Schedule 1 conditions that meet the UK-law
// requirement of point c: the matching Part 1 condition for (b), (h), (i)
// and (j); every Part 2 condition for (g); none otherwise or under the EU
// regime. The slice is new.
func (c Condition) Schedule1(r Regime) []Schedule1Condition {
	switch c.Schedule1Part(r) {
	case Part1:
		return []Schedule1Condition{conditionInfo[c].match}
	case Part2:
		var out []Schedule1Condition
		for _, s := range schedule1.Values() {
			if s.Part() == Part2 {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// AvailableIn reports whether c is a condition of regime r on the date of
// at: every point of Art. 9(2) in both regimes once the GDPR applies.
func (c Condition) AvailableIn(r Regime, at time.Time) bool {
	return c.IsValid() && r.InForce(GDPRApplies, at)
}
