package recipient

import (
	"errors"
	"slices"
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
		t.Consent = Consent{Explicit: Present, InformedOfRisks: Present}
	case CompellingLegitimateInterests:
		t.Compelling = Compelling{NotRepetitive: Present, LimitedSubjects: Present, Interests: "defence of a claim",
			SafeguardsAssessed: Present, AuthorityInformed: Present, DataSubjectInformed: Present}
	case SafeHarbor, PrivacyShield, DataPrivacyFramework, UKExtension:
		t.Countries, t.Certified = []Country{"US"}, Present
	}
	// A UK exporter's Art. 46 safeguards need the exporter's assessment
	// of the data protection test from 2026-02-05 (UK GDPR Art.
	// 46(1A)(a)(ii)); it is recorded, so the windows alone are tested.
	if m.Kind() == SafeguardsKind {
		t.DataProtectionTest = Present
	}
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
		// "Old SCC end dates": both instruments name the day by which the
		// old contracts had to be replaced ("until 27 December 2022",
		// Decision (EU) 2021/914 Art. 4(4); "until 21 March 2024", the
		// ICO's transitional provisions), read the same way for both: that
		// day is the first on which the old clauses no longer count, so
		// the last valid day is the day before. Before the fix the EU's
		// last day was 2022-12-27 and the UK's 2024-03-20.
		{basis.EU, SCC2001, "2001-09-03", "2022-12-26", CodeTransitionEnded, true},
		{basis.EU, SCC2004, "2005-04-01", "2022-12-26", CodeTransitionEnded, true},
		{basis.EU, SCC2010, "2010-05-15", "2022-12-26", CodeTransitionEnded, true},
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
			if fs := tr.Findings(tt.r, on(tt.r, tt.at)); firstCode(fs, basis.Warning) != tt.want {
				t.Errorf("Findings = %v, want code %q", fs, tt.want)
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
		{"partial adequacy DPF", basis.EU, "2026-11-23", Transfer{Countries: []Country{"US"}, Mechanism: PartialAdequacy, Scope: ScopeDPF, Certified: Present}},
		{"UK extension", basis.UK, "2026-11-23", Transfer{Countries: []Country{"US"}, Mechanism: UKExtension, Certified: Present}},
		{"Privacy Shield in 2019", basis.UK, "2019-06-02", Transfer{Countries: []Country{"US"}, Mechanism: PrivacyShield, Certified: Present}},
		{"2021 clauses module one", basis.EU, "2026-11-23", Transfer{AnyThirdCountry: true, Mechanism: SCC2021, Module: ControllerToController}},
		{"IDTA to unnamed countries", basis.UK, "2026-11-23", Transfer{AnyThirdCountry: true, Mechanism: IDTA, DataProtectionTest: Present}},
		{"explicit informed consent", basis.UK, "2026-11-23", Transfer{Countries: []Country{"HK"}, Mechanism: DerogationConsent, Consent: Consent{Explicit: Present, InformedOfRisks: Present}}},
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
		{"no regime", 0, "2026-11-23", Transfer{Countries: us}, CodeInvalidValue, ""},
		{"bad mechanism value", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: Mechanism(99)}, CodeInvalidValue, "mechanism"},
		{"reserved country UK", basis.EU, "2026-11-23", Transfer{Countries: []Country{"UK"}, Mechanism: IDTA}, CodeUnknownCountry, "countries[0]"},
		{"lower-case country", basis.EU, "2026-11-23", Transfer{Countries: []Country{"FR", "us"}}, CodeUnknownCountry, "countries[1]"},
		{"no destination", basis.EU, "2026-11-23", Transfer{Mechanism: SCC2021, Module: ControllerToProcessor}, CodeNoDestination, "countries"},
		{"no mechanism", basis.UK, "2026-11-23", Transfer{Countries: []Country{"IN"}}, CodeNoMechanism, "mechanism"},
		{"IDTA for an EU exporter", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: IDTA}, CodeOtherRegime, "mechanism"},
		{"UK Addendum for an EU exporter", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: UKAddendum}, CodeOtherRegime, "mechanism"},
		{"2021 clauses alone for a UK exporter", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: SCC2021, Module: ControllerToProcessor}, CodeOtherRegime, "mechanism"},
		{"EU DPF for a UK exporter", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: DataPrivacyFramework, Certified: Present}, CodeOtherRegime, "mechanism"},
		{"UK Extension for an EU exporter", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: UKExtension, Certified: Present}, CodeOtherRegime, "mechanism"},
		{"DPF scope for a UK exporter", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: PartialAdequacy, Scope: ScopeDPF, Certified: Present}, CodeOtherRegime, "scope"},
		{"IDTA before it existed", basis.UK, "2022-03-20", Transfer{Countries: us, Mechanism: IDTA}, CodeNotYetInForce, "mechanism"},
		{"Privacy Shield after Schrems II", basis.EU, "2020-07-16", Transfer{Countries: us, Mechanism: PrivacyShield, Certified: Present}, CodeInvalidated, "mechanism"},
		{"Privacy Shield scope after Schrems II", basis.EU, "2020-07-16", Transfer{Countries: us, Mechanism: PartialAdequacy, Scope: ScopePrivacyShield, Certified: Present}, CodeInvalidated, "scope"},
		{"Safe Harbor after Schrems I", basis.EU, "2015-10-06", Transfer{Countries: us, Mechanism: SafeHarbor, Certified: Present}, CodeInvalidated, "mechanism"},
		{"2021 clauses without module", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: SCC2021}, CodeModuleMissing, "module"},
		{"2021 clauses with an out-of-range module", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: SCC2021, Module: Module(9)}, CodeInvalidValue, "module"},
		{"2021 clauses concluded later", basis.EU, "2022-01-01", Transfer{Countries: us, Mechanism: SCC2021, Module: ControllerToProcessor, Concluded: on(basis.EU, "2022-01-02")}, CodeConcludedAfterDate, "concluded"},
		{"consent not explicit", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: DerogationConsent, Consent: Consent{Explicit: Absent, InformedOfRisks: Present}}, CodeConsentNotExplicit, "consent.explicit"},
		{"consent not informed", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: DerogationConsent, Consent: Consent{Explicit: Present, InformedOfRisks: Absent}}, CodeConsentNotInformed, "consent.informedOfRisks"},
		{"public authority on contract", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: DerogationContract, PublicPowers: true}, CodePublicAuthorityExcluded, "publicPowers"},
		{"compelling interests unmet", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: CompellingLegitimateInterests, Compelling: Compelling{NotRepetitive: Present, LimitedSubjects: Absent}}, CodeCompellingConditions, "compelling.limitedSubjects"},
		{"adequacy for India", basis.EU, "2026-11-23", Transfer{Countries: []Country{"IN"}, Mechanism: Adequacy}, CodeNoAdequacy, "countries[0]"},
		{"adequacy for Korea a day early", basis.EU, "2021-12-16", Transfer{Countries: []Country{"KR"}, Mechanism: Adequacy}, CodeNoAdequacy, "countries[0]"},
		{"adequacy for Korea, UK, a day early", basis.UK, "2022-12-18", Transfer{Countries: []Country{"KR"}, Mechanism: Adequacy}, CodeNoAdequacy, "countries[0]"},
		{"adequacy with a conclusion date after the date", basis.EU, "2021-06-28", Transfer{Countries: []Country{"GB"}, Mechanism: Adequacy, Concluded: on(basis.EU, "2021-06-29")}, CodeConcludedAfterDate, "concluded"},
		{"adequacy for Gibraltar from the EU", basis.EU, "2021-01-01", Transfer{Countries: []Country{"GI"}, Mechanism: Adequacy}, CodeNoAdequacy, "countries[0]"},
		{"adequacy for unnamed countries", basis.UK, "2026-11-23", Transfer{AnyThirdCountry: true, Mechanism: Adequacy}, CodeNoAdequacy, "anyThirdCountry"},
		{"full adequacy for the US", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: Adequacy}, CodeAdequacyPartialOnly, "countries[0]"},
		{"full adequacy for the US under the UK Extension", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: Adequacy}, CodeAdequacyPartialOnly, "countries[0]"},
		{"partial adequacy without scope", basis.EU, "2026-11-23", Transfer{Countries: []Country{"CA"}, Mechanism: PartialAdequacy}, CodeScopeMissing, "scope"},
		{"partial adequacy, wrong scope", basis.EU, "2026-11-23", Transfer{Countries: []Country{"JP"}, Mechanism: PartialAdequacy, Scope: ScopeKoreaPIPA}, CodeWrongDestination, "countries[0]"},
		{"partial adequacy for a whole-country decision", basis.EU, "2026-11-23", Transfer{Countries: []Country{"CH"}, Mechanism: PartialAdequacy, Scope: ScopeDPF, Certified: Present}, CodeWrongDestination, "countries[0]"},
		{"DPF with the Privacy Shield scope", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: DataPrivacyFramework, Scope: ScopePrivacyShield, Certified: Present}, CodeScopeMismatch, "scope"},
		{"DPF not certified", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: DataPrivacyFramework, Certified: Absent}, CodeNotCertified, "certified"},
		{"DPF certification not recorded", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: DataPrivacyFramework}, CodeNotEvidenced, "certified"},
		{"consent not recorded as explicit", basis.UK, "2026-11-23", Transfer{Countries: us, Mechanism: DerogationConsent}, CodeNotEvidenced, "consent.explicit"},
		{"old clauses, no conclusion date after repeal", basis.EU, "2022-01-01", Transfer{Countries: us, Mechanism: SCC2010}, CodeConclusionMissing, "concluded"},
		{"DPF to Canada", basis.EU, "2026-11-23", Transfer{Countries: []Country{"CA"}, Mechanism: DataPrivacyFramework, Certified: Present}, CodeWrongDestination, "countries[0]"},
		{"invalid scope value", basis.EU, "2026-11-23", Transfer{Countries: us, Mechanism: PartialAdequacy, Scope: Scope(42)}, CodeInvalidValue, "scope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.r
			if r == 0 {
				r = basis.EU
			}
			fs := tt.tr.Findings(tt.r, on(r, tt.at))
			i := slices.IndexFunc(fs, func(f Finding) bool { return f.Code == tt.want && f.Path == tt.field })
			if i < 0 {
				t.Fatalf("Findings = %v, want code %s at %q", fs, tt.want, tt.field)
			}
			f := fs[i]
			want := basis.Error
			switch tt.want {
			case CodeModuleMissing, CodeScopeMissing, CodeConclusionMissing, CodeNoMechanism:
				want = basis.Warning
			case CodeNotEvidenced:
				want = basis.Info
			}
			if f.Severity != want {
				t.Errorf("%v: severity %v, want %v", f, f.Severity, want)
			}
			err := tt.tr.Check(tt.r, on(r, tt.at))
			var errs Findings
			if (err != nil) != (want == basis.Error) || (want == basis.Error && (!errors.As(err, &errs) || !errs.Has(tt.want))) {
				t.Errorf("Check = %v, want the error finding %v", err, f)
			}
			if !strings.Contains(f.Error(), string(tt.want)) || f.Message == "" {
				t.Errorf("Error() = %q lacks the code or a message", f.Error())
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
		{"UK old clauses from 2024-03-21", basis.UK, "2024-03-21",
			Transfer{Countries: us, Mechanism: SCC2010, Concluded: on(basis.UK, "2019-01-01")},
			"UK GDPR Art. 46(1); DPA 2018 Sch. 21 paras 7-8; Decision 2010/87/EU"},
		{"EU old clauses from 2022-12-27", basis.EU, "2022-12-27",
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
			Transfer{Countries: us, Mechanism: PrivacyShield, Certified: Present},
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
			Transfer{Countries: us, Mechanism: PrivacyShield, Certified: Present},
			"GDPR Art. 45; Implementing Decision (EU) 2016/1250"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := tt.tr.Findings(tt.r, on(tt.r, tt.at))
			if len(fs) == 0 {
				t.Fatalf("Findings = nil, want a finding")
			}
			if fs[0].Article != tt.article {
				t.Errorf("Article = %q, want %q (%v)", fs[0].Article, tt.article, fs[0])
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
		{"IDTA the first day, no assessment recorded, no date", basis.UK, "2026-02-05", Transfer{Countries: in, Mechanism: IDTA}, CodeNotEvidenced},
		{"IDTA the first day, recorded not assessed, no date", basis.UK, "2026-02-05", Transfer{Countries: in, Mechanism: IDTA, DataProtectionTest: Absent}, CodeDataProtectionTestMissing},
		{"IDTA the first day, assessed", basis.UK, "2026-02-05", Transfer{Countries: in, Mechanism: IDTA, DataProtectionTest: Present}, ""},
		{"IDTA entered into 2026-02-04: saved", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: IDTA, Concluded: on(basis.UK, "2026-02-04")}, ""},
		{"IDTA entered into 2026-02-05: not saved", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: IDTA, Concluded: on(basis.UK, "2026-02-05")}, CodeNotEvidenced},
		{"IDTA entered into 2026-02-05, recorded not assessed", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: IDTA, Concluded: on(basis.UK, "2026-02-05"), DataProtectionTest: Absent}, CodeDataProtectionTestMissing},
		{"IDTA entered into 2026-02-05, assessed", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: IDTA, Concluded: on(basis.UK, "2026-02-05"), DataProtectionTest: Present}, ""},
		{"Addendum 2022 contract: saved", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: UKAddendum, Concluded: on(basis.UK, "2022-04-01")}, ""},
		{"Addendum, no assessment", basis.UK, "2026-11-23", Transfer{AnyThirdCountry: true, Mechanism: UKAddendum}, CodeNotEvidenced},
		{"BCRs, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: BindingCorporateRules, DataProtectionTest: Absent}, CodeDataProtectionTestMissing},
		{"BCRs approved 2023: saved", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: BindingCorporateRules, Concluded: on(basis.UK, "2023-05-01")}, ""},
		{"code of conduct, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: CodeOfConduct}, CodeNotEvidenced},
		{"certification, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: Certification}, CodeNotEvidenced},
		{"public-body instrument, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: PublicAuthorityInstrument}, CodeNotEvidenced},
		{"ad hoc clauses, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: AdHocClauses}, CodeNotEvidenced},
		{"administrative arrangement, no assessment", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: AdministrativeArrangement}, CodeNotEvidenced},
		{"derogation for legal claims needs none", basis.UK, "2026-11-23", Transfer{Countries: in, Mechanism: DerogationLegalClaims}, ""},
		{"adequacy needs none", basis.UK, "2026-11-23", Transfer{Countries: []Country{"JP"}, Mechanism: Adequacy}, ""},
		{"IDTA within the UK is no transfer", basis.UK, "2026-11-23", Transfer{Countries: []Country{"GB"}, Mechanism: IDTA}, ""},
		{"EU 2021 clauses: EU law unchanged", basis.EU, "2026-11-23", Transfer{Countries: in, Mechanism: SCC2021, Module: ControllerToProcessor}, ""},
		{"EU BCRs: EU law unchanged", basis.EU, "2026-11-23", Transfer{Countries: in, Mechanism: BindingCorporateRules}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := tt.tr.Findings(tt.r, on(tt.r, tt.at))
			var got Code
			var f Finding
			for _, x := range fs {
				if x.Path == "dataProtectionTest" {
					got, f = x.Code, x
				}
			}
			if got != tt.want {
				t.Fatalf("Findings(%v, %s) = %v, want code %q at dataProtectionTest", tt.r, tt.at, fs, tt.want)
			}
			if got == CodeDataProtectionTestMissing && !strings.Contains(f.Message, "Sch. 9 para 27") {
				t.Errorf("%v: want a message naming the saving", f)
			}
		})
	}
}

// firstCode returns the code of the first finding at min or above, or "".
func firstCode(fs Findings, min basis.Severity) Code {
	for f := range fs.AtLeast(min) {
		return f.Code
	}
	return ""
}

// TestNotATransfer is the defect "Transfers that are not transfers": a
// mechanism outside its window was reported for a destination that is no
// third country on the date, or that adequacy covers, where Chapter V
// needs nothing more (GDPR Art. 44; Art. 45(1): such a transfer "shall not
// require any specific authorisation"; for the UK, DPA 2018 Sch. 21 para
// 5(1)(a) makes the EEA states adequate from 2021-01-01).
func TestNotATransfer(t *testing.T) {
	ie := []Country{"IE"}
	tests := []struct {
		name string
		r    basis.Regime
		at   string
		tr   Transfer
	}{
		{"UK to Ireland today on the lapsed old clauses", basis.UK, "2026-11-23",
			Transfer{Countries: ie, Mechanism: SCC2010, Concluded: on(basis.UK, "2019-01-01")}},
		{"UK to Ireland today on the EU 2021 clauses alone", basis.UK, "2026-11-23",
			Transfer{Countries: ie, Mechanism: SCC2021, Module: ControllerToProcessor}},
		{"UK to Ireland in 2020 on the 2021 clauses", basis.UK, "2020-11-05",
			Transfer{Countries: ie, Mechanism: SCC2021, Module: ControllerToProcessor}},
		{"EU to France in 2020 on the 2021 clauses", basis.EU, "2020-06-01",
			Transfer{Countries: []Country{"FR"}, Mechanism: SCC2021, Module: ControllerToProcessor}},
		{"EU to Norway in 2020 on the Privacy Shield", basis.EU, "2020-12-01",
			Transfer{Countries: []Country{"NO"}, Mechanism: PrivacyShield}},
		{"EU to Germany today on the IDTA", basis.EU, "2026-11-23",
			Transfer{Countries: []Country{"DE"}, Mechanism: IDTA}},
		{"UK to Japan and Ireland on lapsed clauses", basis.UK, "2026-11-23",
			Transfer{Countries: []Country{"JP", "IE"}, Mechanism: SCC2004, Concluded: on(basis.UK, "2010-01-01")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if fs := tt.tr.Findings(tt.r, on(tt.r, tt.at)); fs != nil {
				t.Errorf("Findings = %v, want none", fs)
			}
		})
	}
	// A third country without adequacy still needs a valid mechanism.
	tr := Transfer{Countries: []Country{"IE", "IN"}, Mechanism: SCC2010, Concluded: on(basis.UK, "2019-01-01")}
	if err := tr.Check(basis.UK, on(basis.UK, "2026-11-23")); CodeOf(err) != CodeTransitionEnded {
		t.Errorf("UK to Ireland and India on lapsed clauses: %v, want %s", err, CodeTransitionEnded)
	}
	// No mechanism for an adequate destination is a gap in the record, not
	// an unlawful transfer.
	fs := Transfer{Countries: ie}.Findings(basis.UK, on(basis.UK, "2026-11-23"))
	if len(fs) != 1 || fs[0].Code != CodeNotEvidenced || fs[0].Severity != basis.Info || fs[0].Path != "mechanism" {
		t.Errorf("UK to Ireland, no mechanism: %v", fs)
	}
}

// TestFindingsCollectsEverything: every problem is reported, not only the
// first, each at its own path.
func TestFindingsCollectsEverything(t *testing.T) {
	tr := Transfer{Countries: []Country{"UK", "US"}, Mechanism: DerogationConsent, PublicPowers: true,
		Consent: Consent{Explicit: Absent}}
	fs := tr.Findings(basis.UK, on(basis.UK, "2026-11-23"))
	want := []Code{CodeUnknownCountry, CodePublicAuthorityExcluded, CodeConsentNotExplicit, CodeNotEvidenced}
	if got := fs.Codes(); !slices.Equal(got, want) {
		t.Fatalf("Findings = %v, want %v", fs, want)
	}
	paths := []string{"countries[0]", "publicPowers", "consent.explicit", "consent.informedOfRisks"}
	for i, f := range fs {
		if f.Path != paths[i] {
			t.Errorf("finding %d at %q, want %q", i, f.Path, paths[i])
		}
	}
	var errs Findings
	if !errors.As(tr.Check(basis.UK, on(basis.UK, "2026-11-23")), &errs) || len(errs) != 3 {
		t.Errorf("Check = %v, want the three errors", errs)
	}
}

// TestTransferCitesByDate: a UK exporter's findings cite the EU GDPR
// before 2021-01-01 and the UK GDPR from then.
func TestTransferCitesByDate(t *testing.T) {
	tr := Transfer{Countries: []Country{"IN"}, Mechanism: BindingCorporateRules, Concluded: on(basis.UK, "2021-01-02")}
	for _, tt := range []struct{ at, want string }{
		{"2020-12-30", "GDPR Art. 46(2)(b), 47"},
		{"2021-01-01", "UK GDPR Art. 46(2)(b), 47"},
	} {
		fs := tr.Findings(basis.UK, on(basis.UK, tt.at))
		if len(fs) == 0 || fs[0].Article != tt.want {
			t.Errorf("at %s: %v, want article %q", tt.at, fs, tt.want)
		}
	}
	fs := Transfer{AnyThirdCountry: true}.Findings(basis.UK, on(basis.UK, "2020-06-01"))
	if len(fs) != 1 || fs[0].Article != "GDPR Art. 44; GDPR Art. 13(1)(f), 30(1)(e)" {
		t.Errorf("no mechanism in 2020: %v, want GDPR Art. 44; GDPR Art. 13(1)(f), 30(1)(e)", fs)
	}
}
