package recipient

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

func TestRecipientCheck(t *testing.T) {
	at := on(basis.UK, "2026-11-23")
	full := Agreement{Kind: ProcessorContract, Made: on(basis.UK, "2024-01-10"), InWriting: Present, Terms: AllArt28Terms()}
	tests := []struct {
		name string
		r    Recipient
		want []Code
		err  bool // an Error-severity finding
	}{
		{"complete processor", Recipient{Name: "Adestra", Role: Processor, Agreement: full}, nil, false},
		{"independent controller needs no agreement", Recipient{Category: "Employers", Role: IndependentController}, nil, false},
		{"public authority needs no agreement", Recipient{Name: "DVSA", Role: PublicAuthority}, nil, false},
		{"joint controller with essence", Recipient{Name: "Engineering Council", Role: JointController,
			Agreement: Agreement{Kind: JointArrangement, Made: on(basis.UK, "2018-05-01"), EssenceAvailable: Present}}, nil, false},
		{"unnamed, no role", Recipient{}, []Code{CodeRecipientUnnamed, CodeRoleMissing}, false},
		{"bad role", Recipient{Name: "x", Role: Role(9)}, []Code{CodeInvalidValue}, true},
		{"bad country", Recipient{Name: "x", Role: IndependentController, Countries: []Country{"GB", "UK"}}, []Code{CodeUnknownCountry}, true},
		{"processor, contract not recorded", Recipient{Name: "x", Role: Processor}, []Code{CodeNotEvidenced}, false},
		{"processor, contract recorded absent", Recipient{Name: "x", Role: Processor, Agreement: Agreement{InPlace: Absent}},
			[]Code{CodeAgreementMissing}, true},
		{"sub-processor, contract recorded absent", Recipient{Name: "x", Role: SubProcessor, Agreement: Agreement{InPlace: Absent}},
			[]Code{CodeAgreementMissing}, true},
		{"joint controller, arrangement not recorded", Recipient{Name: "x", Role: JointController}, []Code{CodeNotEvidenced}, false},
		{"joint controller, arrangement recorded absent", Recipient{Name: "x", Role: JointController, Agreement: Agreement{InPlace: Absent}},
			[]Code{CodeAgreementMissing}, true},
		{"independent controller, no agreement recorded absent", Recipient{Name: "x", Role: IndependentController,
			Agreement: Agreement{InPlace: Absent}}, nil, false},
		{"processor with a sharing agreement", Recipient{Name: "x", Role: Processor,
			Agreement: Agreement{Kind: DataSharing, Made: on(basis.UK, "2020-01-01")}}, []Code{CodeAgreementKindMismatch}, true},
		{"contract in place, nothing else recorded", Recipient{Name: "x", Role: Processor,
			Agreement: Agreement{Kind: ProcessorContract, InPlace: Present}},
			[]Code{CodeAgreementUndated, CodeNotEvidenced, CodeNotEvidenced}, false},
		{"contract missing terms, not in writing", Recipient{Name: "x", Role: Processor,
			Agreement: Agreement{Kind: ProcessorContract, Made: on(basis.UK, "2020-01-01"), InWriting: Absent, Terms: TermsOf(SubjectMatter, Security)}},
			[]Code{CodeNotInWriting, CodeTermsMissing}, true},
		{"contract undated", Recipient{Name: "x", Role: Processor, Agreement: Agreement{Kind: ProcessorContract, InWriting: Present, Terms: AllArt28Terms()}},
			[]Code{CodeAgreementUndated}, false},
		{"contract made later", Recipient{Name: "x", Role: Processor,
			Agreement: Agreement{Kind: ProcessorContract, Made: on(basis.UK, "2026-11-24"), InWriting: Present, Terms: AllArt28Terms()}},
			[]Code{CodeAgreementAfterDate}, true},
		{"contract ended", Recipient{Name: "x", Role: Processor,
			Agreement: Agreement{Kind: ProcessorContract, Made: on(basis.UK, "2020-01-01"), Ends: on(basis.UK, "2026-11-23").Add(-12 * time.Hour), InWriting: Present, Terms: AllArt28Terms()}},
			[]Code{CodeAgreementEnded}, true},
		{"arrangement essence not recorded", Recipient{Name: "x", Role: JointController,
			Agreement: Agreement{Kind: JointArrangement, Made: on(basis.UK, "2020-01-01")}}, []Code{CodeNotEvidenced}, false},
		{"arrangement essence recorded not available", Recipient{Name: "x", Role: JointController,
			Agreement: Agreement{Kind: JointArrangement, Made: on(basis.UK, "2020-01-01"), EssenceAvailable: Absent}},
			[]Code{CodeEssenceNotAvailable}, true},
		{"bad agreement kind", Recipient{Name: "x", Role: IndependentController, Agreement: Agreement{Kind: AgreementKind(7)}},
			[]Code{CodeInvalidValue}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := tt.r.Check(basis.UK, at)
			if got := fs.Codes(); !slices.Equal(got, tt.want) {
				t.Errorf("Check = %v (%v), want %v", got, fs, tt.want)
			}
			if (fs.Err() != nil) != tt.err {
				t.Errorf("Err() = %v, want an error: %v", fs.Err(), tt.err)
			}
		})
	}
	if fs := (Recipient{Name: "x", Role: Processor}).Check(basis.UK, time0); !fs.Has(CodeDateMissing) {
		t.Errorf("Check(zero time) = %v, want %s", fs, CodeDateMissing)
	}
	if fs := (Recipient{Name: "x", Role: Processor}).Check(0, at); !fs.Has(CodeInvalidValue) {
		t.Errorf("Check(no regime) = %v, want %s", fs, CodeInvalidValue)
	}
}

// TestNotStatedIsNotAbsent is the defect "Not stated is not absent": a
// processor with no recorded contract was reported as an unlawful missing
// contract (an error), though neither Art. 13 nor a notice requires showing
// it. It is now Info "not evidenced", and only a contract recorded as
// absent is the Error Art. 28(3) makes it.
func TestNotStatedIsNotAbsent(t *testing.T) {
	at := on(basis.UK, "2026-11-23")
	for _, role := range []Role{Processor, SubProcessor, JointController} {
		fs := Recipient{Name: "x", Role: role}.Check(basis.UK, at)
		if len(fs) != 1 || fs[0].Code != CodeNotEvidenced || fs[0].Severity != basis.Info || fs[0].Path != "agreement" || fs.Err() != nil {
			t.Errorf("%v, not recorded: %v", role, fs)
		}
		fs = Recipient{Name: "x", Role: role, Agreement: Agreement{InPlace: Absent}}.Check(basis.UK, at)
		if len(fs) != 1 || fs[0].Code != CodeAgreementMissing || fs[0].Severity != basis.Error {
			t.Errorf("%v, recorded absent: %v", role, fs)
		}
	}
	for _, role := range []Role{IndependentController, PublicAuthority} {
		if fs := (Recipient{Name: "x", Role: role}).Check(basis.UK, at); fs != nil {
			t.Errorf("%v needs no agreement: %v", role, fs)
		}
	}
}

// TestAgreementSameDay is the defect "one date rule": an agreement made at
// 09:00 failed a check made at 08:00 the same day. Calendar dates in the
// regime's location count ([basis.Regime.OnOrBefore]).
func TestAgreementSameDay(t *testing.T) {
	for _, r := range basis.AllRegimes() {
		loc := r.Location()
		made := time.Date(2024, 1, 10, 9, 0, 0, 0, loc)
		at := time.Date(2024, 1, 10, 8, 0, 0, 0, loc)
		a := Agreement{Kind: ProcessorContract, Made: made, InWriting: Present, Terms: AllArt28Terms()}
		if fs := a.Check(r, at); fs != nil {
			t.Errorf("%v: made 09:00, checked 08:00 the same day: %v", r, fs)
		}
		if !a.InForce(r, at) {
			t.Errorf("%v: InForce at 08:00 the day it was made at 09:00 = false", r)
		}
		if fs := a.Check(r, at.AddDate(0, 0, -1)); !fs.Has(CodeAgreementAfterDate) {
			t.Errorf("%v: the day before: %v", r, fs)
		}
	}
}

// TestAgreementCitesByRegime: findings name the instrument in force on the
// date, the EU GDPR for a UK controller in 2020.
func TestAgreementCitesByRegime(t *testing.T) {
	a := Agreement{Kind: ProcessorContract, Made: on(basis.UK, "2019-01-01"), InWriting: Absent, Terms: AllArt28Terms()}
	for _, tt := range []struct {
		r    basis.Regime
		at   string
		want string
	}{
		{basis.UK, "2020-12-31", "GDPR Art. 28(9)"},
		{basis.UK, "2021-01-01", "UK GDPR Art. 28(9)"},
		{basis.EU, "2021-01-01", "GDPR Art. 28(9)"},
	} {
		fs := a.Check(tt.r, on(tt.r, tt.at))
		if len(fs) != 1 || fs[0].Article != tt.want || fs[0].Path != "inWriting" {
			t.Errorf("%v at %s: %v, want %s", tt.r, tt.at, fs, tt.want)
		}
	}
}

func TestTermsMissingNamesEachTerm(t *testing.T) {
	a := Agreement{Kind: ProcessorContract, Made: on(basis.EU, "2020-01-01"), InWriting: Present,
		Terms: AllArt28Terms() &^ TermsOf(Audits, DeleteOrReturn)}
	fs := a.Check(basis.EU, on(basis.EU, "2021-01-01"))
	if len(fs) != 1 || fs[0].Code != CodeTermsMissing || fs[0].Path != "terms" {
		t.Fatalf("Check = %v", fs)
	}
	if fs[0].Message != "the processor contract lacks delete-or-return, audits" || fs[0].Article != "GDPR Art. 28(3)(g); GDPR Art. 28(3)(h)" {
		t.Errorf("got %q (%s)", fs[0].Message, fs[0].Article)
	}
	if got := a.Terms.Missing(); !slices.Equal(got, []Term{DeleteOrReturn, Audits}) {
		t.Errorf("Missing = %v", got)
	}
}

// TestRecipientJSON: lowerCamel member names, zero members left out, Terms
// as a list of codes, and a bad term an input error naming its index.
func TestRecipientJSON(t *testing.T) {
	r := Recipient{Name: "Adestra", Role: Processor, Countries: []Country{"GB"},
		Agreement: Agreement{Kind: ProcessorContract, Made: time.Date(2018, 5, 1, 0, 0, 0, 0, time.UTC), InWriting: Present,
			Terms: TermsOf(Security, Audits)}}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"name":"Adestra","role":"processor","countries":["GB"],"agreement":{"kind":"processor-contract","made":"2018-05-01T00:00:00Z","inWriting":"present","terms":["security","audits"]}}`
	if string(b) != want {
		t.Errorf("Marshal = %s\nwant      %s", b, want)
	}
	var got Recipient
	if err := json.Unmarshal(b, &got); err != nil || !got.Equal(r) {
		t.Errorf("Unmarshal = %+v, %v", got, err)
	}
	if b, _ := json.Marshal(Recipient{}); string(b) != "{}" {
		t.Errorf("zero Recipient = %s, want {}", b)
	}
	b, _ = json.Marshal(Transfer{Countries: []Country{"US"}, Mechanism: DerogationConsent, Consent: Consent{Explicit: Absent}})
	if want := `{"countries":["US"],"mechanism":"derogation-consent","consent":{"explicit":"absent"}}`; string(b) != want {
		t.Errorf("Transfer = %s, want %s", b, want)
	}
	var a Agreement
	err = json.Unmarshal([]byte(`{"terms":["security","audit"]}`), &a)
	var ie *basis.InputError
	if !errors.As(err, &ie) || ie.Code != CodeInvalidValue || ie.Path != "[1]" || ie.Value != "audit" {
		t.Errorf("bad term: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"terms":["audits","audits"]}`), &a); err == nil {
		t.Error("a term listed twice was accepted")
	}
}

func TestTermsText(t *testing.T) {
	tests := []struct {
		in   string
		want Terms
	}{
		{"", 0},
		{"security", TermsOf(Security)},
		{" Audits , documented_instructions", TermsOf(Audits, DocumentedInstructions)},
	}
	for _, tt := range tests {
		got, err := ParseTerms(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseTerms(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"security,", "audit", ",", "security,,audits"} {
		if _, err := ParseTerms(bad); err == nil {
			t.Errorf("ParseTerms(%q) succeeded", bad)
		}
	}
	if _, err := Terms(1).MarshalText(); err == nil {
		t.Error("MarshalText of bit 0 succeeded")
	}
	if s := TermsOf(Security, SubjectMatter).String(); s != "subject-matter,security" {
		t.Errorf("String = %q", s)
	}
	if n := AllArt28Terms().Len(); n != 15 {
		t.Errorf("Art. 28(3) has %d terms here, want 15 (6 matters, (a)-(h), the infringing-instruction duty)", n)
	}
}

func TestRoleRequires(t *testing.T) {
	want := map[Role]AgreementKind{Processor: ProcessorContract, SubProcessor: ProcessorContract,
		JointController: JointArrangement, IndependentController: 0, PublicAuthority: 0, 0: 0, Role(77): 0}
	for r, k := range want {
		if got := r.Requires(); got != k {
			t.Errorf("%v.Requires() = %v, want %v", r, got, k)
		}
	}
}

func TestEnumerations(t *testing.T) {
	// Every value has a code, an article, and round-trips through text.
	for _, m := range AllMechanisms() {
		if m.Article() == "" || m.NoticeText() == "" || !m.Kind().IsValid() {
			t.Errorf("%v lacks an article, notice text or kind", m)
		}
		roundTrip(t, m, ParseMechanism)
	}
	for _, r := range AllRoles() {
		if r.Article() == "" || r.DPV() == "" {
			t.Errorf("%v lacks an article or DPV term", r)
		}
		roundTrip(t, r, ParseRole)
	}
	for _, s := range AllScopes() {
		if s.Article() == "" || !s.Country().IsValid() {
			t.Errorf("%v lacks an article or country", s)
		}
		roundTrip(t, s, ParseScope)
	}
	for _, m := range AllModules() {
		roundTrip(t, m, ParseModule)
	}
	for _, k := range AllAgreementKinds() {
		roundTrip(t, k, ParseAgreementKind)
	}
	for _, k := range AllMechanismKinds() {
		roundTrip(t, k, ParseMechanismKind)
	}
	for _, e := range AllEvidence() {
		if !e.Stated() {
			t.Errorf("%v is not stated", e)
		}
		roundTrip(t, e, ParseEvidence)
	}
	if Evidence(0).Stated() {
		t.Error("the zero Evidence is stated")
	}
	for _, tm := range AllTerms() {
		if tm.Article() == "" {
			t.Errorf("%v lacks an article", tm)
		}
		roundTrip(t, tm, ParseTerm)
	}
	if s := Mechanism(200).String(); s != "recipient.Mechanism(200)" {
		t.Errorf("out of range prints %q", s)
	}
	if _, err := ParseMechanism("eu-scc-2011"); err == nil {
		t.Error("ParseMechanism(eu-scc-2011) succeeded")
	}
	regimes := map[Mechanism]basis.Regime{IDTA: basis.UK, UKAddendum: basis.UK, UKExtension: basis.UK,
		SCC2021: basis.EU, DataPrivacyFramework: basis.EU, SCC2010: 0, BindingCorporateRules: 0}
	for m, r := range regimes {
		if got := m.Regime(); got != r {
			t.Errorf("%v.Regime() = %v, want %v", m, got, r)
		}
	}
}

type textValue interface {
	comparable
	String() string
	MarshalText() ([]byte, error)
}

func roundTrip[T textValue](t *testing.T, v T, parse func(string) (T, error)) {
	t.Helper()
	b, err := v.MarshalText()
	if err != nil {
		t.Fatalf("%v.MarshalText: %v", v, err)
	}
	got, err := parse(string(b))
	if err != nil || got != v {
		t.Errorf("parse(%q) = %v, %v; want %v", b, got, err, v)
	}
}

func TestAgreementInForce(t *testing.T) {
	made := time.Date(2022, 3, 21, 0, 0, 0, 0, time.UTC)
	ends := time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC)
	a := Agreement{Kind: ProcessorContract, Made: made, Ends: ends, InWriting: Present}
	tests := []struct {
		name string
		a    Agreement
		at   time.Time
		want bool
	}{
		{"the day before it was made", a, made.Add(-time.Second), false},
		{"the moment it was made", a, made, true},
		{"later the day it was made", a, made.Add(20 * time.Hour), true},
		{"the last day before it ends", a, ends.Add(-time.Nanosecond), true},
		{"the day it ends", a, ends, false},
		{"late on the day it ends", a, ends.Add(23 * time.Hour), false},
		{"open-ended, years later", Agreement{Kind: DataSharing, Made: made}, made.AddDate(10, 0, 0), true},
		{"no date", Agreement{Kind: ProcessorContract}, made, false},
		{"no kind", Agreement{Made: made}, made, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.InForce(basis.UK, tt.at); got != tt.want {
				t.Errorf("InForce(%v) = %v, want %v", tt.at, got, tt.want)
			}
		})
	}
}

func TestTermsWith(t *testing.T) {
	s := TermsOf(Audits).With(Confidentiality, Audits)
	if !s.Has(Audits) || !s.Has(Confidentiality) || s.Len() != 2 {
		t.Errorf("TermsOf(Audits).With(Confidentiality, Audits) = %v", s)
	}
	if got := AllArt28Terms().Missing(); len(got) != 0 {
		t.Errorf("AllArt28Terms().Missing() = %v, want none", got)
	}
}

// TestEqual: the Equal methods compare times as instants, so cmp.Diff and
// tests can compare records read back in another location.
func TestEqual(t *testing.T) {
	made := time.Date(2018, 5, 1, 9, 0, 0, 0, time.UTC)
	a := Agreement{Kind: ProcessorContract, Made: made, Terms: TermsOf(Audits)}
	b := a
	b.Made = made.In(basis.UK.Location())
	if !a.Equal(b) || !(Recipient{Agreement: a}).Equal(Recipient{Agreement: b}) || !a.Terms.Equal(b.Terms) {
		t.Error("the same instant in another location is not equal")
	}
	if a.IsZero() || !(Agreement{}).IsZero() || !(Agreement{Made: time.Time{}.In(time.UTC)}).IsZero() {
		t.Error("IsZero")
	}
	tr := Transfer{Countries: []Country{"US"}, Concluded: made}
	tr2 := Transfer{Countries: []Country{"US"}, Concluded: made.In(basis.EU.Location())}
	if !tr.Equal(tr2) || tr.Equal(Transfer{Countries: []Country{"CA"}, Concluded: made}) {
		t.Error("Transfer.Equal")
	}
}
