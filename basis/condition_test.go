package basis

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

var (
	ukNow     = midnight("2026-03-01", civil.London())
	ukBefore  = lastSecond("2026-02-04", civil.London())
	ukAfter   = midnight("2026-02-05", civil.London())
	euNow     = midnight("2026-03-01", civil.Brussels())
	preGDPRUK = lastSecond("2018-05-24", civil.London())
)

// TestConditionSchedule1Part follows DPA 2018 s.10(1)-(3) (reference §2.2):
// (b), (h), (i), (j) need Part 1; (g) needs Part 2; the rest need none; the
// EU has no Schedule 1.
func TestConditionSchedule1Part(t *testing.T) {
	tests := []struct {
		c     Condition
		part  Schedule1Part
		match []Schedule1Condition // nil: check only the Part
	}{
		{ExplicitConsent, 0, []Schedule1Condition{}},
		{EmploymentSocialSecurity, Part1, []Schedule1Condition{Sch1Employment}},
		{VitalInterestsIncapable, 0, []Schedule1Condition{}},
		{NotForProfitBody, 0, []Schedule1Condition{}},
		{ManifestlyMadePublic, 0, []Schedule1Condition{}},
		{LegalClaims, 0, []Schedule1Condition{}},
		{SubstantialPublicInterest, Part2, nil},
		{HealthSocialCare, Part1, []Schedule1Condition{Sch1HealthSocialCare}},
		{PublicHealth, Part1, []Schedule1Condition{Sch1PublicHealth}},
		{ArchivingResearchStatistics, Part1, []Schedule1Condition{Sch1Research}},
	}
	for _, tt := range tests {
		t.Run(tt.c.String(), func(t *testing.T) {
			if got := tt.c.Schedule1Part(UK); got != tt.part {
				t.Errorf("Schedule1Part(UK) = %v, want %v", got, tt.part)
			}
			if got := tt.c.Schedule1Part(EU); got != 0 {
				t.Errorf("Schedule1Part(EU) = %v, want none", got)
			}
			if got := tt.c.Schedule1(EU); got != nil {
				t.Errorf("Schedule1(EU) = %v, want nil", got)
			}
			got := tt.c.Schedule1(UK)
			if tt.match != nil && !slices.Equal(got, tt.match) && !(len(got) == 0 && len(tt.match) == 0) {
				t.Errorf("Schedule1(UK) = %v, want %v", got, tt.match)
			}
			if !tt.c.AvailableIn(UK, ukNow) || !tt.c.AvailableIn(EU, euNow) || tt.c.AvailableIn(UK, preGDPRUK) {
				t.Errorf("AvailableIn wrong")
			}
		})
	}
	// Point (g): the 23 Part 2 paragraphs 6-28 plus the two exception
	// values, 25 in all.
	g := SubstantialPublicInterest.Schedule1(UK)
	if len(g) != 25 {
		t.Errorf("Schedule1 for (g) has %d conditions, want 25", len(g))
	}
	paras := map[int]bool{}
	for _, s := range g {
		paras[s.Para()] = true
	}
	for p := 6; p <= 28; p++ {
		if !paras[p] {
			t.Errorf("Schedule1 for (g) lacks para %d", p)
		}
	}
}

// TestSchedule1Facts follows reference §2.3-2.5: the Part of each paragraph
// and whether it needs an appropriate policy document.
func TestSchedule1Facts(t *testing.T) {
	// Paragraphs that need no APD: Part 1 paras 2-4; para 13 (13(3)); the
	// exception values 10(2) and 27(3); Part 3 paras 29-34 and 36.
	noAPD := map[Schedule1Condition]bool{
		Sch1HealthSocialCare: true, Sch1PublicHealth: true, Sch1Research: true,
		Sch1Journalism: true, Sch1UnlawfulActsDisclosure: true, Sch1AntiDopingDisclosure: true,
		Sch1Consent: true, Sch1VitalInterests: true, Sch1NotForProfit: true, Sch1PublicDomain: true,
		Sch1LegalClaims: true, Sch1JudicialActs: true, Sch1Part2Extension: true,
	}
	for _, s := range AllSchedule1Conditions() {
		t.Run(s.String(), func(t *testing.T) {
			p := s.Para()
			var part Schedule1Part
			switch {
			case p >= 1 && p <= 4:
				part = Part1
			case p >= 6 && p <= 28:
				part = Part2
			case p >= 29 && p <= 37:
				part = Part3
			default:
				t.Fatalf("para %d outside 1-4, 6-37", p)
			}
			if s.Part() != part {
				t.Errorf("Part() = %v, want %v", s.Part(), part)
			}
			if got, want := s.NeedsAPD(), !noAPD[s]; got != want {
				t.Errorf("NeedsAPD() = %v, want %v", got, want)
			}
			if s.NeedsAPD() && s.APDArticle() == "" {
				t.Errorf("NeedsAPD without APDArticle")
			}
			if got, want := s.ForSpecialCategory(), part != Part3; got != want {
				t.Errorf("ForSpecialCategory() = %v, want %v", got, want)
			}
			if !s.ForCriminalOffence() {
				t.Errorf("ForCriminalOffence() = false; s.10(5) allows Parts 1-3")
			}
			if !s.AvailableIn(UK, ukNow) || s.AvailableIn(EU, euNow) || s.AvailableIn(UK, preGDPRUK) {
				t.Errorf("AvailableIn: Schedule 1 is UK law from 2018-05-25")
			}
		})
	}
	if Sch1UnlawfulActsDisclosure.Base() != Sch1UnlawfulActs || Sch1AntiDopingDisclosure.Base() != Sch1AntiDoping ||
		Sch1Safeguarding.Base() != Sch1Safeguarding {
		t.Error("Base() wrong")
	}
	if Sch1UnlawfulActsDisclosure.APDArticle() != "DPA 2018 Sch. 1 para 10(2)" ||
		Sch1Journalism.APDArticle() != "DPA 2018 Sch. 1 para 13(3)" ||
		Sch1AntiDopingDisclosure.APDArticle() != "DPA 2018 Sch. 1 para 27(3)" ||
		Sch1Employment.APDArticle() != "DPA 2018 Sch. 1 para 1(1)(b)" ||
		Sch1Safeguarding.APDArticle() != "DPA 2018 Sch. 1 para 5" {
		t.Error("APDArticle wrong")
	}
	bad := Schedule1Condition(200)
	if bad.Para() != 0 || bad.Part() != 0 || bad.NeedsAPD() || bad.APDArticle() != "" || bad.ForCriminalOffence() ||
		bad.ForSpecialCategory() || bad.AvailableIn(UK, ukNow) {
		t.Error("out-of-range Schedule1Condition has facts")
	}
	if len(AllSchedule1Conditions()) != 4+23+2+9 {
		t.Errorf("%d conditions, want 38 (4 + 23 + 2 exceptions + 9)", len(AllSchedule1Conditions()))
	}
}

// TestSchedule1Note checks the dated wording of paras 4 and 23 (reference
// §2.2 row j; §2.4 para 23; DUAA 2025 ss.73 and 87, from 2026-02-05).
func TestSchedule1Note(t *testing.T) {
	tests := []struct {
		s    Schedule1Condition
		at   time.Time
		want string
	}{
		{Sch1Research, ukBefore, "Art. 89(1)"},
		{Sch1Research, ukAfter, "Art. 84B"},
		{Sch1ElectedRepresentatives, ukBefore, "fourth day"},
		{Sch1ElectedRepresentatives, ukAfter, "30 days"},
	}
	for _, tt := range tests {
		t.Run(tt.s.String()+"/"+tt.at.Format(time.DateOnly), func(t *testing.T) {
			if got := tt.s.Note(tt.at); !strings.Contains(got, tt.want) {
				t.Errorf("Note = %q, want it to mention %q", got, tt.want)
			}
		})
	}
	if Sch1Safeguarding.Note(ukAfter) != "" {
		t.Error("para 18 has a note")
	}
}

func TestSpecialCategoryJustificationOK(t *testing.T) {
	sch := func(s ...Schedule1Condition) []Schedule1Condition { return s }
	tests := []struct {
		name string
		r    Regime
		at   time.Time
		j    SpecialCategoryJustification
	}{
		{"explicit consent UK", UK, ukNow, SpecialCategoryJustification{Condition: ExplicitConsent}},
		{"explicit consent EU", EU, euNow, SpecialCategoryJustification{Condition: ExplicitConsent}},
		{"employment with APD", UK, ukNow, SpecialCategoryJustification{Condition: EmploymentSocialSecurity,
			Schedule1: sch(Sch1Employment), APD: Present}},
		{"employment EU needs no Schedule 1", EU, euNow, SpecialCategoryJustification{Condition: EmploymentSocialSecurity}},
		{"health care para 2, no APD needed", UK, ukNow, SpecialCategoryJustification{Condition: HealthSocialCare,
			Schedule1: sch(Sch1HealthSocialCare), APD: Absent}},
		{"public health para 3", UK, ukNow, SpecialCategoryJustification{Condition: PublicHealth, Schedule1: sch(Sch1PublicHealth)}},
		{"research para 4 before DUAA", UK, ukBefore, SpecialCategoryJustification{Condition: ArchivingResearchStatistics,
			Schedule1: sch(Sch1Research)}},
		{"research para 4 after DUAA", UK, ukAfter, SpecialCategoryJustification{Condition: ArchivingResearchStatistics,
			Schedule1: sch(Sch1Research)}},
		{"(g) safeguarding with APD", UK, ukNow, SpecialCategoryJustification{Condition: SubstantialPublicInterest,
			Schedule1: sch(Sch1Safeguarding), APD: Present}},
		{"(g) equality with APD", UK, ukNow, SpecialCategoryJustification{Condition: SubstantialPublicInterest,
			Schedule1: sch(Sch1Equality), APD: Present}},
		{"(g) journalism needs no APD (13(3))", UK, ukNow, SpecialCategoryJustification{Condition: SubstantialPublicInterest,
			Schedule1: sch(Sch1Journalism), APD: Absent}},
		{"(g) para 10 disclosure to a competent authority: no APD (10(2))", UK, ukNow,
			SpecialCategoryJustification{Condition: SubstantialPublicInterest, Schedule1: sch(Sch1UnlawfulActsDisclosure)}},
		{"(g) para 27 disclosure to anti-doping body: no APD (27(3))", UK, ukNow,
			SpecialCategoryJustification{Condition: SubstantialPublicInterest, Schedule1: sch(Sch1AntiDopingDisclosure)}},
		{"first day of GDPR", UK, midnight("2018-05-25", civil.London()), SpecialCategoryJustification{Condition: ExplicitConsent}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if fs := tt.j.Check(tt.r, tt.at); fs != nil {
				t.Errorf("findings: %v", fs)
			}
		})
	}
}

// Seed notice dates (see /work/shared/seeds/README.md): each seed test is
// judged at its notice's own date as well as at 2026-11-23.
var (
	netDate = midnight("2020-11-05", civil.London()).Add(12 * time.Hour) // NET, "updated 05/11/2020"
	today   = midnight("2026-11-23", civil.London()).Add(12 * time.Hour)
)

// TestSpecialCategorySeedNET models NET's section 4 (notice 002) as the
// notice words it, and nothing more.
func TestSpecialCategorySeedNET(t *testing.T) {
	tests := []struct {
		quote string
		j     SpecialCategoryJustification
		want  []Code
	}{
		{"4.1.5 otherwise with your explicit consent.", SpecialCategoryJustification{Condition: ExplicitConsent}, nil},
		{"4.1.2 where it is needed to protect your interests (or someone else's interests) and you are not capable of giving your consent;",
			SpecialCategoryJustification{Condition: VitalInterestsIncapable}, nil},
		{"4.1.3 where it is necessary to establish, exercise or defend a legal claim;",
			SpecialCategoryJustification{Condition: LegalClaims}, nil},
		{"4.1.4 where you have manifestly made the information public;",
			SpecialCategoryJustification{Condition: ManifestlyMadePublic}, nil},
		// "4.1.1 relating to a health condition or disability in order to
		// meet our legal obligation to make reasonable adjustments in the
		// provision of our services;" The notice names no Art. 9(2) point
		// and says nothing of an appropriate policy document; the register
		// reads "legal obligation" as point (b) with Sch. 1 para 1 (as the
		// examples do), and leaves the document not stated, so the check
		// reports it as not evidenced (Info), not as missing.
		{"4.1.1", SpecialCategoryJustification{Condition: EmploymentSocialSecurity, Schedule1: []Schedule1Condition{Sch1Employment}},
			[]Code{CodeAPDNotEvidenced}},
	}
	for _, tt := range tests {
		for _, at := range []time.Time{netDate, today} {
			t.Run(tt.quote+"/"+at.Format(time.DateOnly), func(t *testing.T) {
				fs := tt.j.Check(UK, at)
				if !slices.Equal(fs.Codes(), tt.want) {
					t.Fatalf("codes = %v, want %v\n%v", fs.Codes(), tt.want, fs)
				}
				if fs.Err() != nil {
					t.Errorf("the notice as worded is not unlawful: %v", fs.Err())
				}
				for _, f := range fs {
					if f.Severity != Info || f.Path != "apd" || f.Article != "DPA 2018 Sch. 1 para 1(1)(b)" {
						t.Errorf("finding %+v", f)
					}
				}
			})
		}
	}
}

func TestSpecialCategoryJustificationFindings(t *testing.T) {
	sch := func(s ...Schedule1Condition) []Schedule1Condition { return s }
	tests := []struct {
		name string
		r    Regime
		at   time.Time
		j    SpecialCategoryJustification
		want []Code
		sev  []Severity
		path string // path of the first finding
	}{
		{"no regime", 0, ukNow, SpecialCategoryJustification{Condition: ExplicitConsent}, []Code{CodeRegimeInvalid}, []Severity{Error}, ""},
		{"before GDPR", UK, preGDPRUK, SpecialCategoryJustification{Condition: ExplicitConsent}, []Code{CodeBeforeGDPR}, []Severity{Error}, ""},
		{"no condition", UK, ukNow, SpecialCategoryJustification{}, []Code{CodeConditionMissing}, []Severity{Warning}, "condition"},
		{"bad condition", UK, ukNow, SpecialCategoryJustification{Condition: 99}, []Code{CodeConditionInvalid}, []Severity{Error}, "condition"},
		{"(b) without para 1", UK, ukNow, SpecialCategoryJustification{Condition: EmploymentSocialSecurity, APD: Present},
			[]Code{CodeSchedule1Missing}, []Severity{Warning}, "schedule1"},
		{"(b) with para 1, APD stated absent (para 1(1)(b))", UK, ukNow,
			SpecialCategoryJustification{Condition: EmploymentSocialSecurity, Schedule1: sch(Sch1Employment), APD: Absent},
			[]Code{CodeAPDMissing}, []Severity{Error}, "apd"},
		{"(b) with para 1, APD not stated", UK, ukNow,
			SpecialCategoryJustification{Condition: EmploymentSocialSecurity, Schedule1: sch(Sch1Employment)},
			[]Code{CodeAPDNotEvidenced}, []Severity{Info}, "apd"},
		{"(h) with para 1 instead of para 2", UK, ukNow,
			SpecialCategoryJustification{Condition: HealthSocialCare, Schedule1: sch(Sch1Employment), APD: Present},
			[]Code{CodeSchedule1Mismatch, CodeSchedule1Missing}, []Severity{Warning, Warning}, "schedule1[0]"},
		{"(g) without a Part 2 condition", UK, ukNow, SpecialCategoryJustification{Condition: SubstantialPublicInterest, APD: Present},
			[]Code{CodeSchedule1Missing}, []Severity{Warning}, "schedule1"},
		{"(g) with a Part 1 condition", UK, ukNow,
			SpecialCategoryJustification{Condition: SubstantialPublicInterest, Schedule1: sch(Sch1HealthSocialCare), APD: Present},
			[]Code{CodeSchedule1WrongPart, CodeSchedule1Missing}, []Severity{Error, Warning}, "schedule1[0]"},
		{"(g) with a Part 3 condition", UK, ukNow,
			SpecialCategoryJustification{Condition: SubstantialPublicInterest, Schedule1: sch(Sch1Consent), APD: Present},
			[]Code{CodeSchedule1WrongPart, CodeSchedule1Missing}, []Severity{Error, Warning}, "schedule1[0]"},
		{"(g) para 18 APD absent (para 5)", UK, ukNow,
			SpecialCategoryJustification{Condition: SubstantialPublicInterest, Schedule1: sch(Sch1Safeguarding), APD: Absent},
			[]Code{CodeAPDMissing}, []Severity{Error}, "apd"},
		{"(g) para 10 APD absent, not a disclosure", UK, ukNow,
			SpecialCategoryJustification{Condition: SubstantialPublicInterest, Schedule1: sch(Sch1UnlawfulActs), APD: Absent},
			[]Code{CodeAPDMissing}, []Severity{Error}, "apd"},
		{"(a) with a needless Schedule 1 condition", UK, ukNow,
			SpecialCategoryJustification{Condition: ExplicitConsent, Schedule1: sch(Sch1Consent)},
			[]Code{CodeSchedule1NotNeeded}, []Severity{Info}, "schedule1[0]"},
		{"EU with Schedule 1", EU, euNow,
			SpecialCategoryJustification{Condition: EmploymentSocialSecurity, Schedule1: sch(Sch1Employment), APD: Present},
			[]Code{CodeSchedule1NotAvailable}, []Severity{Error}, "schedule1[0]"},
		{"invalid Schedule 1 value", UK, ukNow,
			SpecialCategoryJustification{Condition: SubstantialPublicInterest, Schedule1: sch(250, Sch1Insurance), APD: Present},
			[]Code{CodeSchedule1Invalid}, []Severity{Error}, "schedule1[0]"},
		{"invalid Schedule 1 value EU", EU, euNow, SpecialCategoryJustification{Condition: ExplicitConsent, Schedule1: sch(0)},
			[]Code{CodeSchedule1Invalid}, []Severity{Error}, "schedule1[0]"},
		{"invalid APD", UK, ukNow, SpecialCategoryJustification{Condition: ExplicitConsent, APD: 7},
			[]Code{CodePresenceInvalid}, []Severity{Error}, "apd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, tt.j.Check(tt.r, tt.at), tt.want, tt.sev, tt.path)
		})
	}
}

func TestCriminalOffenceJustification(t *testing.T) {
	sch := func(s ...Schedule1Condition) []Schedule1Condition { return s }
	dbs := OfficialAuthority{Body: "Disclosure and Barring Service", Controls: true}
	tests := []struct {
		name string
		r    Regime
		at   time.Time
		j    CriminalOffenceJustification
		want []Code // nil: no findings
		sev  []Severity
		path string
	}{
		{"UK official authority in control", UK, ukNow, CriminalOffenceJustification{OfficialAuthority: dbs}, nil, nil, ""},
		{"UK para 29 consent", UK, ukNow, CriminalOffenceJustification{Schedule1: sch(Sch1Consent)}, nil, nil, ""},
		{"UK para 33 legal claims", UK, ukNow, CriminalOffenceJustification{Schedule1: sch(Sch1LegalClaims)}, nil, nil, ""},
		{"UK Part 1 employment with APD", UK, ukNow, CriminalOffenceJustification{Schedule1: sch(Sch1Employment), APD: Present}, nil, nil, ""},
		{"UK Part 2 safeguarding via para 36 with APD", UK, ukNow,
			CriminalOffenceJustification{Schedule1: sch(Sch1Part2Extension, Sch1Safeguarding), APD: Present}, nil, nil, ""},
		{"UK para 10(2) disclosure: no APD", UK, ukNow, CriminalOffenceJustification{Schedule1: sch(Sch1UnlawfulActsDisclosure)}, nil, nil, ""},
		{"UK para 37 with para 20 and APD", UK, ukNow,
			CriminalOffenceJustification{Schedule1: sch(Sch1InsuranceExtension, Sch1Insurance), APD: Present}, nil, nil, ""},
		{"EU authorised by law", EU, euNow, CriminalOffenceJustification{Law: "Member State law"}, nil, nil, ""},
		{"EU official authority in control", EU, euNow, CriminalOffenceJustification{OfficialAuthority: dbs}, nil, nil, ""},

		{"UK nothing", UK, ukNow, CriminalOffenceJustification{}, []Code{CodeCriminalAuthorityMissing}, []Severity{Warning}, "schedule1"},
		// DPA 2018 s.10(5): in the UK a law authorising the processing
		// counts only through a Schedule 1 condition. Before the fix, the
		// old CheckCriminalOffence(UK, at, "Rehabilitation of Offenders Act
		// 1974", nil, false) reported nothing.
		{"UK a statute as the authority", UK, ukNow,
			CriminalOffenceJustification{OfficialAuthority: OfficialAuthority{Body: "Rehabilitation of Offenders Act 1974"}},
			[]Code{CodeCriminalAuthorityMissing}, []Severity{Error}, "officialAuthority"},
		{"UK a law authorising", UK, ukNow, CriminalOffenceJustification{Law: "Rehabilitation of Offenders Act 1974"},
			[]Code{CodeCriminalAuthorityMissing}, []Severity{Error}, "schedule1"},
		{"UK an authority not in control", UK, ukNow,
			CriminalOffenceJustification{OfficialAuthority: OfficialAuthority{Body: "Disclosure and Barring Service"}},
			[]Code{CodeCriminalAuthorityMissing}, []Severity{Error}, "officialAuthority"},
		{"UK control with no body named", UK, ukNow, CriminalOffenceJustification{OfficialAuthority: OfficialAuthority{Controls: true}},
			[]Code{CodeCriminalAuthorityMissing}, []Severity{Error}, "officialAuthority"},
		{"UK para 35 APD absent", UK, ukNow, CriminalOffenceJustification{Schedule1: sch(Sch1IndecencyAccounts), APD: Absent},
			[]Code{CodeAPDMissing}, []Severity{Error}, "apd"},
		{"UK para 35 APD not stated", UK, ukNow, CriminalOffenceJustification{Schedule1: sch(Sch1IndecencyAccounts)},
			[]Code{CodeAPDNotEvidenced}, []Severity{Info}, "apd"},
		{"UK para 36 alone", UK, ukNow, CriminalOffenceJustification{Schedule1: sch(Sch1Part2Extension), APD: Present},
			[]Code{CodeExtensionAlone, CodeCriminalAuthorityMissing}, []Severity{Error, Error}, "schedule1[0]"},
		{"UK para 37 alone", UK, ukNow, CriminalOffenceJustification{Schedule1: sch(Sch1InsuranceExtension), APD: Present},
			[]Code{CodeExtensionAlone, CodeCriminalAuthorityMissing}, []Severity{Error, Error}, "schedule1[0]"},
		{"UK para 36 with para 18, APD absent", UK, ukNow,
			CriminalOffenceJustification{Schedule1: sch(Sch1Part2Extension, Sch1Safeguarding), APD: Absent},
			[]Code{CodeAPDMissing}, []Severity{Error}, "apd"},
		{"UK invalid value", UK, ukNow, CriminalOffenceJustification{Schedule1: sch(99)},
			[]Code{CodeSchedule1Invalid, CodeCriminalAuthorityMissing}, []Severity{Error, Error}, "schedule1[0]"},
		{"EU nothing", EU, euNow, CriminalOffenceJustification{}, []Code{CodeCriminalAuthorityMissing}, []Severity{Warning}, "officialAuthority"},
		{"EU authority not in control", EU, euNow,
			CriminalOffenceJustification{OfficialAuthority: OfficialAuthority{Body: "police"}},
			[]Code{CodeCriminalAuthorityMissing}, []Severity{Error}, "officialAuthority"},
		{"EU Schedule 1", EU, euNow, CriminalOffenceJustification{Schedule1: sch(Sch1Consent)},
			[]Code{CodeCriminalAuthorityMissing, CodeSchedule1NotAvailable}, []Severity{Error, Error}, "officialAuthority"},
		{"before GDPR", UK, preGDPRUK, CriminalOffenceJustification{OfficialAuthority: dbs}, []Code{CodeBeforeGDPR}, []Severity{Error}, ""},
		{"bad regime", Regime(3), ukNow, CriminalOffenceJustification{OfficialAuthority: dbs}, []Code{CodeRegimeInvalid}, []Severity{Error}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := tt.j.Check(tt.r, tt.at)
			if tt.want == nil {
				if fs != nil {
					t.Errorf("findings: %v", fs)
				}
				return
			}
			checkFindings(t, fs, tt.want, tt.sev, tt.path)
		})
	}
}

// checkFindings asserts the codes and severities in order, the first path,
// and that every finding carries a message and (but for a bad regime) an
// article and the regime.
func checkFindings(t *testing.T, fs Findings, want []Code, sev []Severity, path string) {
	t.Helper()
	if !slices.Equal(fs.Codes(), want) {
		t.Fatalf("codes = %v, want %v\n%v", fs.Codes(), want, fs)
	}
	if sev != nil {
		got := make([]Severity, len(fs))
		for i, f := range fs {
			got[i] = f.Severity
		}
		if !slices.Equal(got, sev) {
			t.Errorf("severities = %v, want %v", got, sev)
		}
	}
	if fs[0].Path != path {
		t.Errorf("path = %q, want %q", fs[0].Path, path)
	}
	for _, f := range fs {
		if f.Message == "" || (f.Article == "" && f.Code != CodeRegimeInvalid) || !f.Severity.IsValid() {
			t.Errorf("finding lacks message, article or severity: %+v", f)
		}
		if f.Code != CodeRegimeInvalid && !f.Regime.IsValid() {
			t.Errorf("finding lacks its regime: %+v", f)
		}
		if !strings.HasPrefix(string(f.Code), "basis/") {
			t.Errorf("code %q lacks prefix", f.Code)
		}
	}
	var errs int
	for range fs.AtLeast(Error) {
		errs++
	}
	if (fs.Err() != nil) != (errs > 0) {
		t.Errorf("Err() = %v with %d errors", fs.Err(), errs)
	}
	var f Finding
	if errs > 0 && !errors.As(fs.Err(), &f) {
		t.Errorf("errors.As failed")
	}
}

// TestSchedule1Paragraphs pairs every code with the paragraph of DPA 2018
// Schedule 1 whose cross-heading it names, read from the revised text
// (legislation.gov.uk, as mirrored in legalize-uk uk/ukpga-2018-12.md), and
// with the Part that heading sits in.
func TestSchedule1Paragraphs(t *testing.T) {
	tests := []struct {
		code    string
		para    int
		part    Schedule1Part
		heading string // the statute's cross-heading, for the reader
	}{
		{"employment", 1, Part1, "Employment, social security and social protection"},
		{"health-social-care", 2, Part1, "Health or social care purposes"},
		{"public-health", 3, Part1, "Public health"},
		{"research", 4, Part1, "Research etc"},
		{"statutory-government", 6, Part2, "Statutory etc and government purposes"},
		{"justice-parliamentary", 7, Part2, "Administration of justice and parliamentary purposes"},
		{"equality", 8, Part2, "Equality of opportunity or treatment"},
		{"senior-diversity", 9, Part2, "Racial and ethnic diversity at senior levels of organisations"},
		{"unlawful-acts", 10, Part2, "Preventing or detecting unlawful acts"},
		{"unlawful-acts-disclosure", 10, Part2, "para 10(2): disclosure to a competent authority"},
		{"protecting-public", 11, Part2, "Protecting the public against dishonesty etc"},
		{"regulatory-requirements", 12, Part2, "Regulatory requirements relating to unlawful acts and dishonesty etc"},
		{"journalism", 13, Part2, "Journalism etc in connection with unlawful acts and dishonesty etc"},
		{"preventing-fraud", 14, Part2, "Preventing fraud"},
		{"terrorist-financing", 15, Part2, "Suspicion of terrorist financing or money laundering"},
		{"disability-support", 16, Part2, "Support for individuals with a particular disability or medical condition"},
		{"counselling", 17, Part2, "Counselling etc"},
		{"safeguarding", 18, Part2, "Safeguarding of children and of individuals at risk"},
		{"economic-well-being", 19, Part2, "Safeguarding of economic well-being of certain individuals"},
		{"insurance", 20, Part2, "Insurance"},
		{"occupational-pensions", 21, Part2, "Occupational pensions"},
		{"political-parties", 22, Part2, "Political parties"},
		{"elected-representatives", 23, Part2, "Elected representatives responding to requests"},
		{"disclosure-to-elected-representatives", 24, Part2, "Disclosure to elected representatives"},
		{"prisoners-information", 25, Part2, "Informing elected representatives about prisoners"},
		{"legal-judgments", 26, Part2, "Publication of legal judgments"},
		{"anti-doping", 27, Part2, "Anti-doping in sport"},
		{"anti-doping-disclosure", 27, Part2, "para 27(3): disclosure to the anti-doping body"},
		{"sport-standards", 28, Part2, "Standards of behaviour in sport"},
		{"consent", 29, Part3, "Consent"},
		{"vital-interests", 30, Part3, "Protecting individual's vital interests"},
		{"not-for-profit", 31, Part3, "Processing by not-for-profit bodies"},
		{"public-domain", 32, Part3, "Personal data in the public domain"},
		{"legal-claims", 33, Part3, "Legal claims"},
		{"judicial-acts", 34, Part3, "Judicial acts"},
		{"indecency-accounts", 35, Part3, "Administration of accounts used in commission of indecency offences involving children"},
		{"part-2-extension", 36, Part3, "Extension of conditions in Part 2 of this Schedule referring to substantial public interest"},
		{"insurance-extension", 37, Part3, "Extension of insurance conditions"},
	}
	if len(tests) != len(AllSchedule1Conditions()) {
		t.Fatalf("table has %d rows, package %d conditions", len(tests), len(AllSchedule1Conditions()))
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			s, err := ParseSchedule1Condition(tt.code)
			if err != nil {
				t.Fatal(err)
			}
			if s.Para() != tt.para || s.Part() != tt.part {
				t.Errorf("%s: para %d %v, want para %d %v (%s)", tt.code, s.Para(), s.Part(), tt.para, tt.part, tt.heading)
			}
		})
	}
}

// TestJustificationArticles: Art. 9 and Art. 10 findings cite the
// instrument in force for the regime on the date: the EU GDPR in the UK
// before 2021-01-01, the UK GDPR from then.
func TestJustificationArticles(t *testing.T) {
	before, after := lastSecond("2020-12-31", civil.London()), midnight("2021-01-01", civil.London())
	tests := []struct {
		at   time.Time
		fs   func(Regime, time.Time) Findings
		want string
	}{
		{before, CriminalOffenceJustification{}.Check, "GDPR Art. 10; DPA 2018 s.10(5)"},
		{after, CriminalOffenceJustification{}.Check, "UK GDPR Art. 10; DPA 2018 s.10(5)"},
		{before, SpecialCategoryJustification{}.Check, "GDPR Art. 9(2)"},
		{after, SpecialCategoryJustification{}.Check, "UK GDPR Art. 9(2)"},
	}
	for _, tt := range tests {
		fs := tt.fs(UK, tt.at)
		if len(fs) != 1 || fs[0].Article != tt.want {
			t.Errorf("%s: %v, want article %q", tt.at.Format(time.DateOnly), fs, tt.want)
		}
	}
}
