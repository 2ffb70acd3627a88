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

func TestCheckSpecialCategoryOK(t *testing.T) {
	tests := []struct {
		name   string
		r      Regime
		at     time.Time
		cond   Condition
		sch1   []Schedule1Condition
		hasAPD bool
	}{
		// NET 4.1.5: "otherwise with your explicit consent."
		{"explicit consent UK", UK, ukNow, ExplicitConsent, nil, false},
		{"explicit consent EU", EU, euNow, ExplicitConsent, nil, false},
		// NET 4.1.2: "where it is needed to protect your interests ... and
		// you are not capable of giving your consent"
		{"vital interests UK", UK, ukNow, VitalInterestsIncapable, nil, false},
		// NET 4.1.3: "necessary to establish, exercise or defend a legal claim"
		{"legal claims UK", UK, ukNow, LegalClaims, nil, false},
		// NET 4.1.4: "where you have manifestly made the information public"
		{"made public UK", UK, ukNow, ManifestlyMadePublic, nil, false},
		// NET 4.1.1: health data "to meet our legal obligation to make
		// reasonable adjustments": 9(2)(b) with para 1, which needs an APD.
		{"employment with APD", UK, ukNow, EmploymentSocialSecurity, []Schedule1Condition{Sch1Employment}, true},
		{"employment EU needs no Schedule 1", EU, euNow, EmploymentSocialSecurity, nil, false},
		{"health care para 2, no APD needed", UK, ukNow, HealthSocialCare, []Schedule1Condition{Sch1HealthSocialCare}, false},
		{"public health para 3", UK, ukNow, PublicHealth, []Schedule1Condition{Sch1PublicHealth}, false},
		{"research para 4 before DUAA", UK, ukBefore, ArchivingResearchStatistics, []Schedule1Condition{Sch1Research}, false},
		{"research para 4 after DUAA", UK, ukAfter, ArchivingResearchStatistics, []Schedule1Condition{Sch1Research}, false},
		{"(g) safeguarding with APD", UK, ukNow, SubstantialPublicInterest, []Schedule1Condition{Sch1Safeguarding}, true},
		{"(g) equality with APD", UK, ukNow, SubstantialPublicInterest, []Schedule1Condition{Sch1Equality}, true},
		{"(g) journalism needs no APD (13(3))", UK, ukNow, SubstantialPublicInterest, []Schedule1Condition{Sch1Journalism}, false},
		{"(g) para 10 disclosure to a competent authority: no APD (10(2))", UK, ukNow, SubstantialPublicInterest,
			[]Schedule1Condition{Sch1UnlawfulActsDisclosure}, false},
		{"(g) para 27 disclosure to anti-doping body: no APD (27(3))", UK, ukNow, SubstantialPublicInterest,
			[]Schedule1Condition{Sch1AntiDopingDisclosure}, false},
		{"first day of GDPR", UK, midnight("2018-05-25", civil.London()), ExplicitConsent, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ps := CheckSpecialCategory(tt.r, tt.at, tt.cond, tt.sch1, tt.hasAPD); ps != nil {
				t.Errorf("problems: %v", ps)
			}
		})
	}
}

func TestCheckSpecialCategoryProblems(t *testing.T) {
	tests := []struct {
		name   string
		r      Regime
		at     time.Time
		cond   Condition
		sch1   []Schedule1Condition
		hasAPD bool
		want   []Code
		field  string // field of the first problem
	}{
		{"no regime", 0, ukNow, ExplicitConsent, nil, false, []Code{CodeRegimeInvalid}, "Regime"},
		{"before GDPR", UK, preGDPRUK, ExplicitConsent, nil, false, []Code{CodeBeforeGDPR}, ""},
		{"no condition", UK, ukNow, 0, nil, false, []Code{CodeConditionMissing}, "Condition"},
		{"bad condition", UK, ukNow, Condition(99), nil, false, []Code{CodeConditionInvalid}, "Condition"},
		{"(b) without para 1", UK, ukNow, EmploymentSocialSecurity, nil, true, []Code{CodeSchedule1Missing}, "Schedule1"},
		{"(b) with para 1 but no APD (para 1(1)(b))", UK, ukNow, EmploymentSocialSecurity,
			[]Schedule1Condition{Sch1Employment}, false, []Code{CodeAPDMissing}, "PolicyDocument"},
		{"(h) with para 1 instead of para 2", UK, ukNow, HealthSocialCare,
			[]Schedule1Condition{Sch1Employment}, true, []Code{CodeSchedule1Mismatch, CodeSchedule1Missing}, "Schedule1[0]"},
		{"(g) without a Part 2 condition", UK, ukNow, SubstantialPublicInterest, nil, true, []Code{CodeSchedule1Missing}, "Schedule1"},
		{"(g) with a Part 1 condition", UK, ukNow, SubstantialPublicInterest,
			[]Schedule1Condition{Sch1HealthSocialCare}, true, []Code{CodeSchedule1WrongPart, CodeSchedule1Missing}, "Schedule1[0]"},
		{"(g) with a Part 3 condition", UK, ukNow, SubstantialPublicInterest,
			[]Schedule1Condition{Sch1Consent}, true, []Code{CodeSchedule1WrongPart, CodeSchedule1Missing}, "Schedule1[0]"},
		{"(g) para 18 without APD (para 5)", UK, ukNow, SubstantialPublicInterest,
			[]Schedule1Condition{Sch1Safeguarding}, false, []Code{CodeAPDMissing}, "PolicyDocument"},
		{"(g) para 10 without APD, not a disclosure", UK, ukNow, SubstantialPublicInterest,
			[]Schedule1Condition{Sch1UnlawfulActs}, false, []Code{CodeAPDMissing}, "PolicyDocument"},
		{"(a) with a needless Schedule 1 condition", UK, ukNow, ExplicitConsent,
			[]Schedule1Condition{Sch1Consent}, false, []Code{CodeSchedule1NotNeeded}, "Schedule1[0]"},
		{"EU with Schedule 1", EU, euNow, EmploymentSocialSecurity,
			[]Schedule1Condition{Sch1Employment}, true, []Code{CodeSchedule1NotAvailable}, "Schedule1[0]"},
		{"invalid Schedule 1 value", UK, ukNow, SubstantialPublicInterest,
			[]Schedule1Condition{Schedule1Condition(250), Sch1Insurance}, true, []Code{CodeSchedule1Invalid}, "Schedule1[0]"},
		{"invalid Schedule 1 value EU", EU, euNow, ExplicitConsent,
			[]Schedule1Condition{0}, false, []Code{CodeSchedule1Invalid}, "Schedule1[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := CheckSpecialCategory(tt.r, tt.at, tt.cond, tt.sch1, tt.hasAPD)
			checkProblems(t, ps, tt.want, tt.field)
		})
	}
}

func TestCheckCriminalOffence(t *testing.T) {
	tests := []struct {
		name      string
		r         Regime
		at        time.Time
		authority string
		sch1      []Schedule1Condition
		hasAPD    bool
		want      []Code // nil: no problems
		field     string
	}{
		{"UK official authority", UK, ukNow, "Disclosure and Barring Service", nil, false, nil, ""},
		{"UK para 29 consent", UK, ukNow, "", []Schedule1Condition{Sch1Consent}, false, nil, ""},
		{"UK para 33 legal claims", UK, ukNow, "", []Schedule1Condition{Sch1LegalClaims}, false, nil, ""},
		{"UK Part 1 employment with APD", UK, ukNow, "", []Schedule1Condition{Sch1Employment}, true, nil, ""},
		{"UK Part 2 safeguarding via para 36 with APD", UK, ukNow, "",
			[]Schedule1Condition{Sch1Part2Extension, Sch1Safeguarding}, true, nil, ""},
		{"UK para 10(2) disclosure: no APD", UK, ukNow, "", []Schedule1Condition{Sch1UnlawfulActsDisclosure}, false, nil, ""},
		{"UK para 37 with para 20 and APD", UK, ukNow, "",
			[]Schedule1Condition{Sch1InsuranceExtension, Sch1Insurance}, true, nil, ""},
		{"EU authorised by law", EU, euNow, "Member State law", nil, false, nil, ""},

		{"UK nothing", UK, ukNow, "", nil, false, []Code{CodeCriminalAuthorityMissing}, "Schedule1"},
		{"UK para 35 without APD", UK, ukNow, "", []Schedule1Condition{Sch1IndecencyAccounts}, false,
			[]Code{CodeAPDMissing}, "PolicyDocument"},
		{"UK para 36 alone", UK, ukNow, "", []Schedule1Condition{Sch1Part2Extension}, true,
			[]Code{CodeExtensionAlone, CodeCriminalAuthorityMissing}, "Schedule1[0]"},
		{"UK para 37 alone", UK, ukNow, "", []Schedule1Condition{Sch1InsuranceExtension}, true,
			[]Code{CodeExtensionAlone, CodeCriminalAuthorityMissing}, "Schedule1[0]"},
		{"UK para 36 with para 18, no APD", UK, ukNow, "",
			[]Schedule1Condition{Sch1Part2Extension, Sch1Safeguarding}, false, []Code{CodeAPDMissing}, "PolicyDocument"},
		{"UK invalid value", UK, ukNow, "", []Schedule1Condition{Schedule1Condition(99)}, false,
			[]Code{CodeSchedule1Invalid, CodeCriminalAuthorityMissing}, "Schedule1[0]"},
		{"EU nothing", EU, euNow, "", nil, false, []Code{CodeCriminalAuthorityMissing}, "Authority"},
		{"EU Schedule 1", EU, euNow, "", []Schedule1Condition{Sch1Consent}, false,
			[]Code{CodeCriminalAuthorityMissing, CodeSchedule1NotAvailable}, "Authority"},
		{"before GDPR", UK, preGDPRUK, "x", nil, false, []Code{CodeBeforeGDPR}, ""},
		{"bad regime", Regime(3), ukNow, "x", nil, false, []Code{CodeRegimeInvalid}, "Regime"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := CheckCriminalOffence(tt.r, tt.at, tt.authority, tt.sch1, tt.hasAPD)
			if tt.want == nil {
				if ps != nil {
					t.Errorf("problems: %v", ps)
				}
				return
			}
			checkProblems(t, ps, tt.want, tt.field)
		})
	}
}

// checkProblems asserts the codes in order, the first field, and that every
// problem carries a message and (but for a bad regime) an article.
func checkProblems(t *testing.T, ps Problems, want []Code, field string) {
	t.Helper()
	if !slices.Equal(ps.Codes(), want) {
		t.Fatalf("codes = %v, want %v\n%v", ps.Codes(), want, ps)
	}
	if ps[0].Field != field {
		t.Errorf("field = %q, want %q", ps[0].Field, field)
	}
	for _, p := range ps {
		if p.Message == "" || (p.Article == "" && p.Code != CodeRegimeInvalid) {
			t.Errorf("problem lacks message or article: %+v", p)
		}
		if !strings.HasPrefix(string(p.Code), "basis/") {
			t.Errorf("code %q lacks prefix", p.Code)
		}
	}
	if err := ps.Err(); err == nil {
		t.Errorf("Err() = nil with problems")
	}
	var p Problem
	if !errors.As(ps.Err(), &ps) || !errors.As(ps[0], &p) {
		t.Errorf("errors.As failed")
	}
}

func TestProblems(t *testing.T) {
	var none Problems
	if none.Err() != nil || none.Has(CodeLIAMissing) || none.Error() != "no problems" {
		t.Error("empty Problems")
	}
	p := Problem{Code: CodeLIAMissing, Article: "UK GDPR Art. 6(1)(f)", Field: "LIA", Message: "no assessment"}
	if got := p.Error(); got != "LIA: no assessment (UK GDPR Art. 6(1)(f)) [basis/lia-missing]" {
		t.Errorf("Error() = %q", got)
	}
	q := Problem{Code: CodeParentalAgeTooLow, Value: "12", Message: "too low"}
	if got := q.Error(); got != `too low (value "12") [basis/parental-age-too-low]` {
		t.Errorf("Error() = %q", got)
	}
	ps := Problems{p, q, p}
	if !ps.Has(CodeParentalAgeTooLow) || ps.Has(CodeAPDMissing) {
		t.Error("Has")
	}
	if got := ps.Error(); !strings.HasSuffix(got, "(and 2 more)") {
		t.Errorf("Error() = %q", got)
	}
	if Problems(ps[:1]).Error() != p.Error() {
		t.Error("single Error()")
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
