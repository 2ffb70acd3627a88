package recipient

import (
	"slices"
	"time"
)

// Consent records how the data subject agreed to a transfer relied on under
// Art. 49(1)(a).
type Consent struct {
	// Explicit says whether consent to the transfer was an express
	// statement (a signed statement, an unticked box ticked for the
	// transfer). Consent inferred from conduct, such as submitting a form,
	// is Absent.
	Explicit Evidence `json:"explicit,omitzero"`
	// InformedOfRisks says whether the data subject was told, before
	// consenting, of the possible risks of the transfer for want of an
	// adequacy decision and appropriate safeguards.
	InformedOfRisks Evidence `json:"informedOfRisks,omitzero"`
}

// Compelling records the conditions of the second subparagraph of
// Art. 49(1), the transfer of last resort.
// Each condition is [Evidence]: Absent records that it fails, zero that the
// record does not say.
type Compelling struct {
	NotRepetitive       Evidence `json:"notRepetitive,omitzero"`       // the transfer is not repetitive
	LimitedSubjects     Evidence `json:"limitedSubjects,omitzero"`     // it concerns only a limited number of data subjects
	Interests           string   `json:"interests,omitzero"`           // the compelling legitimate interests pursued, not overridden by the data subject's; "" when not stated
	SafeguardsAssessed  Evidence `json:"safeguardsAssessed,omitzero"`  // all the circumstances were assessed and suitable safeguards provided (documented, Art. 30(1)(e), 49(6))
	AuthorityInformed   Evidence `json:"authorityInformed,omitzero"`   // the supervisory authority was informed of the transfer
	DataSubjectInformed Evidence `json:"dataSubjectInformed,omitzero"` // the data subject was informed of the transfer and the interests
}

// Transfer is one transfer, or set of transfers, of personal data to a
// third country: where it goes, to whom and on what it relies, with the
// facts the check needs. A register holds a []Transfer per activity; the
// Art. 13(1)(f) notice tells of each.
//
// Adequacy (Mechanism Adequacy or PartialAdequacy) serves only a recipient
// within the decision's or regulations' scope. For Canada that is a
// commercial organisation subject to PIPEDA, for Japan a business operator
// subject to the APPI and for the Republic of Korea a recipient subject to
// PIPA outside the exclusions of Implementing Decision (EU) 2022/254
// (personal credit information under the supervision of the Financial
// Services Commission, and processing by religious organisations and by
// political parties that the decision excludes). A transfer to a recipient
// outside the scope, such as a Canadian public body or a Korean political
// party, is not covered by adequacy: the host must not rely on it there
// and must name a safeguard or a derogation instead. [Transfer.Findings]
// cannot see this from the country alone.
type Transfer struct {
	// Recipient names the importer or the category of importers, as in the
	// [Recipient] the data go to, such as "US service providers".
	Recipient string `json:"recipient,omitzero"`
	// Countries are the destinations. Empty with AnyThirdCountry set means
	// the destinations are not named ("outside the UK and EEA").
	Countries []Country `json:"countries,omitzero"`
	// AnyThirdCountry reports that the transfer goes to third countries the
	// controller does not name.
	AnyThirdCountry bool `json:"anyThirdCountry,omitzero"`
	// Mechanism is what the transfer relies on; zero means nothing.
	Mechanism Mechanism `json:"mechanism,omitzero"`
	// Module is the module of the EU 2021 clauses used (SCC2021).
	Module Module `json:"module,omitzero"`
	// Scope is the scope of partial adequacy relied on (PartialAdequacy;
	// implied by SafeHarbor, PrivacyShield, DataPrivacyFramework and
	// UKExtension).
	Scope Scope `json:"scope,omitzero"`
	// Certified says whether the importer is certified under the scope's
	// programme (on the DPF List, in the UK Extension, and so on).
	Certified Evidence `json:"certified,omitzero"`
	// Concluded is when the contract was concluded (the SCCs, the IDTA, the
	// Addendum, ad hoc clauses) or, for the other Art. 46 safeguards, when
	// the arrangements were entered into. The old EU clauses need it after
	// their repeal; a contract concluded after the date judged is an error.
	// For a UK exporter from 2026-02-05 a day before 2026-02-05 shows that
	// the arrangements are saved by DUAA 2025 Sch. 9 para 27 (see
	// DataProtectionTest).
	Concluded time.Time `json:"concluded,omitzero"`
	// DataProtectionTest says whether the exporter, acting reasonably and
	// proportionately, considered that the data protection test is met for
	// the transfer or that type of transfer: that after the transfer the
	// protection given by the safeguards (and, where relevant, other means)
	// is not materially lower than under the UK GDPR and the DPA 2018 (UK
	// GDPR Art. 46(1A)(a)(ii), 46(6)-(8), inserted by DUAA 2025 Sch. 7
	// para 6; in force 2026-02-05, S.I. 2026/82 reg 2(z9)). What is
	// reasonable and proportionate depends on all the circumstances,
	// including the nature and volume of the data (Art. 46(7)). For an
	// instrument between public bodies (Art. 46(2)(a)) the assessment of
	// each public body party to it also counts (Art. 46(1A)(b)(ii)).
	//
	// From 2026-02-05 a UK exporter's Art. 46 safeguard counts only when
	// it is Present, unless the transfer is made under arrangements entered into
	// before 2026-02-05 (Concluded) with safeguards under Art. 46(2) or
	// (3), which DUAA 2025 Sch. 9 para 27 saves as appropriate safeguards
	// where they met the old Art. 46(1) and Art. 44 conditions the day
	// before (the package assumes they did; it does not judge the
	// safeguards' content). It means nothing under the EU regime and
	// before 2026-02-05.
	DataProtectionTest Evidence `json:"dataProtectionTest,omitzero"`
	// Consent is how the data subject agreed (DerogationConsent).
	Consent Consent `json:"consent,omitzero"`
	// Compelling holds the conditions of the second subparagraph of
	// Art. 49(1) (CompellingLegitimateInterests).
	Compelling Compelling `json:"compelling,omitzero"`
	// PublicPowers reports that the exporter is a public authority
	// exercising its public powers, which excludes Art. 49(1)(a), (b) and
	// (c) and the second subparagraph (Art. 49(3)).
	PublicPowers bool `json:"publicPowers,omitzero"`
}

// Equal reports whether t and u are the same transfer, the conclusion
// dates compared as instants.
func (t Transfer) Equal(u Transfer) bool {
	return t.Recipient == u.Recipient && slices.Equal(t.Countries, u.Countries) &&
		t.AnyThirdCountry == u.AnyThirdCountry && t.Mechanism == u.Mechanism && t.Module == u.Module &&
		t.Scope == u.Scope && t.Certified == u.Certified && t.Concluded.Equal(u.Concluded) &&
		t.DataProtectionTest == u.DataProtectionTest && t.Consent == u.Consent &&
		t.Compelling == u.Compelling && t.PublicPowers == u.PublicPowers
}
