package recipient

import (
	"errors"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
)

// validFor returns a transfer that relies on m correctly, apart from the
// date: the facts each mechanism needs are set, and the destination is one
// the mechanism can serve.
func validFor(r basis.Regime, m Mechanism, concluded string) Transfer {
	t := Transfer{Recipient: "importer", Countries: []Country{"IN"}, Mechanism: m}
	switch m {
	case Adequacy:
		t.Countries = []Country{"JP"}
	case PartialAdequacy:
		t.Countries, t.Scope = []Country{"CA"}, ScopeCanadaPIPEDA
	case SCC2021:
		t.Module = ControllerToProcessor
	case DerogationConsent:
		t.Consent = Consent{Explicit: true, InformedOfRisks: true}
	case CompellingLegitimateInterests:
		t.Compelling = Compelling{NotRepetitive: true, LimitedSubjects: true, Interests: "defence of a claim",
			SafeguardsAssessed: true, AuthorityInformed: true, DataSubjectInformed: true}
	case SafeHarbor, PrivacyShield, DataPrivacyFramework, UKExtension:
		t.Countries, t.Certified = []Country{"US"}, true
	}
	// A UK exporter's Art. 46 safeguards need the exporter's assessment
	// of the data protection test from 2026-02-05 (UK GDPR Art.
	// 46(1A)(a)(ii)); it is recorded, so the windows alone are tested.
	t.DataProtectionTest = m.Kind() == SafeguardsKind
	if concluded != "" {
		t.Concluded = on(r, concluded)
	}
	return t
}

// TestMechanismWindows checks each mechanism at both edges of its validity
// window in each regime. The dates are those of the reference (§10.3,
// §10.4) and of the instruments: 2001/497/EC applies from 2001-09-03,
// 2004/915/EC from 2005-04-01, 2010/87/EU from 2010-05-15, 2021/914 is in
// force on the twentieth day after its publication on 2021-06-07.
func TestMechanismWindows(t *testing.T) {
	const open = ""
	tests := []struct {
		r           basis.Regime
		m           Mechanism
		from, until string // until: last valid day, "" while it lasts
		ended       Code
		contract    bool // give a conclusion date (the first day)
	}{
		{basis.EU, SCC2001, "2001-09-03", "2022-12-27", CodeTransitionEnded, true},
		{basis.EU, SCC2004, "2005-04-01", "2022-12-27", CodeTransitionEnded, true},
		{basis.EU, SCC2010, "2010-05-15", "2022-12-27", CodeTransitionEnded, true},
		{basis.UK, SCC2001, "2001-09-03", "2024-03-20", CodeTransitionEnded, true},
		{basis.UK, SCC2004, "2005-04-01", "2024-03-20", CodeTransitionEnded, true},
		{basis.UK, SCC2010, "2010-05-15", "2024-03-20", CodeTransitionEnded, true},
		{basis.EU, SCC2021, "2021-06-27", open, "", true},
		{basis.UK, IDTA, "2022-03-21", open, "", true},
		{basis.UK, UKAddendum, "2022-03-21", open, "", true},
		{basis.EU, SafeHarbor, "2000-07-26", "2015-10-05", CodeInvalidated, false},
		{basis.UK, SafeHarbor, "2000-07-26", "2015-10-05", CodeInvalidated, false},
		{basis.EU, PrivacyShield, "2016-07-12", "2020-07-15", CodeInvalidated, false},
		{basis.UK, PrivacyShield, "2016-07-12", "2020-07-15", CodeInvalidated, false},
		{basis.EU, DataPrivacyFramework, "2023-07-10", open, "", false},
		{basis.UK, UKExtension, "2023-10-12", open, "", false},
	}
	// The GDPR's own mechanisms apply from 2018-05-25 in both regimes.
	for _, m := range []Mechanism{BindingCorporateRules, CodeOfConduct, Certification, PublicAuthorityInstrument,
		AdHocClauses, AdministrativeArrangement, DerogationConsent, DerogationContract,
		DerogationContractInInterest, DerogationPublicInterest, DerogationLegalClaims,
		DerogationVitalInterests, DerogationPublicRegister, CompellingLegitimateInterests} {
		for _, r := range basis.AllRegimes() {
			tests = append(tests, struct {
				r           basis.Regime
				m           Mechanism
				from, until string
				ended       Code
				contract    bool
			}{r, m, "2018-05-25", open, "", false})
		}
	}
	for _, tt := range tests {
		t.Run(tt.r.String()+"/"+tt.m.String(), func(t *testing.T) {
			concluded := ""
			if tt.contract {
				concluded = tt.from
			}
			tr := validFor(tt.r, tt.m, concluded)
			if err := tr.Check(tt.r, on(tt.r, dayBefore(tt.from))); CodeOf(err) != CodeNotYetInForce {
				t.Errorf("day before %s: %v, want %s", tt.from, err, CodeNotYetInForce)
			}
			if err := tr.Check(tt.r, on(tt.r, tt.from)); err != nil {
				t.Errorf("first day %s: %v", tt.from, err)
			}
			if tt.until == open {
				if err := tr.Check(tt.r, on(tt.r, "2026-11-23")); err != nil {
					t.Errorf("2026-11-23: %v", err)
				}
				return
			}
			if err := tr.Check(tt.r, on(tt.r, tt.until)); err != nil {
				t.Errorf("last day %s: %v", tt.until, err)
			}
			err := tr.Check(tt.r, on(tt.r, dayAfter(tt.until)))
			if CodeOf(err) != tt.ended {
				t.Errorf("day after %s: %v, want %s", tt.until, err, tt.ended)
			}
		})
	}
}

// TestOldClausesNewContracts: contracts on the old EU clauses concluded
// from 2021-09-27 are not valid (EU); in the UK new contracts could use them
// until 2022-09-21.
func TestOldClausesNewContracts(t *testing.T) {
	tests := []struct {
		name          string
		r             basis.Regime
		concluded, at string
		want          Code
	}{
		{"EU last day for new contracts", basis.EU, "2021-09-26", "2021-10-01", ""},
		{"EU first day repealed", basis.EU, "2021-09-27", "2021-10-01", CodeRepealed},
		{"EU no conclusion date after repeal", basis.EU, "", "2021-09-27", CodeConclusionMissing},
		{"EU no conclusion date before repeal", basis.EU, "", "2021-09-26", ""},
		{"UK last day for new contracts", basis.UK, "2022-09-21", "2022-10-01", ""},
		{"UK first day repealed", basis.UK, "2022-09-22", "2022-10-01", CodeRepealed},
		{"UK no conclusion date after cut-off", basis.UK, "", "2022-09-22", CodeConclusionMissing},
		{"UK 2021 contract, EU cut-off does not apply", basis.UK, "2021-10-01", "2022-01-01", ""},
		{"concluded after the date judged", basis.EU, "2020-01-02", "2020-01-01", CodeConcludedAfterDate},
		{"concluded before the set existed", basis.EU, "2010-05-14", "2011-01-01", CodeNotYetInForce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := validFor(tt.r, SCC2010, tt.concluded)
			if err := tr.Check(tt.r, on(tt.r, tt.at)); CodeOf(err) != tt.want {
				t.Errorf("Check = %v, want code %q", err, tt.want)
			}
		})
	}
}

// TestTransferValid lists transfers that must pass.
func TestTransferValid(t *testing.T) {
	tests := []struct {
		name string
		r    basis.Regime
		at   string
		tr   Transfer
	}{
		{"no mechanism within the EEA", basis.EU, "2026-11-23", Transfer{Countries: []Country{"FR", "NO"}}},
		{"no mechanism UK to EEA in the transition period", basis.UK, "2020-11-05", Transfer{Countries: []Country{"IE"}}},
		{"no mechanism EU to UK under the TCA bridge", basis.EU, "2021-03-01", Transfer{Countries: []Country{"GB"}}},
		{"adequacy EU to UK", basis.EU, "2021-06-28", Transfer{Countries: []Country{"GB"}, Mechanism: Adequacy}},
		{"adequacy UK to EEA", basis.UK, "2026-11-23", Transfer{Countries: []Country{"DE", "LI"}, Mechanism: Adequacy}},
		{"adequacy Canada, full claim", basis.EU, "2026-11-23", Transfer{Countries: []Country{"CA"}, Mechanism: Adequacy}},
		{"partial adequacy Japan with its scope", basis.UK, "2026-11-23", Transfer{Countries: []Country{"JP"}, Mechanism: PartialAdequacy, Scope: ScopeJapanAPPI}},
		{"partial adequacy DPF", basis.EU, "2026-11-23", Transfer{Countries: []Country{"US"}, Mechanism: PartialAdequacy, Scope: ScopeDPF, Certified: true}},
		{"UK extension", basis.UK, "2026-11-23", Transfer{Countries: []Country{"US"}, Mechanism: UKExtension, Certified: true}},
		{"Privacy Shield in 2019", basis.UK, "2019-06-02", Transfer{Countries: []Country{"US"}, Mechanism: PrivacyShield, Certified: true}},
		{"2021 clauses module one", basis.EU, "2026-11-23", Transfer{AnyThirdCountry: true, Mechanism: SCC2021, Module: ControllerToController}},
		{"IDTA to unnamed countries", basis.UK, "2026-11-23", Transfer{AnyThirdCountry: true, Mechanism: IDTA, DataProtectionTest: true}},
		{"explicit informed consent", basis.UK, "2026-11-23", Transfer{Countries: []Country{"HK"}, Mechanism: DerogationConsent, Consent: Consent{Explicit: true, InformedOfRisks: true}}},
		{"legal claims by a public authority", basis.UK, "2026-11-23", Transfer{Countries: []Country{"HK"}, Mechanism: DerogationLegalClaims, PublicPowers: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.tr.Check(tt.r, on(tt.r, tt.at)); err != nil {
				t.Errorf("Check(%v, %s) = %v, want nil", tt.r, tt.at, err)
			}
		})
	}
}

// TestTransferFails lists transfers that must fail, with their codes.
func TestTransferFails(t *testing.T) {
	us := []Country{"US"}
	tests := []struct {
		name  string
		r     basis.Regime
		at    string
		tr    Transfer
		want  Code
		field string
	}{
		{"no regime", 0, "2026-11-23", Transfer{Countries: us}, CodeInvalidValue, "regime"},
		{"bad mechanism value", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: Mechanism(99)}, CodeInvalidValue, "Mechanism"},
		{"reserved country UK", basis.EU, "2026-11-23", Transfer{Countries: []Country{"UK"}, Mechanism: IDTA}, CodeUnknownCountry, "Countries[0]"},
		{"lower-case country", basis.EU, "2026-11-23", Transfer{Countries: []Country{"FR", "us"}}, CodeUnknownCountry, "Countries[1]"},
		{"no destination", basis.EU, "2026-11-23", Transfer{Mechanism: SCC2021, Module: ControllerToProcessor}, CodeNoDestination, "Countries"},
		{"no mechanism", basis.UK, "2026-11-23", Transfer{Countries: []Country{"IN"}}, CodeNoMechanism, "Mechanism"},
		{"IDTA for an EU exporter", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: IDTA}, CodeOtherRegime, "Mechanism"},
		{"UK Addendum for an EU exporter", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: UKAddendum}, CodeOtherRegime, "Mechanism"},
		{"2021 clauses alone for a UK exporter", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: SCC2021, Module: ControllerToProcessor}, CodeOtherRegime, "Mechanism"},
		{"EU DPF for a UK exporter", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: DataPrivacyFramework, Certified: true}, CodeOtherRegime, "Mechanism"},
		{"UK Extension for an EU exporter", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: UKExtension, Certified: true}, CodeOtherRegime, "Mechanism"},
		{"DPF scope for a UK exporter", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: PartialAdequacy, Scope: ScopeDPF, Certified: true}, CodeOtherRegime, "Mechanism"},
		{"IDTA before it existed", basis.UK, "2022-03-20", Transfer{Countries: us, Mechanism: IDTA}, CodeNotYetInForce, "Mechanism"},
		{"Privacy Shield after Schrems II", basis.EU, "2020-07-16", Transfer{Countries: us, Mechanism: PrivacyShield, Certified: true}, CodeInvalidated, "Mechanism"},
		{"Privacy Shield scope after Schrems II", basis.EU, "2020-07-16", Transfer{Countries: us, Mechanism: PartialAdequacy, Scope: ScopePrivacyShield, Certified: true}, CodeInvalidated, "Mechanism"},
		{"Safe Harbor after Schrems I", basis.EU, "2015-10-06", Transfer{Countries: us, Mechanism: SafeHarbor, Certified: true}, CodeInvalidated, "Mechanism"},
		{"2021 clauses without module", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: SCC2021}, CodeModuleMissing, "Module"},
		{"2021 clauses with an out-of-range module", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: SCC2021, Module: Module(9)}, CodeInvalidValue, "Module"},
		{"2021 clauses concluded later", basis.EU, "2022-01-01", Transfer{Countries: us, Mechanism: SCC2021, Module: ControllerToProcessor, Concluded: on(basis.EU, "2022-01-02")}, CodeConcludedAfterDate, "Concluded"},
		{"consent not explicit", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: DerogationConsent, Consent: Consent{InformedOfRisks: true}}, CodeConsentNotExplicit, "Consent.Explicit"},
		{"consent not informed", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: DerogationConsent, Consent: Consent{Explicit: true}}, CodeConsentNotInformed, "Consent.InformedOfRisks"},
		{"public authority on contract", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: DerogationContract, PublicPowers: true}, CodePublicAuthorityExcluded, "PublicPowers"},
		{"compelling interests unmet", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: CompellingLegitimateInterests, Compelling: Compelling{NotRepetitive: true}}, CodeCompellingConditions, "Compelling"},
		{"adequacy for India", basis.EU, "2026-11-23", Transfer{Countries: []Country{"IN"}, Mechanism: Adequacy}, CodeNoAdequacy, "Countries[0]"},
		{"adequacy for Korea a day early", basis.EU, "2021-12-16", Transfer{Countries: []Country{"KR"}, Mechanism: Adequacy}, CodeNoAdequacy, "Countries[0]"},
		{"adequacy for Korea, UK, a day early", basis.UK, "2022-12-18", Transfer{Countries: []Country{"KR"}, Mechanism: Adequacy}, CodeNoAdequacy, "Countries[0]"},
		{"adequacy with a conclusion date after the date", basis.EU, "2021-06-28", Transfer{Countries: []Country{"GB"}, Mechanism: Adequacy, Concluded: on(basis.EU, "2021-06-29")}, CodeConcludedAfterDate, "Concluded"},
		{"adequacy for Gibraltar from the EU", basis.EU, "2021-01-01", Transfer{Countries: []Country{"GI"}, Mechanism: Adequacy}, CodeNoAdequacy, "Countries[0]"},
		{"adequacy for unnamed countries", basis.UK, "2026-11-23", Transfer{AnyThirdCountry: true, Mechanism: Adequacy}, CodeNoAdequacy, "AnyThirdCountry"},
		{"full adequacy for the US", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: Adequacy}, CodeAdequacyPartialOnly, "Countries[0]"},
		{"full adequacy for the US under the UK Extension", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: Adequacy}, CodeAdequacyPartialOnly, "Countries[0]"},
		{"partial adequacy without scope", basis.EU, "2026-11-23", Transfer{Countries: []Country{"CA"}, Mechanism: PartialAdequacy}, CodeScopeMissing, "Scope"},
		{"partial adequacy, wrong scope", basis.EU, "2026-11-23", Transfer{Countries: []Country{"JP"}, Mechanism: PartialAdequacy, Scope: ScopeKoreaPIPA}, CodeWrongDestination, "Countries[0]"},
		{"partial adequacy for a whole-country decision", basis.EU, "2026-11-23", Transfer{Countries: []Country{"CH"}, Mechanism: PartialAdequacy, Scope: ScopeDPF, Certified: true}, CodeWrongDestination, "Countries[0]"},
		{"DPF with the Privacy Shield scope", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: DataPrivacyFramework, Scope: ScopePrivacyShield, Certified: true}, CodeScopeMismatch, "Scope"},
		{"DPF not certified", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: DataPrivacyFramework}, CodeNotCertified, "Certified"},
		{"DPF to Canada", basis.EU, "2026-11-23", Transfer{Countries: []Country{"CA"}, Mechanism: DataPrivacyFramework, Certified: true}, CodeWrongDestination, "Countries[0]"},
		{"invalid scope value", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: PartialAdequacy, Scope: Scope(42)}, CodeInvalidValue, "Scope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.r
			if r == 0 {
				r = basis.EU
			}
			err := tt.tr.Check(tt.r, on(r, tt.at))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Check = %v, want *Error with code %s", err, tt.want)
			}
			if e.Code != tt.want || e.Field != tt.field {
				t.Errorf("Check = %v; want code %s field %q", err, tt.want, tt.field)
			}
			if !errors.Is(err, &Error{Code: tt.want}) {
				t.Errorf("errors.Is(err, &Error{Code: %s}) = false", tt.want)
			}
			if !strings.Contains(err.Error(), string(tt.want)) || e.Message == "" {
				t.Errorf("Error() = %q lacks the code or a message", err.Error())
			}
		})
	}
	t.Run("zero date", func(t *testing.T) {
		err := Transfer{Countries: us}.Check(basis.EU, time0)
		if CodeOf(err) != CodeDateMissing {
			t.Errorf("Check(zero time) = %v, want %s", err, CodeDateMissing)
		}
	})
}

// TestFindingArticles: a finding cites the provision of its own regime and
// of the date judged. A
// UK exporter's old EU clauses rest on DPA 2018 Sch. 21 para 7 (as limited
// under para 8 by the ICO's transitional provisions), not on UK GDPR
// Art. 46(2)(c); certification-only adequacy cites its instrument.
func TestFindingArticles(t *testing.T) {
	us := []Country{"US"}
	tests := []struct {
		name    string
		r       basis.Regime
		at      string
		tr      Transfer
		article string
	}{
		{"UK old clauses after 2024-03-20", basis.UK, "2024-03-21",
			Transfer{Countries: us, Mechanism: SCC2010, Concluded: on(basis.UK, "2019-01-01")},
			"UK GDPR Art. 46(1); DPA 2018 Sch. 21 paras 7-8; Decision 2010/87/EU"},
		{"EU old clauses after 2022-12-27", basis.EU, "2022-12-28",
			Transfer{Countries: us, Mechanism: SCC2010, Concluded: on(basis.EU, "2019-01-01")},
			"GDPR Art. 46(2)(c); Decision 2010/87/EU"},
		// S.I. 2023/1028 was made under DPA 2018 s.17A; from 2026-02-05
		// it is treated as made under UK GDPR Art. 45A (DUAA 2025 Sch. 9
		// para 26), s.17A being omitted (Sch. 9 para 12).
		{"UK Extension, not certified, the day before DUAA", basis.UK, "2026-02-04",
			Transfer{Countries: us, Mechanism: UKExtension},
			"DPA 2018 s.17A; S.I. 2023/1028"},
		{"UK Extension, not certified, under DUAA", basis.UK, "2026-11-23",
			Transfer{Countries: us, Mechanism: UKExtension},
			"UK GDPR Art. 45A; S.I. 2023/1028"},
		// UK adequacy: the EU GDPR's Art. 45 while it applied in the UK
		// (to 2020-12-31), adequacy regulations under DPA 2018 s.17A
		// (inserted by S.I. 2019/419) from 2021-01-01, and regulations
		// under UK GDPR Art. 45A from 2026-02-05, when DUAA 2025 Sch. 7
		// para 3 omits Art. 45 and para 4 inserts Art. 45A.
		{"UK adequacy for India, transition period", basis.UK, "2020-12-31",
			Transfer{Countries: []Country{"IN"}, Mechanism: Adequacy}, "GDPR Art. 45"},
		{"UK adequacy for India, UK GDPR", basis.UK, "2021-01-01",
			Transfer{Countries: []Country{"IN"}, Mechanism: Adequacy}, "DPA 2018 s.17A"},
		{"UK adequacy for India, the day before DUAA", basis.UK, "2026-02-04",
			Transfer{Countries: []Country{"IN"}, Mechanism: Adequacy}, "DPA 2018 s.17A"},
		{"UK adequacy for India, DUAA", basis.UK, "2026-02-05",
			Transfer{Countries: []Country{"IN"}, Mechanism: Adequacy}, "UK GDPR Art. 45A"},
		{"UK full adequacy for the US, DUAA", basis.UK, "2026-11-23",
			Transfer{Countries: us, Mechanism: Adequacy}, "UK GDPR Art. 45A"},
		{"UK partial adequacy without scope, UK GDPR", basis.UK, "2025-01-01",
			Transfer{Countries: []Country{"CA"}, Mechanism: PartialAdequacy}, "DPA 2018 s.17A"},
		{"UK Privacy Shield after Schrems II, still EU law", basis.UK, "2020-07-16",
			Transfer{Countries: us, Mechanism: PrivacyShield, Certified: true},
			"GDPR Art. 45; Implementing Decision (EU) 2016/1250"},
		{"UK old clauses concluded after the date, still EU law", basis.UK, "2019-01-01",
			Transfer{Countries: us, Mechanism: SCC2010, Concluded: on(basis.UK, "2019-01-02")},
			"GDPR Art. 46(2)(c); Decision 2010/87/EU"},
		{"EU adequacy for India after 2026-02-05", basis.EU, "2026-11-23",
			Transfer{Countries: []Country{"IN"}, Mechanism: Adequacy}, "GDPR Art. 45"},
		{"UK IDTA without the data protection test", basis.UK, "2026-11-23",
			Transfer{Countries: us, Mechanism: IDTA},
			"UK GDPR Art. 46(1A)(a)(ii), 46(6)-(7)"},
		{"UK public-body instrument without the data protection test", basis.UK, "2026-11-23",
			Transfer{Countries: us, Mechanism: PublicAuthorityInstrument},
			"UK GDPR Art. 46(1A)(a)(ii), (b)(ii), 46(6)-(7)"},
		{"DPF scope, not certified", basis.EU, "2026-11-23",
			Transfer{Countries: us, Mechanism: PartialAdequacy, Scope: ScopeDPF},
			"GDPR Art. 45(3); Implementing Decision (EU) 2023/1795"},
		{"consent not explicit", basis.UK, "2026-11-23",
			Transfer{Countries: us, Mechanism: DerogationConsent},
			"UK GDPR Art. 49(1)(a)"},
		{"public authority", basis.EU, "2026-11-23",
			Transfer{Countries: us, Mechanism: CompellingLegitimateInterests, PublicPowers: true},
			"GDPR Art. 49(3)"},
		{"Privacy Shield after Schrems II", basis.EU, "2020-07-16",
			Transfer{Countries: us, Mechanism: PrivacyShield, Certified: true},
			"GDPR Art. 45; Implementing Decision (EU) 2016/1250"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e *Error
			if err := tt.tr.Check(tt.r, on(tt.r, tt.at)); !errors.As(err, &e) {
				t.Fatalf("Check = %v, want an *Error", err)
			}
			if e.Article != tt.article {
				t.Errorf("Article = %q, want %q (%v)", e.Article, tt.article, e)
			}
		})
	}
}

// TestDataProtectionTest: from 2026-02-05 a UK exporter's Art. 46
// safeguards count only if the exporter, "acting reasonably and
// proportionately, considers that the data protection test is met" (UK GDPR
// Art. 46(1A)(a)(ii), inserted by DUAA 2025 Sch. 7 para 6; in force
// 2026-02-05, S.I. 2026/82 reg 2(z9)). DUAA 2025 Sch. 9 para 27(1) saves a
// transfer "made under arrangements entered into before the relevant day"
// (2026-02-05) with safeguards under Art. 46(2) or (3). Derogations,
// adequacy and the EU regime are untouched.
func TestDataProtectionTest(t *testing.T) {
	in := []Country{"IN"}
	tests := []struct {
		name string
		r    basis.Regime
		at   string
		tr   Transfer
		want Code
	}{
		{"IDTA the day before, no assessment", basis.UK, "2026-02-04", Transfer{Countries: in, Mechanism: IDTA}, ""},
		{"IDTA the first day, no assessment, no date", basis.UK, "2026-02-05", Transfer{Countries: in, Mechanism: IDTA}, CodeDataProtectionTestMissing},
		{"IDTA the first day, assessed", basis.UK, "2026-02-05", Transfer{Countries: in, Mechanism: IDTA, DataProtectionTest: true}, ""},
		{"IDTA entered into 2026-02-04: saved", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: IDTA, Concluded: on(basis.UK, "2026-02-04")}, ""},
		{"IDTA entered into 2026-02-05: not saved", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: IDTA, Concluded: on(basis.UK, "2026-02-05")}, CodeDataProtectionTestMissing},
		{"IDTA entered into 2026-02-05, assessed", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: IDTA, Concluded: on(basis.UK, "2026-02-05"), DataProtectionTest: true}, ""},
		{"Addendum 2022 contract: saved", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: UKAddendum, Concluded: on(basis.UK, "2022-04-01")}, ""},
		{"Addendum, no assessment", basis.UK, "2026-11-23", Transfer{AnyThirdCountry: true, Mechanism: UKAddendum}, CodeDataProtectionTestMissing},
		{"BCRs, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: BindingCorporateRules}, CodeDataProtectionTestMissing},
		{"BCRs approved 2023: saved", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: BindingCorporateRules, Concluded: on(basis.UK, "2023-05-01")}, ""},
		{"code of conduct, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: CodeOfConduct}, CodeDataProtectionTestMissing},
		{"certification, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: Certification}, CodeDataProtectionTestMissing},
		{"public-body instrument, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: PublicAuthorityInstrument}, CodeDataProtectionTestMissing},
		{"ad hoc clauses, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: AdHocClauses}, CodeDataProtectionTestMissing},
		{"administrative arrangement, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: AdministrativeArrangement}, CodeDataProtectionTestMissing},
		{"derogation for legal claims needs none", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: DerogationLegalClaims}, ""},
		{"adequacy needs none", basis.UK, "2026-11-23", Transfer{Countries: []Country{"JP"}, Mechanism: Adequacy}, ""},
		{"IDTA within the UK is no transfer", basis.UK, "2026-11-23", Transfer{Countries: []Country{"GB"}, Mechanism: IDTA}, ""},
		{"EU 2021 clauses: EU law unchanged", basis.EU, "2026-11-23", Transfer{Countries: in, Mechanism: SCC2021, Module: ControllerToProcessor}, ""},
		{"EU BCRs: EU law unchanged", basis.EU, "2026-11-23", Transfer{Countries: in, Mechanism: BindingCorporateRules}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.tr.Check(tt.r, on(tt.r, tt.at))
			if got := CodeOf(err); got != tt.want {
				t.Fatalf("Check(%v, %s) = %v, want code %q", tt.r, tt.at, err, tt.want)
			}
			if tt.want == "" {
				return
			}
			var e *Error
			if !errors.As(err, &e) || e.Field != "DataProtectionTest" || !strings.Contains(e.Message, "Sch. 9 para 27") {
				t.Errorf("Check = %v; want field DataProtectionTest and a message naming the saving", err)
			}
		})
	}
}
