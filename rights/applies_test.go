package rights

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// TestAppliesTable checks Applies against the table of rights by lawful
// basis in the reference, §5.1 (the ICO's table: consent ✓✓✗ + withdraw;
// contract ✓✓✗; legal obligation ✗✗✗; vital interests ✓✗✗; public task
// ✗✗✓; legitimate interests ✓✗✓; UK (ea) ✓✗✓).
func TestAppliesTable(t *testing.T) {
	type row struct{ erasure, portability, object, withdraw bool }
	table := map[basis.Basis]row{
		basis.Consent:                      {true, true, false, true},
		basis.Contract:                     {true, true, false, false},
		basis.LegalObligation:              {false, false, false, false},
		basis.VitalInterests:               {true, false, false, false},
		basis.PublicTask:                   {false, false, true, false},
		basis.RecognisedLegitimateInterest: {true, false, true, false},
		basis.LegitimateInterests:          {true, false, true, false},
	}
	for _, b := range basis.AllBases() {
		want, ok := table[b]
		if !ok {
			t.Fatalf("basis %v missing from the test table", b)
		}
		t.Run(b.String(), func(t *testing.T) {
			for _, c := range []struct {
				r    Right
				want bool
			}{
				{Erasure, want.erasure}, {Portability, want.portability},
				{Object, want.object}, {WithdrawConsent, want.withdraw},
				// Not in the table: they do not depend on the basis.
				{Informed, true}, {Access, true}, {Rectification, true}, {Restriction, true},
				{AutomatedDecisions, true}, {ComplainToAuthority, true},
			} {
				if got := Applies(c.r, b); got != c.want {
					t.Errorf("Applies(%v, %v) = %v, want %v", c.r, b, got, c.want)
				}
			}
		})
	}
}

func TestAppliesInvalid(t *testing.T) {
	tests := []struct {
		name string
		r    Right
		b    basis.Basis
	}{
		{"zero-right", 0, basis.Consent},
		{"zero-basis", Access, 0},
		{"bad-right", Right(99), basis.Consent},
		{"bad-basis", Erasure, basis.Basis(99)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if Applies(tt.r, tt.b) {
				t.Errorf("Applies(%v, %v) = true", tt.r, tt.b)
			}
		})
	}
}

func reasonCodes(v Verdict) []Code {
	out := make([]Code, len(v.Reasons))
	for i, r := range v.Reasons {
		out[i] = r.Code
	}
	return out
}

func TestAssess(t *testing.T) {
	london := mustLondon(t)
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, london)     // after the DUAA commencement
	before := time.Date(2025, 3, 3, 10, 0, 0, 0, london) // before it
	tests := []struct {
		name     string
		r        Right
		s        Situation
		applies  bool
		absolute bool
		codes    []Code
		articles []string
	}{
		// Art. 20(1): consent or contract AND automated means, data provided.
		{"portability-contract-automated", Portability,
			Situation{Regime: basis.UK, At: at, Basis: basis.Contract, AutomatedMeans: true, ProvidedBySubject: true},
			true, false, []Code{ReasonPortabilityBasis}, []string{"Art. 20(1)(a)"}},
		{"portability-paper-records", Portability,
			Situation{Regime: basis.UK, At: at, Basis: basis.Consent, ProvidedBySubject: true},
			false, false, []Code{ReasonPortabilityBasis, ReasonPortabilityAutomated}, []string{"Art. 20(1)(a)", "Art. 20(1)(b)"}},
		{"portability-public-task", Portability,
			Situation{Regime: basis.EU, At: at, Basis: basis.PublicTask, AutomatedMeans: true, ProvidedBySubject: true},
			false, false, []Code{ReasonPortabilityPublic}, []string{"Art. 20(3)"}},
		{"portability-legitimate-interests-not-provided", Portability,
			Situation{Regime: basis.UK, At: at, Basis: basis.LegitimateInterests, AutomatedMeans: true},
			false, false, []Code{ReasonPortabilityBasis, ReasonPortabilityProvided}, []string{"Art. 20(1)(a)", "Art. 20(1)"}},

		// Art. 21(2)-(3): objection to direct marketing is absolute, whatever the basis.
		// SOE: "you have the right at any point to object to marketing communications".
		{"object-marketing-on-consent", Object,
			Situation{Regime: basis.UK, At: at, Basis: basis.Consent, DirectMarketing: true},
			true, true, []Code{ReasonObjectMarketing}, []string{"Art. 21(2)-(3)"}},
		{"object-marketing-on-legitimate-interests", Object,
			Situation{Regime: basis.UK, At: at, Basis: basis.LegitimateInterests, DirectMarketing: true},
			true, true, []Code{ReasonObjectMarketing, ReasonObjectSituation}, []string{"Art. 21(2)-(3)", "Art. 21(1)"}},
		{"object-legitimate-interests", Object,
			Situation{Regime: basis.EU, At: at, Basis: basis.LegitimateInterests},
			true, false, []Code{ReasonObjectSituation}, []string{"Art. 21(1)"}},
		{"object-public-task", Object,
			Situation{Regime: basis.UK, At: before, Basis: basis.PublicTask},
			true, false, []Code{ReasonObjectSituation}, []string{"Art. 21(1)"}},
		{"object-recognised-legitimate-interest-uk-2026", Object,
			Situation{Regime: basis.UK, At: at, Basis: basis.RecognisedLegitimateInterest},
			true, false, []Code{ReasonObjectSituation}, []string{"Art. 21(1)"}},
		{"object-recognised-legitimate-interest-uk-2025", Object,
			Situation{Regime: basis.UK, At: before, Basis: basis.RecognisedLegitimateInterest},
			false, false, []Code{ReasonBasisUnavailable}, []string{"Art. 6(1)(ea)"}},
		{"object-recognised-legitimate-interest-eu", Object,
			Situation{Regime: basis.EU, At: at, Basis: basis.RecognisedLegitimateInterest},
			false, false, []Code{ReasonBasisUnavailable}, []string{"Art. 6(1)(ea)"}},
		{"object-consent-withdraw-instead", Object,
			Situation{Regime: basis.UK, At: at, Basis: basis.Consent},
			false, false, []Code{ReasonWithdrawInstead}, []string{"Art. 7(3)"}},
		{"object-contract", Object,
			Situation{Regime: basis.UK, At: at, Basis: basis.Contract},
			false, false, []Code{ReasonObjectBasis}, []string{"Art. 21(1)"}},
		{"object-research-on-contract", Object,
			Situation{Regime: basis.UK, At: at, Basis: basis.Contract, Research: true},
			true, false, []Code{ReasonObjectBasis, ReasonObjectResearch}, []string{"Art. 21(1)", "Art. 21(6)"}},

		// Art. 17: the 17(3)(b) exception for legal obligation and public task.
		{"erasure-legal-obligation", Erasure,
			Situation{Regime: basis.UK, At: at, Basis: basis.LegalObligation},
			false, false, []Code{ReasonErasureException}, []string{"Art. 17(3)(b)"}},
		{"erasure-public-task-no-repeat", Erasure,
			Situation{Regime: basis.EU, At: at, Basis: basis.PublicTask, Exceptions: []ErasureException{LegalObligationOrPublicTask}},
			false, false, []Code{ReasonErasureException}, []string{"Art. 17(3)(b)"}},
		{"erasure-consent", Erasure,
			Situation{Regime: basis.UK, At: at, Basis: basis.Consent},
			true, false, []Code{ReasonErasureGround}, []string{"Art. 17(1)(b)"}},
		{"erasure-contract-legal-claims", Erasure,
			Situation{Regime: basis.UK, At: at, Basis: basis.Contract, Exceptions: []ErasureException{LegalClaims}},
			false, false, []Code{ReasonErasureException}, []string{"Art. 17(3)(e)"}},
		{"erasure-marketing-objection", Erasure,
			Situation{Regime: basis.UK, At: at, Basis: basis.LegitimateInterests, DirectMarketing: true},
			true, false, []Code{ReasonErasureGround, ReasonErasureAfterObject}, []string{"Art. 17(1)(c)"}},

		// Art. 22: solely automated AND legal or similarly significant effect.
		// NET: "Part of the assessment is completed entirely online, and the other
		// part is completed using human intervention" — the online pass/fail part.
		{"automated-net-pass-fail-2025", AutomatedDecisions,
			Situation{Regime: basis.UK, At: before, Basis: basis.Contract, SolelyAutomated: true, SignificantEffect: true},
			true, false, []Code{ReasonArt22}, []string{"Art. 22(1)"}},
		{"automated-net-pass-fail-2026", AutomatedDecisions,
			Situation{Regime: basis.UK, At: at, Basis: basis.Contract, SolelyAutomated: true, SignificantEffect: true},
			true, false, []Code{ReasonArt22C}, []string{"Art. 22C"}},
		{"automated-decided-2025-asked-2026", AutomatedDecisions,
			Situation{Regime: basis.UK, At: at, DecisionAt: before, Basis: basis.Contract, SolelyAutomated: true, SignificantEffect: true},
			true, false, []Code{ReasonArt22}, []string{"Art. 22(1)"}},
		{"automated-eu", AutomatedDecisions,
			Situation{Regime: basis.EU, At: at, Basis: basis.Consent, SolelyAutomated: true, SignificantEffect: true},
			true, false, []Code{ReasonArt22}, []string{"Art. 22(1)"}},
		{"automated-rli-prohibited", AutomatedDecisions,
			Situation{Regime: basis.UK, At: at, Basis: basis.RecognisedLegitimateInterest, SolelyAutomated: true, SignificantEffect: true},
			true, false, []Code{ReasonArt22BProhibited, ReasonArt22C}, []string{"Art. 22B(4)", "Art. 22C"}},
		// Special category data: UK Art. 22B(2)-(3) (explicit consent, or a
		// contract or law with Art. 9(2)(g)) for decisions from 2026-02-05;
		// Art. 22(4) (Art. 9(2)(a) or (g)) before and in the EU.
		{"automated-special-uk-none", AutomatedDecisions,
			Situation{Regime: basis.UK, At: at, Basis: basis.Contract, SolelyAutomated: true, SignificantEffect: true, SpecialCategoryData: true},
			true, false, []Code{ReasonSpecialCategoryADM, ReasonArt22C}, []string{"Art. 22B(1)-(3)", "Art. 22C"}},
		{"automated-special-uk-explicit-consent", AutomatedDecisions,
			Situation{Regime: basis.UK, At: at, Basis: basis.Contract, SolelyAutomated: true, SignificantEffect: true, SpecialCategoryData: true, ExplicitConsent: true},
			true, false, []Code{ReasonArt22C}, []string{"Art. 22C"}},
		{"automated-special-uk-public-task-9-2-g", AutomatedDecisions,
			Situation{Regime: basis.UK, At: at, Basis: basis.PublicTask, SolelyAutomated: true, SignificantEffect: true, SpecialCategoryData: true, SubstantialPublicInterest: true},
			true, false, []Code{ReasonArt22C}, []string{"Art. 22C"}},
		{"automated-special-uk-legitimate-interests-9-2-g", AutomatedDecisions,
			Situation{Regime: basis.UK, At: at, Basis: basis.LegitimateInterests, SolelyAutomated: true, SignificantEffect: true, SpecialCategoryData: true, SubstantialPublicInterest: true},
			true, false, []Code{ReasonSpecialCategoryADM, ReasonArt22C}, []string{"Art. 22B(1)-(3)", "Art. 22C"}},
		{"automated-special-eu-none", AutomatedDecisions,
			Situation{Regime: basis.EU, At: at, Basis: basis.Contract, SolelyAutomated: true, SignificantEffect: true, SpecialCategoryData: true},
			true, false, []Code{ReasonArt22, ReasonSpecialCategoryADM}, []string{"Art. 22(1)", "Art. 22(4)"}},
		{"automated-special-eu-9-2-g", AutomatedDecisions,
			Situation{Regime: basis.EU, At: at, Basis: basis.Contract, SolelyAutomated: true, SignificantEffect: true, SpecialCategoryData: true, SubstantialPublicInterest: true},
			true, false, []Code{ReasonArt22}, []string{"Art. 22(1)"}},
		{"automated-special-uk-2025", AutomatedDecisions,
			Situation{Regime: basis.UK, At: before, Basis: basis.Contract, SolelyAutomated: true, SignificantEffect: true, SpecialCategoryData: true},
			true, false, []Code{ReasonArt22, ReasonSpecialCategoryADM}, []string{"Art. 22(1)", "Art. 22(4)"}},
		// SOE: "SOE does not use solely automated profiling to make marketing
		// decisions, a human is always involved in the process."
		{"automated-soe-human-involved", AutomatedDecisions,
			Situation{Regime: basis.UK, At: at, Basis: basis.LegitimateInterests, SignificantEffect: false},
			false, false, []Code{ReasonNotSolelyAutomated, ReasonNoSignificantEffect}, []string{"Art. 22(1)"}},
		{"automated-no-effect", AutomatedDecisions,
			Situation{Regime: basis.EU, At: at, Basis: basis.Contract, SolelyAutomated: true},
			false, false, []Code{ReasonNoSignificantEffect}, []string{"Art. 22(1)"}},

		{"withdraw-consent", WithdrawConsent,
			Situation{Regime: basis.UK, At: at, Basis: basis.Consent},
			true, true, []Code{ReasonWithdrawBasis}, []string{"Art. 7(3)"}},
		{"withdraw-contract", WithdrawConsent,
			Situation{Regime: basis.UK, At: at, Basis: basis.Contract},
			false, false, []Code{ReasonWithdrawBasis}, []string{"Art. 6(1)(b)"}},
		{"access-always", Access,
			Situation{Regime: basis.EU, At: at, Basis: basis.VitalInterests},
			true, false, []Code{ReasonAlways}, []string{"Art. 15"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Assess(tt.r, tt.s)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			if v.Right != tt.r || v.Applies != tt.applies || v.Absolute != tt.absolute {
				t.Errorf("verdict right %v applies %v absolute %v, want %v %v %v", v.Right, v.Applies, v.Absolute, tt.r, tt.applies, tt.absolute)
			}
			if got := reasonCodes(v); !slices.Equal(got, tt.codes) {
				t.Errorf("codes = %v, want %v", got, tt.codes)
			}
			// Every GDPR article is cited by the regime on the date
			// ("UK GDPR Art. 21(1)", "GDPR Art. 21(1)").
			want := make([]string, len(tt.articles))
			for i, a := range tt.articles {
				want[i] = cite(tt.s.Regime, a, tt.s.At)
			}
			if got := v.Articles(); !slices.Equal(got, want) {
				t.Errorf("articles = %v, want %v", got, want)
			}
			for _, f := range v.Reasons {
				if f.Regime != tt.s.Regime || !f.Severity.IsValid() || f.Code == "" {
					t.Errorf("finding %+v: want the situation's regime, a severity and a code", f)
				}
			}
		})
	}
}

// TestAssessAgreesWithApplies checks that, with every fact that grants a
// right set and none that takes it away, Assess agrees with the plain table.
func TestAssessAgreesWithApplies(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, mustLondon(t))
	for _, r := range AllRights() {
		for _, b := range basis.AllBases() {
			s := Situation{Regime: basis.UK, At: at, Basis: b, AutomatedMeans: true, ProvidedBySubject: true,
				SolelyAutomated: true, SignificantEffect: true}
			v, err := Assess(r, s)
			if err != nil {
				t.Fatalf("Assess(%v, %v): %v", r, b, err)
			}
			if v.Applies != Applies(r, b) {
				t.Errorf("Assess(%v, %v).Applies = %v, Applies = %v", r, b, v.Applies, Applies(r, b))
			}
		}
	}
}

func TestAssessErrors(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		r     Right
		s     Situation
		field string
	}{
		{"no-right", 0, Situation{Regime: basis.UK, At: at, Basis: basis.Consent}, "right"},
		{"no-regime", Access, Situation{At: at, Basis: basis.Consent}, "regime"},
		{"no-basis", Access, Situation{Regime: basis.UK, At: at}, "basis"},
		{"zero-time", Access, Situation{Regime: basis.UK, Basis: basis.Consent}, "at"},
		{"before-gdpr", Access, Situation{Regime: basis.EU, At: time.Date(2018, 5, 24, 12, 0, 0, 0, time.UTC), Basis: basis.Consent}, "at"},
		{"bad-exception", Erasure, Situation{Regime: basis.UK, At: at, Basis: basis.Consent, Exceptions: []ErasureException{LegalClaims, 0}}, "exceptions[1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Assess(tt.r, tt.s)
			var se *basis.InputError
			if !errors.As(err, &se) {
				t.Fatalf("Assess error = %v, want *basis.InputError", err)
			}
			if se.Path != tt.field {
				t.Errorf("Path = %q, want %q (%v)", se.Path, tt.field, err)
			}
		})
	}
}

func TestErasureExceptionCodes(t *testing.T) {
	want := []struct {
		code, article string
	}{
		{"freedom-of-expression", "Art. 17(3)(a)"},
		{"legal-obligation-or-public-task", "Art. 17(3)(b)"},
		{"public-health", "Art. 17(3)(c)"},
		{"archiving-or-research", "Art. 17(3)(d)"},
		{"legal-claims", "Art. 17(3)(e)"},
	}
	all := AllErasureExceptions()
	if len(all) != len(want) {
		t.Fatalf("%d exceptions, want %d", len(all), len(want))
	}
	for i, e := range all {
		if e.String() != want[i].code || e.Article() != want[i].article {
			t.Errorf("exception %d = %q %q, want %q %q", i, e, e.Article(), want[i].code, want[i].article)
		}
		if got := MustParseErasureException(want[i].code); got != e {
			t.Errorf("parse %q = %v", want[i].code, got)
		}
	}
}

func mustLondon(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
