package recipient

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// Mechanism is what a transfer of personal data to a third country relies
// on (GDPR Chapter V; UK GDPR Chapter V). The zero value is none, which a
// transfer check reports for a restricted transfer.
type Mechanism uint8

const (
	// Adequacy: an adequacy decision (EU, Art. 45(3)) or adequacy
	// regulations (UK, DPA 2018 s.17A and Sch. 21 para 5; from 2026-02-05
	// UK GDPR Art. 45A) that cover the destination generally.
	Adequacy Mechanism = iota + 1
	// PartialAdequacy: adequacy that reaches only part of a country's
	// recipients, named by a [Scope] (certification under the EU-US Data
	// Privacy Framework, Canada's commercial organisations under PIPEDA).
	PartialAdequacy
	// SCC2001: the EU standard contractual clauses for controller-to-
	// controller transfers, set I (Decision 2001/497/EC; applicable from
	// 2001-09-03).
	SCC2001
	// SCC2004: the EU standard contractual clauses for controller-to-
	// controller transfers, set II (Decision 2004/915/EC; applicable from
	// 2005-04-01).
	SCC2004
	// SCC2010: the EU standard contractual clauses for controller-to-
	// processor transfers (Decision 2010/87/EU; applicable from 2010-05-15).
	SCC2010
	// SCC2021: the EU standard contractual clauses of Implementing Decision
	// (EU) 2021/914, with four modules (in force 2021-06-27).
	SCC2021
	// IDTA: the UK International Data Transfer Agreement (DPA 2018 s.119A;
	// in force 2022-03-21).
	IDTA
	// UKAddendum: the UK International Data Transfer Addendum to the EU 2021
	// clauses (DPA 2018 s.119A; in force 2022-03-21).
	UKAddendum
	// BindingCorporateRules approved by the competent supervisory authority
	// (Art. 46(2)(b), 47).
	BindingCorporateRules
	// CodeOfConduct: an approved code of conduct with binding and
	// enforceable commitments of the importer (Art. 46(2)(e), 40).
	CodeOfConduct
	// Certification: an approved certification mechanism with binding and
	// enforceable commitments of the importer (Art. 46(2)(f), 42).
	Certification
	// PublicAuthorityInstrument: a legally binding and enforceable
	// instrument between public authorities or bodies (Art. 46(2)(a)).
	PublicAuthorityInstrument
	// AdHocClauses: contractual clauses authorised by the supervisory
	// authority (Art. 46(3)(a)).
	AdHocClauses
	// AdministrativeArrangement between public authorities, authorised by
	// the supervisory authority (Art. 46(3)(b)).
	AdministrativeArrangement
	// DerogationConsent: the data subject explicitly consented to the
	// transfer after being informed of its possible risks (Art. 49(1)(a)).
	DerogationConsent
	// DerogationContract: necessary for a contract between the data subject
	// and the controller or for pre-contractual steps at the data subject's
	// request (Art. 49(1)(b)).
	DerogationContract
	// DerogationContractInInterest: necessary for a contract concluded in
	// the data subject's interest with another person (Art. 49(1)(c)).
	DerogationContractInInterest
	// DerogationPublicInterest: necessary for important reasons of public
	// interest recognised in law (Art. 49(1)(d), 49(4)).
	DerogationPublicInterest
	// DerogationLegalClaims: necessary for the establishment, exercise or
	// defence of legal claims (Art. 49(1)(e)).
	DerogationLegalClaims
	// DerogationVitalInterests: necessary to protect vital interests where
	// the data subject cannot consent (Art. 49(1)(f)).
	DerogationVitalInterests
	// DerogationPublicRegister: made from a public register, not the whole
	// register (Art. 49(1)(g), 49(2)).
	DerogationPublicRegister
	// CompellingLegitimateInterests: the last resort of the second
	// subparagraph of Art. 49(1): not repetitive, a limited number of data
	// subjects, compelling legitimate interests, assessed with suitable
	// safeguards, the supervisory authority and the data subject informed.
	CompellingLegitimateInterests
	// SafeHarbor: the US Safe Harbor privacy principles (Decision
	// 2000/520/EC of 2000-07-26), invalidated by the Court of Justice on
	// 2015-10-06 (C-362/14, Schrems I).
	SafeHarbor
	// PrivacyShield: the EU-US Privacy Shield (Implementing Decision (EU)
	// 2016/1250 of 2016-07-12), invalidated on 2020-07-16 (C-311/18,
	// Schrems II).
	PrivacyShield
	// DataPrivacyFramework: the EU-US Data Privacy Framework (Implementing
	// Decision (EU) 2023/1795, from 2023-07-10), for organisations on the
	// DPF List.
	DataPrivacyFramework
	// UKExtension: the UK Extension to the Data Privacy Framework (Data
	// Protection (Adequacy) (United States of America) Regulations 2023,
	// S.I. 2023/1028, in force 2023-10-12).
	UKExtension
)

var mechanisms = enum.New[Mechanism]("recipient.Mechanism",
	"adequacy", "partial-adequacy",
	"eu-scc-2001", "eu-scc-2004", "eu-scc-2010", "eu-scc-2021",
	"uk-idta", "uk-addendum",
	"binding-corporate-rules", "code-of-conduct", "certification",
	"public-authority-instrument", "ad-hoc-clauses", "administrative-arrangement",
	"derogation-consent", "derogation-contract", "derogation-contract-in-interest",
	"derogation-public-interest", "derogation-legal-claims", "derogation-vital-interests",
	"derogation-public-register", "compelling-legitimate-interests",
	"safe-harbor", "privacy-shield", "eu-us-dpf", "uk-extension")

// MechanismKind groups mechanisms by what Art. 13(1)(f) and 14(1)(f) require
// a notice to say of them. The zero value is unspecified.
type MechanismKind uint8

const (
	// AdequacyKind: the existence of an adequacy decision or regulations
	// (Art. 45), including the certification-only EU-US instruments.
	AdequacyKind MechanismKind = iota + 1
	// SafeguardsKind: appropriate safeguards under Art. 46 or 47; the notice
	// must refer to them and say how to obtain a copy.
	SafeguardsKind
	// DerogationKind: a derogation of Art. 49(1)(a) to (g).
	DerogationKind
	// CompellingKind: the second subparagraph of Art. 49(1); the notice must
	// refer to the suitable safeguards and how to obtain a copy, and name the
	// compelling legitimate interests (Art. 49(1), last sentence).
	CompellingKind
)

var mechanismKinds = enum.New[MechanismKind]("recipient.MechanismKind",
	"adequacy", "safeguards", "derogation", "compelling-interests")

// window is when a mechanism can be relied on under one regime, as civil
// dates in the regime's location.
type window struct {
	ok       bool       // false: the mechanism belongs to the other regime
	from     civil.Date // first day it can be relied on
	until    civil.Date // last day; civil.Max while it lasts
	newUntil civil.Date // last day a new contract may be concluded on it
	ended    Code       // the code for a date after until
	endNote  string     // why it ended, with the source
	contract bool       // its validity depends on the conclusion date
}

// mechanismInfo is what the package knows of one mechanism.
type mechanismInfo struct {
	kind    MechanismKind
	article string    // the GDPR provision
	source  string    // the instrument, where there is one
	scope   Scope     // for the certification-only EU-US instruments
	win     [3]window // indexed by basis.Regime (UK = 1, EU = 2)
	notice  string    // how Art. 13(1)(f) describes it
}

var (
	gdprDay = civil.MustParse("2018-05-25") // Art. 99(2)
	// The EU's old clauses: no new contracts from 2021-09-27, and old
	// contracts deemed appropriate safeguards "until 27 December 2022"
	// (Implementing Decision (EU) 2021/914 Art. 4(4)).
	//
	// The UK's old clauses: for contracts concluded on or before
	// 2022-09-21, appropriate safeguards "until 21 March 2024" (the
	// Information Commissioner's Transitional Provisions, issued under DPA
	// 2018 s.119A(1) with the IDTA and the Addendum, in force 2022-03-21,
	// limiting the old clauses that DPA 2018 Sch. 21 paras 7-8 continued).
	//
	// Both instruments name the day by which contracts had to be replaced,
	// and both periods are read the same way: the named day is the first on
	// which the old clauses can no longer be relied on, so the last valid
	// day is the day before. This is the project's reference (legal-facts
	// §10.4: "cease to be valid from 2024-03-21") and the reading of
	// practitioners for both dates (e.g. "as of 21 March 2024 ... no
	// longer sufficient"; the EU "deadline ... was 27 December 2022").
	euOldNewUntil = civil.MustParse("2021-09-26")
	euOldUntil    = civil.MustParse("2022-12-26") // last valid day
	ukOldNewUntil = civil.MustParse("2022-09-21")
	ukOldUntil    = civil.MustParse("2024-03-20") // last valid day
	ukToolsFrom   = civil.MustParse("2022-03-21") // IDTA and Addendum in force
)

// both returns the same window for both regimes.
func both(w window) [3]window { return [3]window{basis.UK: w, basis.EU: w} }

func euOnly(w window) [3]window { return [3]window{basis.EU: w} }

func ukOnly(w window) [3]window { return [3]window{basis.UK: w} }

func open(from civil.Date) window {
	return window{ok: true, from: from, until: civil.Max, newUntil: civil.Max}
}

func oldSCC(from civil.Date) [3]window {
	return [3]window{
		basis.EU: {ok: true, from: from, until: euOldUntil, newUntil: euOldNewUntil, contract: true,
			ended:   CodeTransitionEnded,
			endNote: "contracts on the old clauses were deemed to give appropriate safeguards only until 27 December 2022, the last day being 2022-12-26 (Implementing Decision (EU) 2021/914 Art. 4(4))"},
		basis.UK: {ok: true, from: from, until: ukOldUntil, newUntil: ukOldNewUntil, contract: true,
			ended:   CodeTransitionEnded,
			endNote: "the old EU clauses could be relied on for UK transfers only until 21 March 2024, the last day being 2024-03-20 (DPA 2018 Sch. 21 paras 7-8; the Information Commissioner's Transitional Provisions under DPA 2018 s.119A)"},
	}
}

func invalidated(from, until civil.Date, note string) [3]window {
	return both(window{ok: true, from: from, until: until, newUntil: civil.Max, ended: CodeInvalidated, endNote: note})
}

var mechanismTable = [...]mechanismInfo{
	Adequacy: {kind: AdequacyKind, article: "Art. 45", source: "an adequacy decision or regulations",
		win: both(open(civil.Min)), notice: "an adequacy decision (EU) or adequacy regulations (UK)"},
	PartialAdequacy: {kind: AdequacyKind, article: "Art. 45", source: "an adequacy decision or regulations limited in scope",
		win: both(open(civil.Min)), notice: "an adequacy decision or regulations covering the recipient"},
	SCC2001: {kind: SafeguardsKind, article: "Art. 46(2)(c)", source: "Decision 2001/497/EC",
		win: oldSCC(civil.MustParse("2001-09-03")), notice: "standard contractual clauses (Decision 2001/497/EC)"},
	SCC2004: {kind: SafeguardsKind, article: "Art. 46(2)(c)", source: "Decision 2004/915/EC",
		win: oldSCC(civil.MustParse("2005-04-01")), notice: "standard contractual clauses (Decision 2004/915/EC)"},
	SCC2010: {kind: SafeguardsKind, article: "Art. 46(2)(c)", source: "Decision 2010/87/EU",
		win: oldSCC(civil.MustParse("2010-05-15")), notice: "standard contractual clauses (Decision 2010/87/EU)"},
	SCC2021: {kind: SafeguardsKind, article: "Art. 46(2)(c)", source: "Implementing Decision (EU) 2021/914",
		// In force on the twentieth day after publication in OJ L 199 of
		// 2021-06-07 (Art. 4(1)).
		win:    euOnly(open(civil.MustParse("2021-06-27"))),
		notice: "the European Commission's standard contractual clauses (Implementing Decision (EU) 2021/914)"},
	IDTA: {kind: SafeguardsKind, article: "UK GDPR Art. 46(2)(d)", source: "International Data Transfer Agreement (DPA 2018 s.119A)",
		win: ukOnly(open(ukToolsFrom)), notice: "the ICO's International Data Transfer Agreement"},
	UKAddendum: {kind: SafeguardsKind, article: "UK GDPR Art. 46(2)(d)", source: "International Data Transfer Addendum (DPA 2018 s.119A)",
		win: ukOnly(open(ukToolsFrom)), notice: "the EU standard contractual clauses with the ICO's UK Addendum"},
	BindingCorporateRules: {kind: SafeguardsKind, article: "Art. 46(2)(b), 47",
		win: both(open(gdprDay)), notice: "binding corporate rules"},
	CodeOfConduct: {kind: SafeguardsKind, article: "Art. 46(2)(e), 40",
		win: both(open(gdprDay)), notice: "an approved code of conduct with binding commitments of the recipient"},
	Certification: {kind: SafeguardsKind, article: "Art. 46(2)(f), 42",
		win: both(open(gdprDay)), notice: "an approved certification with binding commitments of the recipient"},
	PublicAuthorityInstrument: {kind: SafeguardsKind, article: "Art. 46(2)(a)",
		win: both(open(gdprDay)), notice: "a legally binding instrument between public authorities"},
	AdHocClauses: {kind: SafeguardsKind, article: "Art. 46(3)(a)",
		win: both(open(gdprDay)), notice: "contractual clauses authorised by the supervisory authority"},
	AdministrativeArrangement: {kind: SafeguardsKind, article: "Art. 46(3)(b)",
		win: both(open(gdprDay)), notice: "an administrative arrangement authorised by the supervisory authority"},
	DerogationConsent: {kind: DerogationKind, article: "Art. 49(1)(a)",
		win: both(open(gdprDay)), notice: "your explicit consent, given after being told of the risks"},
	DerogationContract: {kind: DerogationKind, article: "Art. 49(1)(b)",
		win: both(open(gdprDay)), notice: "necessity for a contract with you or steps you asked for"},
	DerogationContractInInterest: {kind: DerogationKind, article: "Art. 49(1)(c)",
		win: both(open(gdprDay)), notice: "necessity for a contract made in your interest"},
	DerogationPublicInterest: {kind: DerogationKind, article: "Art. 49(1)(d)",
		win: both(open(gdprDay)), notice: "important reasons of public interest"},
	DerogationLegalClaims: {kind: DerogationKind, article: "Art. 49(1)(e)",
		win: both(open(gdprDay)), notice: "the establishment, exercise or defence of legal claims"},
	DerogationVitalInterests: {kind: DerogationKind, article: "Art. 49(1)(f)",
		win: both(open(gdprDay)), notice: "protection of vital interests"},
	DerogationPublicRegister: {kind: DerogationKind, article: "Art. 49(1)(g)",
		win: both(open(gdprDay)), notice: "a public register"},
	CompellingLegitimateInterests: {kind: CompellingKind, article: "Art. 49(1), second subparagraph",
		win: both(open(gdprDay)), notice: "our compelling legitimate interests, with suitable safeguards"},
	SafeHarbor: {kind: AdequacyKind, article: "Art. 45", source: "Decision 2000/520/EC", scope: ScopeSafeHarbor,
		win: invalidated(civil.MustParse("2000-07-26"), civil.MustParse("2015-10-05"),
			"the Court of Justice declared Decision 2000/520/EC invalid on 2015-10-06 (C-362/14, Schrems)"),
		notice: "the US Safe Harbor"},
	PrivacyShield: {kind: AdequacyKind, article: "Art. 45", source: "Implementing Decision (EU) 2016/1250", scope: ScopePrivacyShield,
		win: invalidated(civil.MustParse("2016-07-12"), civil.MustParse("2020-07-15"),
			"the Court of Justice declared Implementing Decision (EU) 2016/1250 invalid on 2020-07-16 (C-311/18, Schrems II)"),
		notice: "the EU-US Privacy Shield"},
	DataPrivacyFramework: {kind: AdequacyKind, article: "Art. 45(3)", source: "Implementing Decision (EU) 2023/1795", scope: ScopeDPF,
		win: euOnly(open(civil.MustParse("2023-07-10"))), notice: "the EU-US Data Privacy Framework"},
	UKExtension: {kind: AdequacyKind, article: "DPA 2018 s.17A", source: "S.I. 2023/1028", scope: ScopeUKExtension,
		win: ukOnly(open(civil.MustParse("2023-10-12"))), notice: "the UK Extension to the EU-US Data Privacy Framework"},
}

// AllMechanisms returns every mechanism in order.
func AllMechanisms() []Mechanism { return mechanisms.Values() }

// ParseMechanism returns the mechanism with the given code, such as
// "eu-scc-2021" or "privacy-shield". Case, spaces and underscores are
// folded; an unknown code is a *basis.ParseError listing the valid codes.
func ParseMechanism(s string) (Mechanism, error) { return mechanisms.Parse(s) }

// MustParseMechanism is like [ParseMechanism] but panics on error.
func MustParseMechanism(s string) Mechanism { return mustParse(mechanisms, s) }

// String returns the mechanism's code, "unspecified", or
// "recipient.Mechanism(n)".
func (m Mechanism) String() string { return mechanisms.String(m) }

// IsValid reports whether m is one of the defined mechanisms.
func (m Mechanism) IsValid() bool { return mechanisms.Valid(m) }

// AppendText appends the mechanism's code to b.
func (m Mechanism) AppendText(b []byte) ([]byte, error) { return mechanisms.AppendText(b, m) }

// MarshalText returns the mechanism's code; the zero value is empty text.
func (m Mechanism) MarshalText() ([]byte, error) { return mechanisms.MarshalText(m) }

// UnmarshalText parses a code; on error m is unchanged.
func (m *Mechanism) UnmarshalText(text []byte) error { return mechanisms.UnmarshalText(m, text) }

// Article returns the provision the mechanism rests on, with its instrument
// where it has one, such as "Art. 46(2)(c); Decision 2010/87/EU".
func (m Mechanism) Article() string {
	if !m.IsValid() {
		return ""
	}
	info := &mechanismTable[m]
	if info.source == "" || m == Adequacy || m == PartialAdequacy {
		return info.article
	}
	return info.article + "; " + info.source
}

// Kind returns the mechanism's kind, or zero for an invalid mechanism.
func (m Mechanism) Kind() MechanismKind {
	if !m.IsValid() {
		return 0
	}
	return mechanismTable[m].kind
}

// Regime returns the regime a mechanism belongs to: UK for the IDTA, the
// Addendum and the UK Extension, EU for the 2021 clauses and the Data
// Privacy Framework, and zero for those available in both.
func (m Mechanism) Regime() basis.Regime {
	if !m.IsValid() {
		return 0
	}
	w := &mechanismTable[m].win
	switch {
	case w[basis.UK].ok && !w[basis.EU].ok:
		return basis.UK
	case w[basis.EU].ok && !w[basis.UK].ok:
		return basis.EU
	}
	return 0
}

// NoticeText returns how a privacy notice can name the mechanism, such as
// "the EU-US Privacy Shield".
func (m Mechanism) NoticeText() string {
	if !m.IsValid() {
		return ""
	}
	return mechanismTable[m].notice
}

// AllMechanismKinds returns every kind in order.
func AllMechanismKinds() []MechanismKind { return mechanismKinds.Values() }

// ParseMechanismKind returns the kind with the given code.
func ParseMechanismKind(s string) (MechanismKind, error) { return mechanismKinds.Parse(s) }

// MustParseMechanismKind is like [ParseMechanismKind] but panics on error.
func MustParseMechanismKind(s string) MechanismKind { return mustParse(mechanismKinds, s) }

// String returns the kind's code, "unspecified", or
// "recipient.MechanismKind(n)".
func (k MechanismKind) String() string { return mechanismKinds.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k MechanismKind) IsValid() bool { return mechanismKinds.Valid(k) }

// AppendText appends the kind's code to b.
func (k MechanismKind) AppendText(b []byte) ([]byte, error) { return mechanismKinds.AppendText(b, k) }

// MarshalText returns the kind's code; the zero value is empty text.
func (k MechanismKind) MarshalText() ([]byte, error) { return mechanismKinds.MarshalText(k) }

// UnmarshalText parses a code; on error k is unchanged.
func (k *MechanismKind) UnmarshalText(text []byte) error {
	return mechanismKinds.UnmarshalText(k, text)
}

// Article returns the provision of Art. 13(1)(f) that says what a notice
// must tell of mechanisms of this kind.
func (k MechanismKind) Article() string {
	switch k {
	case AdequacyKind:
		return "Art. 13(1)(f): existence or absence of an adequacy decision"
	case SafeguardsKind:
		return "Art. 13(1)(f): reference to the Art. 46 or 47 safeguards and how to obtain a copy"
	case DerogationKind:
		return "Art. 13(1)(f); Art. 49(1)(a)-(g)"
	case CompellingKind:
		return "Art. 13(1)(f): reference to the Art. 49(1) second subparagraph safeguards and how to obtain a copy"
	}
	return ""
}

// NeedsCopy reports whether a notice must say how to obtain a copy of the
// safeguards or where they are made available (Art. 13(1)(f), 14(1)(f)).
func (k MechanismKind) NeedsCopy() bool { return k == SafeguardsKind || k == CompellingKind }
