package basis

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// goodLIA is a complete, passed assessment dated 2025-11-03.
var goodLIA = LIA{
	Purpose:   LIATest{Reasoning: "keeping members informed about events is a legitimate interest", Passed: true},
	Necessity: LIATest{Reasoning: "members expect it; no less intrusive way", Passed: true},
	Balancing: LIATest{Reasoning: "low impact, easy opt-out", Passed: true},
	Date:      midnight("2025-11-03", civil.London()),
}

func TestGroundCheckOK(t *testing.T) {
	tests := []struct {
		name string
		g    Ground
		r    Regime
		at   time.Time
		opts []CheckOption
	}{
		// NET: "necessary for our legitimate interest of managing and
		// improving our organisation."
		{"legitimate interests with assessment", Ground{Basis: LegitimateInterests,
			Interest: "managing and improving our organisation", LIA: goodLIA}, UK, ukNow, nil},
		{"assessment on the date judged", Ground{Basis: LegitimateInterests, Interest: "x", LIA: goodLIA},
			UK, lastSecond("2025-11-03", civil.London()), nil},
		// NET: "necessary to perform the contract between us"
		{"contract needs nothing more", Ground{Basis: Contract}, UK, ukNow, nil},
		{"vital interests", Ground{Basis: VitalInterests}, EU, euNow, nil},
		// NET: "necessary to comply with our legal obligation"
		{"legal obligation with law", Ground{Basis: LegalObligation, Law: "Companies Act 2006"}, UK, ukNow, nil},
		{"public task with function", Ground{Basis: PublicTask, Law: "Education Act 1996 s.13"}, UK, ukNow,
			[]CheckOption{AsPublicAuthority()}},
		// WIG: "You are able to remove your consent at any time. You can do
		// this by contacting [email protected]"
		{"consent with withdrawal", Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "email [email protected]"}},
			UK, ukNow, nil},
		// IET: "Where any IET products and services are offered to children
		// aged 16 and under, we shall obtain consent from a parent or
		// guardian" — parental consent below 17, above the UK's 13.
		{"consent offered to children, UK", Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "account settings",
			OfferedToChildren: true, ParentalConsentBelow: 17}}, UK, ukNow, nil},
		{"UK exactly 13", Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x",
			OfferedToChildren: true, ParentalConsentBelow: 13}}, UK, ukNow, nil},
		{"EU Germany 16", Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x",
			OfferedToChildren: true, ParentalConsentBelow: 16}}, EU, euNow, []CheckOption{ForCountry("DE")}},
		// Art. 8(1): "Where the child is below the age of 16 years, such
		// processing shall be lawful only if ... authorised by the holder
		// of parental responsibility"; no Member State named, so 16.
		{"EU no country: the Regulation's 16", Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x",
			OfferedToChildren: true, ParentalConsentBelow: 16}}, EU, euNow, nil},
		// Belgium set 13 (reference §3).
		{"EU Belgium 13", Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x",
			OfferedToChildren: true, ParentalConsentBelow: 13}}, EU, euNow, []CheckOption{ForCountry(" be ")}},
		// Norway 13 from the day the GDPR applied in the EEA EFTA states,
		// 2018-07-20 (EEA Joint Committee Decision No 154/2018).
		{"Norway on 2018-07-20", Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x",
			OfferedToChildren: true, ParentalConsentBelow: 13}}, EU, midnight("2018-07-20", civil.Brussels()),
			[]CheckOption{ForCountry("NO")}},
		{"age not read when not offered to children", Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x",
			ParentalConsentBelow: 5}}, EU, euNow, nil},
		{"Denmark 13 before 2024", Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x",
			OfferedToChildren: true, ParentalConsentBelow: 13}}, EU, lastSecond("2023-12-31", civil.Brussels()),
			[]CheckOption{ForCountry("dk")}},
		{"recognised legitimate interest from 2026-02-05", Ground{Basis: RecognisedLegitimateInterest,
			Recognised: Safeguarding}, UK, ukAfter, nil},
		{"nil option ignored", Ground{Basis: Contract}, UK, ukNow, []CheckOption{nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ps := tt.g.Check(tt.r, tt.at, tt.opts...); ps != nil {
				t.Errorf("problems: %v", ps)
			}
		})
	}
}

func TestGroundCheckProblems(t *testing.T) {
	li := func(l LIA) Ground { return Ground{Basis: LegitimateInterests, Interest: "x", LIA: l} }
	withTest := func(f func(*LIA)) LIA { l := goodLIA; f(&l); return l }
	consent := func(below int) Ground {
		return Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x", OfferedToChildren: true, ParentalConsentBelow: below}}
	}
	tests := []struct {
		name  string
		g     Ground
		r     Regime
		at    time.Time
		opts  []CheckOption
		want  []Code
		field string
	}{
		{"bad regime", Ground{Basis: Consent}, 0, ukNow, nil, []Code{CodeRegimeInvalid}, "Regime"},
		{"before GDPR", Ground{Basis: Contract}, UK, preGDPRUK, nil, []Code{CodeBeforeGDPR}, ""},
		{"no basis", Ground{}, UK, ukNow, nil, []Code{CodeBasisMissing}, "Basis"},
		{"bad basis", Ground{Basis: Basis(17)}, UK, ukNow, nil, []Code{CodeBasisInvalid}, "Basis"},
		{"(ea) the day before DUAA", Ground{Basis: RecognisedLegitimateInterest, Recognised: Crime}, UK, ukBefore, nil,
			[]Code{CodeBasisNotAvailable}, "Basis"},
		{"(ea) under the EU", Ground{Basis: RecognisedLegitimateInterest, Recognised: Crime}, EU, euNow, nil,
			[]Code{CodeBasisNotAvailable}, "Basis"},
		{"(ea) without Annex 1 condition", Ground{Basis: RecognisedLegitimateInterest}, UK, ukAfter, nil,
			[]Code{CodeRecognisedInterestMissing}, "Recognised"},
		{"(ea) bad Annex 1 condition", Ground{Basis: RecognisedLegitimateInterest, Recognised: RecognisedInterest(9)},
			UK, ukAfter, nil, []Code{CodeRecognisedInterestInvalid}, "Recognised"},
		{"(ea) public authority", Ground{Basis: RecognisedLegitimateInterest, Recognised: Crime}, UK, ukAfter,
			[]CheckOption{AsPublicAuthority()}, []Code{CodeBarredForPublicAuthority}, "Basis"},
		{"(f) public authority EU", li(goodLIA), EU, euNow, []CheckOption{AsPublicAuthority()},
			[]Code{CodeBarredForPublicAuthority}, "Basis"},
		{"(f) nothing", Ground{Basis: LegitimateInterests}, UK, ukNow, nil,
			[]Code{CodeInterestMissing, CodeLIAMissing}, "Interest"},
		{"(f) no balancing test", li(withTest(func(l *LIA) { l.Balancing = LIATest{} })), UK, ukNow, nil,
			[]Code{CodeLIATestMissing}, "LIA.Balancing"},
		{"(f) necessity failed", li(withTest(func(l *LIA) { l.Necessity.Passed = false })), UK, ukNow, nil,
			[]Code{CodeLIATestFailed}, "LIA.Necessity"},
		{"(f) purpose missing and balancing failed", li(withTest(func(l *LIA) {
			l.Purpose = LIATest{}
			l.Balancing.Passed = false
		})), EU, euNow, nil, []Code{CodeLIATestMissing, CodeLIATestFailed}, "LIA.Purpose"},
		{"(f) undated", li(withTest(func(l *LIA) { l.Date = time.Time{} })), UK, ukNow, nil,
			[]Code{CodeLIAUndated}, "LIA.Date"},
		{"(f) dated after the date judged", li(goodLIA), UK, lastSecond("2025-11-02", civil.London()), nil,
			[]Code{CodeLIAAfterDate}, "LIA.Date"},
		{"legal obligation without law", Ground{Basis: LegalObligation}, UK, ukNow, nil, []Code{CodeLawMissing}, "Law"},
		{"public task without law", Ground{Basis: PublicTask}, EU, euNow, nil, []Code{CodeLawMissing}, "Law"},
		{"consent without withdrawal", Ground{Basis: Consent}, UK, ukNow, nil,
			[]Code{CodeConsentWithdrawalMissing}, "Consent.Withdrawal"},
		{"children without age", consent(0), UK, ukNow, nil, []Code{CodeParentalAgeMissing}, "Consent.ParentalConsentBelow"},
		{"UK 12 is below 13", consent(12), UK, ukNow, nil, []Code{CodeParentalAgeTooLow}, "Consent.ParentalConsentBelow"},
		{"negative age", consent(-1), UK, ukNow, nil, []Code{CodeParentalAgeTooLow}, "Consent.ParentalConsentBelow"},
		{"EU without a country: 16", consent(13), EU, euNow, nil, []Code{CodeParentalAgeTooLow}, "Consent.ParentalConsentBelow"},
		{"EU Belgium 12 is below 13", consent(12), EU, euNow, []CheckOption{ForCountry("BE")},
			[]Code{CodeParentalAgeTooLow}, "Consent.ParentalConsentBelow"},
		{"Norway before the GDPR applied there", consent(13), EU, lastSecond("2018-07-19", civil.Brussels()),
			[]CheckOption{ForCountry("NO")}, []Code{CodeBeforeGDPR}, "Country"},
		{"Liechtenstein before the GDPR applied there", consent(16), EU, midnight("2018-05-25", civil.Brussels()),
			[]CheckOption{ForCountry("LI")}, []Code{CodeBeforeGDPR}, "Country"},
		{"Ireland 16", consent(15), EU, euNow, []CheckOption{ForCountry("IE")},
			[]Code{CodeParentalAgeTooLow}, "Consent.ParentalConsentBelow"},
		{"Denmark 15 from 2024-01-01", consent(13), EU, midnight("2024-01-01", civil.Brussels()),
			[]CheckOption{ForCountry("DK")}, []Code{CodeParentalAgeTooLow}, "Consent.ParentalConsentBelow"},
		{"unknown country", consent(13), EU, euNow, []CheckOption{ForCountry("US")}, []Code{CodeCountryUnknown}, "Country"},
		{"GB is not an EU country", consent(13), EU, euNow, []CheckOption{ForCountry("GB")}, []Code{CodeCountryUnknown}, "Country"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProblems(t, tt.g.Check(tt.r, tt.at, tt.opts...), tt.want, tt.field)
		})
	}
}

// TestGroundArticles: the articles cite the regime's own instrument.
func TestGroundArticles(t *testing.T) {
	uk := Ground{Basis: LegitimateInterests}.Check(UK, ukNow)
	eu := Ground{Basis: LegitimateInterests}.Check(EU, euNow)
	if uk[0].Article != "UK GDPR Art. 6(1)(f); Art. 13(1)(d)" || eu[0].Article != "GDPR Art. 6(1)(f); Art. 13(1)(d)" {
		t.Errorf("articles: %q, %q", uk[0].Article, eu[0].Article)
	}
	pt := Ground{Basis: PublicTask}.Check(UK, ukNow)
	if pt[0].Article != "UK GDPR Art. 6(3); DPA 2018 s.8" {
		t.Errorf("public task article %q", pt[0].Article)
	}
}

func TestGroundJSON(t *testing.T) {
	g := Ground{Basis: LegitimateInterests, Interest: "x", LIA: goodLIA}
	b, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	var back Ground
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Basis != g.Basis || back.Interest != g.Interest || !back.LIA.Date.Equal(g.LIA.Date) ||
		back.LIA.Balancing != g.LIA.Balancing {
		t.Errorf("round trip: %+v", back)
	}
	minimal, _ := json.Marshal(Ground{Basis: Contract})
	if string(minimal) != `{"basis":"contract"}` {
		t.Errorf("minimal JSON = %s", minimal)
	}
	if err := json.Unmarshal([]byte(`{"basis":"legit"}`), &back); err == nil {
		t.Error("bad basis accepted")
	}
}

func TestRecognisedInterestAvailableIn(t *testing.T) {
	for _, ri := range AllRecognisedInterests() {
		if ri.AvailableIn(UK, ukBefore) || !ri.AvailableIn(UK, ukAfter) || ri.AvailableIn(EU, euNow) {
			t.Errorf("%v: AvailableIn wrong", ri)
		}
	}
	if RecognisedInterest(0).AvailableIn(UK, ukAfter) {
		t.Error("zero available")
	}
}
