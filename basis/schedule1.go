package basis

import (
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/internal/enum"
)

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
