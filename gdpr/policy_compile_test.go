package gdpr

import (
	"testing"

	"github.com/dpmodel/dpmodel/basis"
)

func compileTestRegister() *Register {
	consent := func(children bool, age int) Ground {
		return Ground{Ground: basis.Ground{Basis: basis.Consent,
			Consent: basis.ConsentTerms{Withdrawal: "unsubscribe link", OfferedToChildren: children, ParentalConsentBelow: age}}}
	}
	return &Register{
		Regimes: []basis.Regime{basis.UK},
		Bases:   []Ground{{Ground: basis.Ground{Basis: basis.LegitimateInterests}}},
		Activities: []Activity{
			{ID: "newsletter", Grounds: []Ground{consent(false, 0)},
				Marketing: Marketing{Channels: []MarketingUse{{Channel: ByEmail, Route: MarketingConsent}}}},
			{ID: "membership", Grounds: []Ground{{Ground: basis.Ground{Basis: basis.Contract}}}},
			{ID: "kids-club", Grounds: []Ground{consent(true, 14)}},
			{ID: "analytics"}, // no grounds: the register's general bases
			{ID: "archive", Grounds: []Ground{{Ground: basis.Ground{Basis: basis.LegalObligation}}}},
		},
	}
}

func TestCompile(t *testing.T) {
	reg := compileTestRegister()
	p, err := Compile(reg, ExceptWhileRestricted("archive", StorageOnly))
	if err != nil {
		t.Fatal(err)
	}
	at := ts("2026-05-01T00:00:00Z")
	kid := build(t, born("2012-06-01"), consent("kids-club", "2026-04-01T00:00:00Z"),
		consent("newsletter", "2026-04-01T00:00:00Z"), restriction("2026-04-20T00:00:00Z", ""))
	fan := build(t, consent("newsletter", "2026-04-01T00:00:00Z"),
		objection(ObjectToDirectMarketing, "", "2026-04-10T00:00:00Z"))
	tests := []struct {
		activity string
		l        *Ledger
		want     Decision
	}{
		{"newsletter", NewLedger("x"), denied(ReasonNoConsent)},
		{"newsletter", fan, denied(ReasonDirectMarketingObjection)},
		{"membership", fan, allowed(ReasonLawfulBasis)},
		// 13 in the UK, but the controller asks a parent below 14.
		{"kids-club", kid, denied(ReasonRestricted)},
		{"archive", kid, allowed(ReasonRestrictionException)},
		{"analytics", fan, allowed(ReasonLawfulBasis)},
		{"analytics", build(t, objection(ObjectToAll, "", "2026-04-10T00:00:00Z")), denied(ReasonObjection)},
	}
	for _, tc := range tests {
		if got := p.Decide(tc.activity, tc.l, at); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.activity, got, tc.want)
		}
	}
	kid2 := build(t, born("2012-06-01"), consent("kids-club", "2026-04-01T00:00:00Z"))
	if got := p.Decide("kids-club", kid2, at); got != denied(ReasonParentalConsentMissing) {
		t.Errorf("kids-club: %v", got)
	}
	// The policy does not change with the register.
	reg.Activities[1].Grounds[0].Basis = basis.Consent
	if got := p.Decide("membership", fan, at); got != allowed(ReasonLawfulBasis) {
		t.Errorf("policy followed the register: %v", got)
	}
	// No basis anywhere: nothing is allowed.
	reg = compileTestRegister()
	reg.Bases = nil
	p, err = Compile(reg)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Decide("analytics", fan, at); got != denied(ReasonNoBasis) {
		t.Errorf("no basis: %v", got)
	}
	if e := p.Explain("analytics", fan, at); e.Decision != denied(ReasonNoBasis) {
		t.Errorf("no basis explained: %v", e)
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Register)
		opts []PolicyOption
		code basis.Code
		path string
	}{
		{"two regimes", func(r *Register) { r.Regimes = []basis.Regime{basis.UK, basis.EU} }, nil, CodePolicyRegime, "regimes"},
		{"no regime", func(r *Register) { r.Regimes = nil }, nil, CodePolicyRegime, "regimes"},
		{"bad basis", func(r *Register) { r.Activities[1].Grounds[0].Basis = 0 }, nil, CodePolicyBasis, "activities[1].grounds[0].basis"},
		{"bad general basis", func(r *Register) { r.Bases[0].Basis = 77 }, nil, CodePolicyBasis, "bases[0].basis"},
		{"EU recognised interest", func(r *Register) {
			r.Activities[1].Grounds[0].Basis = basis.RecognisedLegitimateInterest
		}, []PolicyOption{UnderRegime(basis.EU)}, CodePolicyBasis, "activities[1].grounds[0].basis"},
		{"repeated id", func(r *Register) { r.Activities[1].ID = "newsletter" }, nil, CodePolicyIDRepeated, "activities[1].id"},
		{"bad country", func(*Register) {}, []PolicyOption{UnderRegime(basis.EU), InCountry("XX")}, CodePolicyCountry, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reg := compileTestRegister()
			tc.edit(reg)
			p, err := Compile(reg, tc.opts...)
			ie, ok := err.(*basis.InputError)
			if p != nil || !ok {
				t.Fatalf("Compile = %v, %v", p, err)
			}
			if ie.Code != tc.code || ie.Path != tc.path {
				t.Errorf("%v: code %s path %q; want %s %q", err, ie.Code, ie.Path, tc.code, tc.path)
			}
		})
	}
	if p, err := Compile(nil, UnderRegime(basis.UK)); err != nil || p == nil {
		t.Errorf("nil register: %v, %v", p, err)
	}
}
