package basis

import (
	"strconv"
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

// Schedule1Part is a Part of DPA 2018 Schedule 1 that holds conditions:
// Part 1 (employment, health, research), Part 2 (substantial public
// interest) and Part 3 (additional conditions for criminal offence data).
// The zero value is unspecified.
type Schedule1Part uint8

const (
	// Part1: conditions relating to employment, health and research etc.
	// (DPA 2018 Sch. 1 Pt. 1, paras 1-4), for Art. 9(2)(b), (h), (i), (j).
	Part1 Schedule1Part = iota + 1
	// Part2: substantial public interest conditions (DPA 2018 Sch. 1 Pt. 2,
	// paras 5-28), for Art. 9(2)(g).
	Part2
	// Part3: additional conditions relating to criminal convictions etc.
	// (DPA 2018 Sch. 1 Pt. 3, paras 29-37), for Art. 10 only (s.10(5)).
	Part3
)

var schedule1Parts = enum.New[Schedule1Part]("basis.Schedule1Part", "part-1", "part-2", "part-3")

// AllSchedule1Parts returns the three Parts in order.
func AllSchedule1Parts() []Schedule1Part { return schedule1Parts.Values() }

// ParseSchedule1Part returns the Part with the given code ("part-1", ...).
func ParseSchedule1Part(s string) (Schedule1Part, error) { return schedule1Parts.Parse(s) }

// MustParseSchedule1Part is like [ParseSchedule1Part] but panics on error.
func MustParseSchedule1Part(s string) Schedule1Part { return mustParse(schedule1Parts, s) }

// String returns the Part's code, "unspecified", or "basis.Schedule1Part(n)".
func (p Schedule1Part) String() string { return schedule1Parts.String(p) }

// IsValid reports whether p is Part 1, 2 or 3.
func (p Schedule1Part) IsValid() bool { return schedule1Parts.Valid(p) }

// AppendText appends the Part's code to b.
func (p Schedule1Part) AppendText(b []byte) ([]byte, error) { return schedule1Parts.AppendText(b, p) }

// MarshalText returns the Part's code; the zero value is empty text.
func (p Schedule1Part) MarshalText() ([]byte, error) { return schedule1Parts.MarshalText(p) }

// UnmarshalText parses a code; on error p is unchanged.
func (p *Schedule1Part) UnmarshalText(text []byte) error {
	return schedule1Parts.UnmarshalText(p, text)
}

// Article returns the provision, such as "DPA 2018 Sch. 1 Pt. 2".
func (p Schedule1Part) Article() string {
	if !p.IsValid() {
		return ""
	}
	return "DPA 2018 Sch. 1 Pt. " + strconv.Itoa(int(p))
}

// DPV returns "": DPV has no terms for the DPA 2018.
func (p Schedule1Part) DPV() string { return "" }

// Schedule1Condition is a condition in Parts 1 to 3 of Schedule 1 to the
// Data Protection Act 2018: UK law, with no EU counterpart. The zero value is
// unspecified.
//
// Two conditions have an exception to the appropriate policy document
// requirement for one kind of processing, and each such case is a value of
// its own: [Sch1UnlawfulActsDisclosure] (para 10(2), disclosure to a
// competent authority) and [Sch1AntiDopingDisclosure] (para 27(3), disclosure
// to an anti-doping body). Para 13 (journalism) needs no document at all
// (para 13(3)).
type Schedule1Condition uint8

const (
	// Sch1Employment: employment, social security and social protection
	// (para 1); needs an appropriate policy document (para 1(1)(b)).
	Sch1Employment Schedule1Condition = iota + 1
	// Sch1HealthSocialCare: health or social care purposes (para 2).
	Sch1HealthSocialCare
	// Sch1PublicHealth: public health, by or under the responsibility of a
	// health professional or a person owing a duty of confidentiality
	// (para 3).
	Sch1PublicHealth
	// Sch1Research: archiving, research and statistics (para 4). Until
	// 2026-02-04 the processing had to be in accordance with Art. 89(1) as
	// supplemented by DPA 2018 s.19; from 2026-02-05 "in accordance with
	// Article 84B" (DUAA 2025 s.87; [ResearchArt84B]).
	Sch1Research

	// Sch1StatutoryGovernment: statutory and government purposes (para 6).
	Sch1StatutoryGovernment
	// Sch1JusticeParliamentary: administration of justice and parliamentary
	// purposes (para 7).
	Sch1JusticeParliamentary
	// Sch1Equality: equality of opportunity or treatment, for racial or
	// ethnic origin, religious or philosophical beliefs, health and sexual
	// orientation only (para 8).
	Sch1Equality
	// Sch1SeniorDiversity: racial and ethnic diversity at senior levels of
	// organisations (para 9).
	Sch1SeniorDiversity
	// Sch1UnlawfulActs: preventing or detecting unlawful acts (para 10).
	Sch1UnlawfulActs
	// Sch1UnlawfulActsDisclosure: para 10 where the processing is disclosure
	// to a competent authority, or in preparation for it; no appropriate
	// policy document is needed (para 10(2)).
	Sch1UnlawfulActsDisclosure
	// Sch1ProtectingPublic: protecting the public against dishonesty etc.
	// (para 11).
	Sch1ProtectingPublic
	// Sch1RegulatoryRequirements: regulatory requirements relating to
	// unlawful acts and dishonesty etc. (para 12).
	Sch1RegulatoryRequirements
	// Sch1Journalism: journalism etc. in connection with unlawful acts and
	// dishonesty etc.; no appropriate policy document is needed
	// (para 13(3)).
	Sch1Journalism
	// Sch1PreventingFraud: preventing fraud, disclosure by or to an
	// anti-fraud organisation (para 14).
	Sch1PreventingFraud
	// Sch1TerroristFinancing: suspicion of terrorist financing or money
	// laundering (para 15).
	Sch1TerroristFinancing
	// Sch1DisabilitySupport: support for individuals with a particular
	// disability or medical condition, by a not-for-profit body (para 16).
	Sch1DisabilitySupport
	// Sch1Counselling: counselling etc. (para 17).
	Sch1Counselling
	// Sch1Safeguarding: safeguarding of children and of individuals at risk
	// (para 18).
	Sch1Safeguarding
	// Sch1EconomicWellBeing: safeguarding of economic well-being of certain
	// individuals (para 19).
	Sch1EconomicWellBeing
	// Sch1Insurance: insurance (para 20).
	Sch1Insurance
	// Sch1OccupationalPensions: occupational pensions (para 21).
	Sch1OccupationalPensions
	// Sch1PoliticalParties: political parties (para 22).
	Sch1PoliticalParties
	// Sch1ElectedRepresentatives: elected representatives responding to
	// requests (para 23). A member of a dissolved Parliament or Assembly is
	// treated as one until the end of the fourth day after the day of the
	// election until 2026-02-04, and until the end of the period of 30 days
	// beginning with the day after that day from 2026-02-05 (para 23(4) as
	// amended by DUAA 2025 s.73; [ElectedRepresentativesGracePeriod]).
	// Para 23(5), for the Common Council of the City of London, keeps the
	// fourth day.
	Sch1ElectedRepresentatives
	// Sch1DisclosureToElectedRepresentatives: disclosure to elected
	// representatives (para 24).
	Sch1DisclosureToElectedRepresentatives
	// Sch1PrisonersInformation: informing elected representatives about
	// prisoners (para 25).
	Sch1PrisonersInformation
	// Sch1LegalJudgments: publication of legal judgments (para 26).
	Sch1LegalJudgments
	// Sch1AntiDoping: anti-doping in sport (para 27).
	Sch1AntiDoping
	// Sch1AntiDopingDisclosure: para 27 where the processing is disclosure to
	// the anti-doping body, or in preparation for it; no appropriate policy
	// document is needed (para 27(3)).
	Sch1AntiDopingDisclosure
	// Sch1SportStandards: standards of behaviour in sport (para 28).
	Sch1SportStandards

	// Sch1Consent: consent, for criminal offence data (para 29).
	Sch1Consent
	// Sch1VitalInterests: protecting an individual's vital interests where
	// the data subject is incapable of consenting (para 30).
	Sch1VitalInterests
	// Sch1NotForProfit: processing by not-for-profit bodies (para 31).
	Sch1NotForProfit
	// Sch1PublicDomain: personal data in the public domain, manifestly made
	// public by the data subject (para 32).
	Sch1PublicDomain
	// Sch1LegalClaims: legal claims (para 33).
	Sch1LegalClaims
	// Sch1JudicialActs: judicial acts (para 34).
	Sch1JudicialActs
	// Sch1IndecencyAccounts: administration of accounts used in commission
	// of indecency offences involving children (para 35); needs an
	// appropriate policy document.
	Sch1IndecencyAccounts
	// Sch1Part2Extension: a Part 2 condition met but for its requirement of
	// substantial public interest (para 36). It is relied on together with
	// the Part 2 condition it extends, whose appropriate policy document
	// requirement it keeps (inferred from para 5; the reference marks this
	// UNVERIFIED).
	Sch1Part2Extension
	// Sch1InsuranceExtension: the insurance condition (para 20) met but for
	// its limit to certain categories of data (para 37). It is relied on
	// together with para 20, whose appropriate policy document requirement
	// it keeps (inferred, as for para 36).
	Sch1InsuranceExtension
)

var schedule1 = enum.New[Schedule1Condition]("basis.Schedule1Condition",
	"employment", "health-social-care", "public-health", "research",
	"statutory-government", "justice-parliamentary", "equality", "senior-diversity",
	"unlawful-acts", "unlawful-acts-disclosure", "protecting-public",
	"regulatory-requirements", "journalism", "preventing-fraud", "terrorist-financing",
	"disability-support", "counselling", "safeguarding", "economic-well-being",
	"insurance", "occupational-pensions", "political-parties", "elected-representatives",
	"disclosure-to-elected-representatives", "prisoners-information", "legal-judgments",
	"anti-doping", "anti-doping-disclosure", "sport-standards",
	"consent", "vital-interests", "not-for-profit", "public-domain", "legal-claims",
	"judicial-acts", "indecency-accounts", "part-2-extension", "insurance-extension")

// sch1Info is what is known of one Schedule 1 condition: its paragraph, the
// sub-paragraph for the exception values, its Part, whether it needs an
// appropriate policy document (APD) and the provision saying so.
type sch1Info struct {
	para int
	sub  string
	part Schedule1Part
	apd  bool
	why  string // the provision on the APD: requirement or exception
}

const (
	apdPart1 = "DPA 2018 Sch. 1 para 1(1)(b)"
	apdPart2 = "DPA 2018 Sch. 1 para 5"
)

var schedule1Info = [...]sch1Info{
	Sch1Employment:                         {1, "", Part1, true, apdPart1},
	Sch1HealthSocialCare:                   {2, "", Part1, false, ""},
	Sch1PublicHealth:                       {3, "", Part1, false, ""},
	Sch1Research:                           {4, "", Part1, false, ""},
	Sch1StatutoryGovernment:                {6, "", Part2, true, apdPart2},
	Sch1JusticeParliamentary:               {7, "", Part2, true, apdPart2},
	Sch1Equality:                           {8, "", Part2, true, apdPart2},
	Sch1SeniorDiversity:                    {9, "", Part2, true, apdPart2},
	Sch1UnlawfulActs:                       {10, "", Part2, true, apdPart2},
	Sch1UnlawfulActsDisclosure:             {10, "(2)", Part2, false, "DPA 2018 Sch. 1 para 10(2)"},
	Sch1ProtectingPublic:                   {11, "", Part2, true, apdPart2},
	Sch1RegulatoryRequirements:             {12, "", Part2, true, apdPart2},
	Sch1Journalism:                         {13, "", Part2, false, "DPA 2018 Sch. 1 para 13(3)"},
	Sch1PreventingFraud:                    {14, "", Part2, true, apdPart2},
	Sch1TerroristFinancing:                 {15, "", Part2, true, apdPart2},
	Sch1DisabilitySupport:                  {16, "", Part2, true, apdPart2},
	Sch1Counselling:                        {17, "", Part2, true, apdPart2},
	Sch1Safeguarding:                       {18, "", Part2, true, apdPart2},
	Sch1EconomicWellBeing:                  {19, "", Part2, true, apdPart2},
	Sch1Insurance:                          {20, "", Part2, true, apdPart2},
	Sch1OccupationalPensions:               {21, "", Part2, true, apdPart2},
	Sch1PoliticalParties:                   {22, "", Part2, true, apdPart2},
	Sch1ElectedRepresentatives:             {23, "", Part2, true, apdPart2},
	Sch1DisclosureToElectedRepresentatives: {24, "", Part2, true, apdPart2},
	Sch1PrisonersInformation:               {25, "", Part2, true, apdPart2},
	Sch1LegalJudgments:                     {26, "", Part2, true, apdPart2},
	Sch1AntiDoping:                         {27, "", Part2, true, apdPart2},
	Sch1AntiDopingDisclosure:               {27, "(3)", Part2, false, "DPA 2018 Sch. 1 para 27(3)"},
	Sch1SportStandards:                     {28, "", Part2, true, apdPart2},
	Sch1Consent:                            {29, "", Part3, false, ""},
	Sch1VitalInterests:                     {30, "", Part3, false, ""},
	Sch1NotForProfit:                       {31, "", Part3, false, ""},
	Sch1PublicDomain:                       {32, "", Part3, false, ""},
	Sch1LegalClaims:                        {33, "", Part3, false, ""},
	Sch1JudicialActs:                       {34, "", Part3, false, ""},
	Sch1IndecencyAccounts:                  {35, "", Part3, true, "DPA 2018 Sch. 1 para 35; Pt. 4 para 38"},
	Sch1Part2Extension:                     {36, "", Part3, false, ""},
	Sch1InsuranceExtension:                 {37, "", Part3, true, apdPart2 + " with para 37 (inferred)"},
}

// AllSchedule1Conditions returns every Schedule 1 condition in paragraph
// order, each exception value straight after its paragraph.
func AllSchedule1Conditions() []Schedule1Condition { return schedule1.Values() }

// ParseSchedule1Condition returns the condition with the given code, such as
// "safeguarding".
func ParseSchedule1Condition(s string) (Schedule1Condition, error) { return schedule1.Parse(s) }

// MustParseSchedule1Condition is like [ParseSchedule1Condition] but panics
// on error.
func MustParseSchedule1Condition(s string) Schedule1Condition { return mustParse(schedule1, s) }

// String returns the condition's code, "unspecified", or
// "basis.Schedule1Condition(n)".
func (s Schedule1Condition) String() string { return schedule1.String(s) }

// IsValid reports whether s is one of the defined conditions.
func (s Schedule1Condition) IsValid() bool { return schedule1.Valid(s) }

// AppendText appends the condition's code to b.
func (s Schedule1Condition) AppendText(b []byte) ([]byte, error) {
	return schedule1.AppendText(b, s)
}

// MarshalText returns the condition's code; the zero value is empty text.
func (s Schedule1Condition) MarshalText() ([]byte, error) { return schedule1.MarshalText(s) }

// UnmarshalText parses a code; on error s is unchanged.
func (s *Schedule1Condition) UnmarshalText(text []byte) error {
	return schedule1.UnmarshalText(s, text)
}

// Article returns the provision, such as "DPA 2018 Sch. 1 para 18" or, for
// an exception value, "DPA 2018 Sch. 1 para 10(2)".
func (s Schedule1Condition) Article() string {
	if !s.IsValid() {
		return ""
	}
	i := schedule1Info[s]
	return "DPA 2018 Sch. 1 para " + strconv.Itoa(i.para) + i.sub
}

// DPV returns "": DPV has no terms for the DPA 2018.
func (s Schedule1Condition) DPV() string { return "" }

// Para returns the paragraph number of Schedule 1 (1 to 37), or 0 for an
// invalid condition.
func (s Schedule1Condition) Para() int {
	if !s.IsValid() {
		return 0
	}
	return schedule1Info[s].para
}

// Part returns the Part of Schedule 1 the condition is in.
func (s Schedule1Condition) Part() Schedule1Part {
	if !s.IsValid() {
		return 0
	}
	return schedule1Info[s].part
}

// Base returns the paragraph's condition for an exception value
// (Sch1UnlawfulActs for Sch1UnlawfulActsDisclosure, Sch1AntiDoping for
// Sch1AntiDopingDisclosure) and s itself otherwise.
func (s Schedule1Condition) Base() Schedule1Condition {
	switch s {
	case Sch1UnlawfulActsDisclosure:
		return Sch1UnlawfulActs
	case Sch1AntiDopingDisclosure:
		return Sch1AntiDoping
	}
	return s
}

// NeedsAPD reports whether the condition is met only if the controller has
// an appropriate policy document in place when the processing is carried
// out: para 1 (para 1(1)(b)), every Part 2 condition (para 5) except
// para 13 and the exception values for paras 10(2) and 27(3), para 35, and
// para 37 (inferred). Para 36 needs one when the Part 2 condition it extends
// does.
func (s Schedule1Condition) NeedsAPD() bool {
	return s.IsValid() && schedule1Info[s].apd
}

// APDArticle returns the provision that requires an appropriate policy
// document for s, or that excepts s from the requirement; "" where neither
// applies.
func (s Schedule1Condition) APDArticle() string {
	if !s.IsValid() {
		return ""
	}
	return schedule1Info[s].why
}

// ForSpecialCategory reports whether s can meet the UK-law requirement of an
// Art. 9(2) point for special category data: the Part 1 and Part 2
// conditions (DPA 2018 s.10(2) and (3)).
func (s Schedule1Condition) ForSpecialCategory() bool {
	p := s.Part()
	return p == Part1 || p == Part2
}

// ForCriminalOffence reports whether s can authorise processing of criminal
// offence data not carried out under the control of official authority:
// every condition in Parts 1, 2 and 3 (DPA 2018 s.10(5)).
func (s Schedule1Condition) ForCriminalOffence() bool { return s.IsValid() }

// AvailableIn reports whether s is law in regime r on the date of at:
// Schedule 1 conditions are UK law only, from 2018-05-25 (DPA 2018; S.I.
// 2018/625).
func (s Schedule1Condition) AvailableIn(r Regime, at time.Time) bool {
	return s.IsValid() && r == UK && r.InForce(GDPRApplies, at)
}

// Note returns what changed in the condition's wording, as in force in the
// UK on the date of at, or "" where nothing changed: para 4's research
// safeguards (Art. 84B from 2026-02-05) and para 23's period after an
// election (30 days from 2026-02-05).
func (s Schedule1Condition) Note(at time.Time) string {
	switch s {
	case Sch1Research:
		if UK.InForce(ResearchArt84B, at) {
			return "processing must be carried out in accordance with UK GDPR Art. 84B (DUAA 2025 s.87, from 2026-02-05)"
		}
		return "processing must be carried out in accordance with Art. 89(1) as supplemented by DPA 2018 s.19 (until 2026-02-04)"
	case Sch1ElectedRepresentatives:
		if UK.InForce(ElectedRepresentativesGracePeriod, at) {
			return "a former member of a dissolved Parliament or Assembly is treated as an elected representative until the end of the period of 30 days beginning with the day after the day of the election (para 23(4) as amended by DUAA 2025 s.73, from 2026-02-05)"
		}
		return "a former member of a dissolved Parliament or Assembly is treated as an elected representative until the end of the fourth day after the day of the election (para 23(4), until 2026-02-04)"
	}
	return ""
}

// CheckSpecialCategory reports what is wrong with relying on Art. 9(2)
// point cond, with the Schedule 1 conditions sch1, to process special
// category data under regime r on the date of at; hasAPD says whether the
// controller has an appropriate policy document in place.
//
// Under the EU regime Schedule 1 conditions are not law (problem
// CodeSchedule1NotAvailable). In the UK, points (b), (h), (i) and (j) need
// a Part 1 condition (DPA 2018 s.10(2)) and point (g) a Part 2 condition
// (s.10(3)); the other points need none (CodeSchedule1NotNeeded for any
// given). Section 10(2) says only "a condition in Part 1"; the check pairs
// each point with the paragraph written for it ((b) para 1, (h) para 2,
// (i) para 3, (j) para 4), as the ICO's special category flowchart does,
// and reports any other Part 1 condition as CodeSchedule1Mismatch. Every
// condition relied on that needs an appropriate policy document without
// one is CodeAPDMissing. Fields are "Condition", "Schedule1[i]" and
// "PolicyDocument". Nil means no problems.
//
// Not modelled: from 2026-02-05 point (g) may rest on relevant
// international law instead of UK law, met only by a condition in DPA 2018
// Schedule A1 (s.9A, inserted by DUAA 2025 s.72; S.I. 2026/82 reg. 2(e));
// such processing is reported as CodeSchedule1Missing. Nor does the check
// know which special categories are processed, so the limits some Part 2
// conditions set (para 8's four categories, para 9's racial or ethnic
// origin, para 20's list) are the caller's to judge.
func CheckSpecialCategory(r Regime, at time.Time, cond Condition, sch1 []Schedule1Condition, hasAPD bool) Problems {
	if p, ok := checkRegime(r, at); !ok {
		return Problems{p}
	}
	var ps Problems
	switch {
	case cond == 0:
		ps = append(ps, Problem{Code: CodeConditionMissing, Article: r.cite("Art. 9(2)"), Field: "Condition",
			Message: "special category data is processed with no Art. 9(2) condition (valid: " + joinCodes(conditions.Codes()) + ")"})
		return ps
	case !cond.IsValid():
		ps = append(ps, Problem{Code: CodeConditionInvalid, Article: r.cite("Art. 9(2)"), Field: "Condition", Value: cond.String(),
			Message: cond.String() + " is not an Art. 9(2) condition (valid: " + joinCodes(conditions.Codes()) + ")"})
		return ps
	}
	if r == EU {
		euSchedule1(&ps, sch1)
		return ps
	}
	need := cond.Schedule1Part(r)
	needArticle := "DPA 2018 s.10(2)"
	if need == Part2 {
		needArticle = "DPA 2018 s.10(3)"
	}
	met := false
	for i, s := range sch1 {
		field := "Schedule1[" + strconv.Itoa(i) + "]"
		switch {
		case !s.IsValid():
			ps = append(ps, invalidSchedule1(field, s))
		case need == 0:
			ps = append(ps, Problem{Code: CodeSchedule1NotNeeded, Article: "DPA 2018 s.10(1)", Field: field, Value: s.String(),
				Message: cond.Article() + " needs no Schedule 1 condition, but " + s.Article() + " is given"})
		case s.Part() != need:
			ps = append(ps, Problem{Code: CodeSchedule1WrongPart, Article: needArticle, Field: field, Value: s.String(),
				Message: cond.Article() + " needs a condition in " + need.Article() + ", but " + s.Article() + " is in " + s.Part().Article()})
		case need == Part1 && s != conditionInfo[cond].match:
			ps = append(ps, Problem{Code: CodeSchedule1Mismatch, Article: needArticle, Field: field, Value: s.String(),
				Message: cond.Article() + " is met in UK law by " + conditionInfo[cond].match.Article() + ", not " + s.Article()})
		default:
			met = true
			ps = checkAPD(ps, field, s, hasAPD)
		}
	}
	if need != 0 && !met {
		valid := cond.Schedule1(r)
		codes := make([]string, len(valid))
		for i, v := range valid {
			codes[i] = v.String()
		}
		ps = append(ps, Problem{Code: CodeSchedule1Missing, Article: needArticle, Field: "Schedule1",
			Message: cond.Article() + " is met in UK law only with a condition in " + need.Article() + " (valid: " + joinCodes(codes) + ")"})
	}
	return ps
}

// CheckCriminalOffence reports what is wrong with processing criminal
// offence data under regime r on the date of at. sch1 are the DPA 2018
// Schedule 1 conditions relied on; hasAPD says whether an appropriate policy
// document is in place. authority means different things in the two
// regimes, because Art. 10 is met differently:
//
//   - EU: the official authority under whose control the processing is
//     carried out, or the Union or Member State law authorising it
//     (Art. 10). It is required (CodeCriminalAuthorityMissing), and
//     Schedule 1 is not law there.
//   - UK: only the official authority under whose control the processing
//     is carried out. Processing not under official authority meets
//     Art. 10(1)'s "authorised by domestic law" only if it meets a condition
//     in Part 1, 2 or 3 of Schedule 1 (DPA 2018 s.10(4)-(5)), so naming a
//     statute here does not stand in for a Schedule 1 condition; leave
//     authority empty unless an official authority controls the processing.
//
// In the UK, para 36 counts only with the Part 2 condition it extends and
// para 37 only with para 20 (CodeExtensionAlone); conditions that need an
// appropriate policy document without one are CodeAPDMissing. Fields are
// "Authority", "Schedule1[i]" and "PolicyDocument". Nil means no problems.
func CheckCriminalOffence(r Regime, at time.Time, authority string, sch1 []Schedule1Condition, hasAPD bool) Problems {
	if p, ok := checkRegime(r, at); !ok {
		return Problems{p}
	}
	var ps Problems
	if r == EU {
		if authority == "" {
			ps = append(ps, Problem{Code: CodeCriminalAuthorityMissing, Article: r.cite("Art. 10"), Field: "Authority",
				Message: "criminal offence data may be processed only under the control of official authority or when authorised by Union or Member State law; name it"})
		}
		euSchedule1(&ps, sch1)
		return ps
	}
	hasPart2, hasInsurance := false, false
	for _, s := range sch1 {
		hasPart2 = hasPart2 || s.Part() == Part2
		hasInsurance = hasInsurance || s == Sch1Insurance
	}
	met := false
	for i, s := range sch1 {
		field := "Schedule1[" + strconv.Itoa(i) + "]"
		switch {
		case !s.IsValid():
			ps = append(ps, invalidSchedule1(field, s))
		case s == Sch1Part2Extension && !hasPart2:
			ps = append(ps, Problem{Code: CodeExtensionAlone, Article: s.Article(), Field: field, Value: s.String(),
				Message: "para 36 extends a Part 2 condition; name the Part 2 condition relied on as well"})
		case s == Sch1InsuranceExtension && !hasInsurance:
			ps = append(ps, Problem{Code: CodeExtensionAlone, Article: s.Article(), Field: field, Value: s.String(),
				Message: "para 37 extends the insurance condition; name " + Sch1Insurance.Article() + " (insurance) as well"})
		default:
			met = true
			ps = checkAPD(ps, field, s, hasAPD)
		}
	}
	if !met && authority == "" {
		ps = append(ps, Problem{Code: CodeCriminalAuthorityMissing, Article: "UK GDPR Art. 10; DPA 2018 s.10(5)", Field: "Schedule1",
			Message: "criminal offence data not processed under the control of official authority needs a condition in DPA 2018 Sch. 1 Pt. 1, 2 or 3; a law authorising the processing counts only through such a condition (s.10(5))"})
	}
	return ps
}

// checkRegime returns the problem and false when r is invalid or the GDPR
// does not yet apply on the date of at.
func checkRegime(r Regime, at time.Time) (Problem, bool) {
	if !r.IsValid() {
		return Problem{Code: CodeRegimeInvalid, Field: "Regime", Value: r.String(),
			Message: "regime " + r.String() + " is not one of " + joinCodes(regimes.Codes())}, false
	}
	if !r.InForce(GDPRApplies, at) {
		return Problem{Code: CodeBeforeGDPR, Article: GDPRApplies.Article(),
			Message: "the GDPR applies only from 2018-05-25; the date judged is " + at.In(r.Location()).Format(time.DateOnly)}, false
	}
	return Problem{}, true
}

func euSchedule1(ps *Problems, sch1 []Schedule1Condition) {
	for i, s := range sch1 {
		field := "Schedule1[" + strconv.Itoa(i) + "]"
		if !s.IsValid() {
			*ps = append(*ps, invalidSchedule1(field, s))
			continue
		}
		*ps = append(*ps, Problem{Code: CodeSchedule1NotAvailable, Article: s.Article(), Field: field, Value: s.String(),
			Message: s.Article() + " is UK law and not available under the EU GDPR"})
	}
}

func invalidSchedule1(field string, s Schedule1Condition) Problem {
	return Problem{Code: CodeSchedule1Invalid, Article: "DPA 2018 Sch. 1", Field: field, Value: s.String(),
		Message: s.String() + " is not a Schedule 1 condition (valid: " + joinCodes(schedule1.Codes()) + ")"}
}

func checkAPD(ps Problems, field string, s Schedule1Condition, hasAPD bool) Problems {
	if hasAPD || !s.NeedsAPD() {
		return ps
	}
	return append(ps, Problem{Code: CodeAPDMissing, Article: s.APDArticle(), Field: "PolicyDocument", Value: s.String(),
		Message: s.Article() + " (" + field + ") is met only with an appropriate policy document in place (DPA 2018 Sch. 1 Pt. 4)"})
}

func joinCodes(codes []string) string {
	n := 0
	for _, c := range codes {
		n += len(c) + 2
	}
	b := make([]byte, 0, n)
	for i, c := range codes {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, c...)
	}
	return string(b)
}
