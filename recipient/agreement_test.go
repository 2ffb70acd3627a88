package recipient

import (
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

func TestRecipientCheck(t *testing.T) {
	at := on(basis.UK, "2026-11-23")
	full := Agreement{Kind: ProcessorContract, Made: on(basis.UK, "2024-01-10"), InWriting: true, Terms: AllArt28Terms()}
	tests := []struct {
		name string
		r    Recipient
		want []Code
	}{
		{"complete processor", Recipient{Name: "Adestra", Role: Processor, Agreement: full}, nil},
		{"independent controller needs no agreement", Recipient{Category: "Employers", Role: IndependentController}, nil},
		{"public authority needs no agreement", Recipient{Name: "DVSA", Role: PublicAuthority}, nil},
		{"joint controller with essence", Recipient{Name: "Engineering Council", Role: JointController,
			Agreement: Agreement{Kind: JointArrangement, Made: on(basis.UK, "2018-05-01"), EssenceAvailable: true}}, nil},
		{"unnamed, no role", Recipient{}, []Code{CodeRecipientUnnamed, CodeRoleMissing}},
		{"bad role", Recipient{Name: "x", Role: Role(9)}, []Code{CodeInvalidValue}},
		{"bad country", Recipient{Name: "x", Role: IndependentController, Countries: []Country{"GB", "UK"}}, []Code{CodeUnknownCountry}},
		{"processor without contract", Recipient{Name: "x", Role: Processor}, []Code{CodeAgreementMissing}},
		{"sub-processor without contract", Recipient{Name: "x", Role: SubProcessor}, []Code{CodeAgreementMissing}},
		{"joint controller without arrangement", Recipient{Name: "x", Role: JointController}, []Code{CodeAgreementMissing}},
		{"processor with a sharing agreement", Recipient{Name: "x", Role: Processor,
			Agreement: Agreement{Kind: DataSharing, Made: on(basis.UK, "2020-01-01")}}, []Code{CodeAgreementKindMismatch}},
		{"contract missing terms, not in writing", Recipient{Name: "x", Role: Processor,
			Agreement: Agreement{Kind: ProcessorContract, Made: on(basis.UK, "2020-01-01"), Terms: TermsOf(SubjectMatter, Security)}},
			[]Code{CodeNotInWriting, CodeTermsMissing}},
		{"contract undated", Recipient{Name: "x", Role: Processor, Agreement: Agreement{Kind: ProcessorContract, InWriting: true, Terms: AllArt28Terms()}},
			[]Code{CodeAgreementUndated}},
		{"contract made later", Recipient{Name: "x", Role: Processor,
			Agreement: Agreement{Kind: ProcessorContract, Made: on(basis.UK, "2026-11-24"), InWriting: true, Terms: AllArt28Terms()}},
			[]Code{CodeAgreementAfterDate}},
		{"contract ended", Recipient{Name: "x", Role: Processor,
			Agreement: Agreement{Kind: ProcessorContract, Made: on(basis.UK, "2020-01-01"), Ends: on(basis.UK, "2026-11-23").Add(-12 * 3600e9), InWriting: true, Terms: AllArt28Terms()}},
			[]Code{CodeAgreementEnded}},
		{"arrangement essence not available", Recipient{Name: "x", Role: JointController,
			Agreement: Agreement{Kind: JointArrangement, Made: on(basis.UK, "2020-01-01")}}, []Code{CodeEssenceNotAvailable}},
		{"bad agreement kind", Recipient{Name: "x", Role: IndependentController, Agreement: Agreement{Kind: AgreementKind(7)}},
			[]Code{CodeInvalidValue}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := tt.r.Check(at)
			if got := es.Codes(); !slices.Equal(got, tt.want) {
				t.Errorf("Check = %v (%v), want %v", got, es.Err(), tt.want)
			}
			if (es.Err() == nil) != (len(tt.want) == 0) {
				t.Errorf("Err() = %v", es.Err())
			}
		})
	}
	if es := (Recipient{Name: "x", Role: Processor}).Check(time0); !es.Has(CodeDateMissing) {
		t.Errorf("Check(zero time) = %v, want %s", es, CodeDateMissing)
	}
}

func TestTermsMissingNamesEachTerm(t *testing.T) {
	a := Agreement{Kind: ProcessorContract, Made: on(basis.EU, "2020-01-01"), InWriting: true,
		Terms: AllArt28Terms() &^ TermsOf(Audits, DeleteOrReturn)}
	es := a.Check(on(basis.EU, "2021-01-01"))
	if len(es) != 1 || es[0].Code != CodeTermsMissing {
		t.Fatalf("Check = %v", es)
	}
	if es[0].Message != "the processor contract lacks delete-or-return, audits" || es[0].Article != "Art. 28(3)(g); Art. 28(3)(h)" {
		t.Errorf("got %q (%s)", es[0].Message, es[0].Article)
	}
	if got := a.Terms.Missing(); !slices.Equal(got, []Term{DeleteOrReturn, Audits}) {
		t.Errorf("Missing = %v", got)
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
	a := Agreement{Kind: ProcessorContract, Made: made, Ends: ends, InWriting: true}
	tests := []struct {
		name string
		a    Agreement
		at   time.Time
		want bool
	}{
		{"before it was made", a, made.Add(-time.Second), false},
		{"the moment it was made", a, made, true},
		{"the last moment before it ends", a, ends.Add(-time.Nanosecond), true},
		{"when it ends", a, ends, false},
		{"open-ended, years later", Agreement{Kind: DataSharing, Made: made}, made.AddDate(10, 0, 0), true},
		{"no date", Agreement{Kind: ProcessorContract}, made, false},
		{"no kind", Agreement{Made: made}, made, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.InForce(tt.at); got != tt.want {
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
