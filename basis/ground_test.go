package basis

import (
	"encoding/json"
	"slices"
	"strings"
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
		{"EU Greece 15", Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x",
			OfferedToChildren: true, ParentalConsentBelow: 15}}, EU, euNow, []CheckOption{ForCountry("GR")}},
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
			if fs := tt.g.Check(tt.r, tt.at, tt.opts...); fs != nil {
				t.Errorf("findings: %v", fs)
			}
		})
	}
}

// TestGroundSeeds judges the grounds the seed notices state at each
// notice's own date and at 2026-11-23, modelling only what the sentence
// says (quoted). Where the notice is silent (no notice shows its
// legitimate interests assessment), the check reports the gap as not
// evidenced, never as a breach.
func TestGroundSeeds(t *testing.T) {
	noon := func(s string) time.Time { return midnight(s, civil.London()).Add(12 * time.Hour) }
	tests := []struct {
		seed  string
		dates []time.Time
		g     Ground
		want  []Code
	}{
		// NET (002, "updated 05/11/2020"): "This processing is necessary for
		// our legitimate interest of managing and improving our
		// organisation." The notice shows no assessment.
		{"NET legitimate interests", []time.Time{noon("2020-11-05"), today},
			Ground{Basis: LegitimateInterests, Interest: "managing and improving our organisation"},
			[]Code{CodeLIANotEvidenced}},
		// WIG (003, drafted 10 February 2022): "You are able to remove your
		// consent at any time. You can do this by contacting
		// [email protected]"
		{"WIG consent", []time.Time{noon("2022-02-10"), today},
			Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "contacting [email protected]"}}, nil},
		// IET (000, updated 7 February 2020): "Where any IET products and
		// services are offered to children aged 16 and under, we shall
		// obtain consent from a parent or guardian to process the child's
		// data." Parental consent below 17, above the UK's 13. The notice
		// does not say how consent is withdrawn in this sentence, so the
		// model leaves it out and the check reports it.
		{"IET children", []time.Time{noon("2020-02-07"), today},
			Ground{Basis: Consent, Consent: ConsentTerms{OfferedToChildren: true, ParentalConsentBelow: 17}},
			[]Code{CodeConsentWithdrawalMissing}},
	}
	for _, tt := range tests {
		for _, at := range tt.dates {
			t.Run(tt.seed+"/"+at.Format(time.DateOnly), func(t *testing.T) {
				fs := tt.g.Check(UK, at)
				if !slices.Equal(fs.Codes(), tt.want) {
					t.Errorf("codes = %v, want %v\n%v", fs.Codes(), tt.want, fs)
				}
				// Before 2021-01-01 the EU GDPR itself applied in the UK.
				for _, f := range fs {
					if want := UK.Cite("", at); !strings.HasPrefix(f.Article, want) {
						t.Errorf("article %q does not start %q", f.Article, want)
					}
				}
			})
		}
	}
}

func TestGroundCheckFindings(t *testing.T) {
	li := func(l LIA) Ground { return Ground{Basis: LegitimateInterests, Interest: "x", LIA: l} }
	withTest := func(f func(*LIA)) LIA { l := goodLIA; f(&l); return l }
	consent := func(below int) Ground {
		return Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x", OfferedToChildren: true, ParentalConsentBelow: below}}
	}
	E, W, I := Error, Warning, Info
	tests := []struct {
		name string
		g    Ground
		r    Regime
		at   time.Time
		opts []CheckOption
		want []Code
		sev  []Severity
		path string
	}{
		{"bad regime", Ground{Basis: Consent}, 0, ukNow, nil, []Code{CodeRegimeInvalid}, []Severity{E}, ""},
		{"before GDPR", Ground{Basis: Contract}, UK, preGDPRUK, nil, []Code{CodeBeforeGDPR}, []Severity{E}, ""},
		{"no basis", Ground{}, UK, ukNow, nil, []Code{CodeBasisMissing}, []Severity{E}, "basis"},
		{"bad basis", Ground{Basis: Basis(17)}, UK, ukNow, nil, []Code{CodeBasisInvalid}, []Severity{E}, "basis"},
		{"(ea) the day before DUAA", Ground{Basis: RecognisedLegitimateInterest, Recognised: Crime}, UK, ukBefore, nil,
			[]Code{CodeBasisNotAvailable}, []Severity{E}, "basis"},
		{"(ea) under the EU", Ground{Basis: RecognisedLegitimateInterest, Recognised: Crime}, EU, euNow, nil,
			[]Code{CodeBasisNotAvailable}, []Severity{E}, "basis"},
		{"(ea) without Annex 1 condition", Ground{Basis: RecognisedLegitimateInterest}, UK, ukAfter, nil,
			[]Code{CodeRecognisedInterestMissing}, []Severity{Warning}, "recognised"},
		{"(ea) bad Annex 1 condition", Ground{Basis: RecognisedLegitimateInterest, Recognised: RecognisedInterest(9)},
			UK, ukAfter, nil, []Code{CodeRecognisedInterestInvalid}, []Severity{E}, "recognised"},
		{"(ea) public authority", Ground{Basis: RecognisedLegitimateInterest, Recognised: Crime}, UK, ukAfter,
			[]CheckOption{AsPublicAuthority()}, []Code{CodeBarredForPublicAuthority}, []Severity{E}, "basis"},
		{"(f) public authority EU", li(goodLIA), EU, euNow, []CheckOption{AsPublicAuthority()},
			[]Code{CodeBarredForPublicAuthority}, []Severity{E}, "basis"},
		// Not stated is not absent: a record silent on the assessment is
		// Info (not evidenced); one stating that none was made is Warning.
		{"(f) nothing", Ground{Basis: LegitimateInterests}, UK, ukNow, nil,
			[]Code{CodeInterestMissing, CodeLIANotEvidenced}, []Severity{Warning, Info}, "interest"},
		{"(f) LIA not stated", li(LIA{}), UK, ukNow, nil, []Code{CodeLIANotEvidenced}, []Severity{I}, "lia"},
		{"(f) LIA stated as not made", li(LIA{Made: Absent}), UK, ukNow, nil, []Code{CodeLIAMissing}, []Severity{W}, "lia.made"},
		{"(f) LIA stated as not made, tests not read", li(withTest(func(l *LIA) { l.Made = Absent })), UK, ukNow, nil,
			[]Code{CodeLIAMissing}, []Severity{W}, "lia.made"},
		{"(f) LIA stated as made, nothing else", li(LIA{Made: Present}), UK, ukNow, nil,
			[]Code{CodeLIATestMissing, CodeLIATestMissing, CodeLIATestMissing, CodeLIAUndated}, []Severity{I, I, I, I}, "lia.purpose"},
		{"(f) LIA made value out of range", li(LIA{Made: 9}), UK, ukNow, nil, []Code{CodePresenceInvalid}, []Severity{E}, "lia.made"},
		{"(f) no balancing test", li(withTest(func(l *LIA) { l.Balancing = LIATest{} })), UK, ukNow, nil,
			[]Code{CodeLIATestMissing}, []Severity{I}, "lia.balancing"},
		{"(f) necessity failed", li(withTest(func(l *LIA) { l.Necessity.Passed = false })), UK, ukNow, nil,
			[]Code{CodeLIATestFailed}, []Severity{W}, "lia.necessity"},
		{"(f) purpose missing and balancing failed", li(withTest(func(l *LIA) {
			l.Purpose = LIATest{}
			l.Balancing.Passed = false
		})), EU, euNow, nil, []Code{CodeLIATestMissing, CodeLIATestFailed}, []Severity{I, W}, "lia.purpose"},
		{"(f) undated", li(withTest(func(l *LIA) { l.Date = time.Time{} })), UK, ukNow, nil,
			[]Code{CodeLIAUndated}, []Severity{I}, "lia.date"},
		{"(f) dated after the date judged", li(goodLIA), UK, lastSecond("2025-11-02", civil.London()), nil,
			[]Code{CodeLIAAfterDate}, []Severity{W}, "lia.date"},
		{"legal obligation without law", Ground{Basis: LegalObligation}, UK, ukNow, nil, []Code{CodeLawMissing}, []Severity{Info}, "law"},
		{"public task without law", Ground{Basis: PublicTask}, EU, euNow, nil, []Code{CodeLawMissing}, []Severity{Info}, "law"},
		{"consent without withdrawal", Ground{Basis: Consent}, UK, ukNow, nil,
			[]Code{CodeConsentWithdrawalMissing}, []Severity{Info}, "consent.withdrawal"},
		{"children without age", consent(0), UK, ukNow, nil, []Code{CodeParentalAgeMissing}, []Severity{Info}, "consent.parentalConsentBelow"},
		{"UK 12 is below 13", consent(12), UK, ukNow, nil, []Code{CodeParentalAgeTooLow}, []Severity{E}, "consent.parentalConsentBelow"},
		{"negative age", consent(-1), UK, ukNow, nil, []Code{CodeParentalAgeTooLow}, []Severity{E}, "consent.parentalConsentBelow"},
		{"EU without a country: 16", consent(13), EU, euNow, nil, []Code{CodeParentalAgeTooLow}, []Severity{Warning}, "consent.parentalConsentBelow"},
		{"EU Belgium 12 is below 13", consent(12), EU, euNow, []CheckOption{ForCountry("BE")},
			[]Code{CodeParentalAgeTooLow}, []Severity{E}, "consent.parentalConsentBelow"},
		{"Norway before the GDPR applied there", consent(13), EU, lastSecond("2018-07-19", civil.Brussels()),
			[]CheckOption{ForCountry("NO")}, []Code{CodeBeforeGDPR}, []Severity{E}, ""},
		{"Liechtenstein before the GDPR applied there", consent(16), EU, midnight("2018-05-25", civil.Brussels()),
			[]CheckOption{ForCountry("LI")}, []Code{CodeBeforeGDPR}, []Severity{E}, ""},
		{"Ireland 16", consent(15), EU, euNow, []CheckOption{ForCountry("IE")},
			[]Code{CodeParentalAgeTooLow}, []Severity{E}, "consent.parentalConsentBelow"},
		{"Denmark 15 from 2024-01-01", consent(13), EU, midnight("2024-01-01", civil.Brussels()),
			[]CheckOption{ForCountry("DK")}, []Code{CodeParentalAgeTooLow}, []Severity{E}, "consent.parentalConsentBelow"},
		{"unknown country", consent(13), EU, euNow, []CheckOption{ForCountry("US")}, []Code{CodeCountryUnknown}, []Severity{E}, ""},
		{"GB is not an EU country", consent(13), EU, euNow, []CheckOption{ForCountry("GB")}, []Code{CodeCountryUnknown}, []Severity{E}, ""},
		{"EL for Greece", consent(15), EU, euNow, []CheckOption{ForCountry("EL")}, []Code{CodeCountryUnknown}, []Severity{E}, ""},
		{"not a code", consent(15), EU, euNow, []CheckOption{ForCountry("Germany")}, []Code{CodeCountryUnknown}, []Severity{E}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, tt.g.Check(tt.r, tt.at, tt.opts...), tt.want, tt.sev, tt.path)
		})
	}
}

// TestGroundCheckCountryHint: "UK" where "GB" is meant, or "EL" for
// Greece, is reported with the code to use, never silently.
func TestGroundCheckCountryHint(t *testing.T) {
	g := Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x", OfferedToChildren: true, ParentalConsentBelow: 16}}
	for in, hint := range map[Country]string{"UK": "GB", "uk": "GB", "EL": "GR"} {
		fs := g.Check(EU, euNow, ForCountry(in))
		if len(fs) != 1 || fs[0].Code != CodeCountryUnknown || !strings.Contains(fs[0].Message, "the code to use is "+hint) ||
			fs[0].Value != string(in) {
			t.Errorf("ForCountry(%q): %v", in, fs)
		}
	}
}

// TestGroundCheckSameDay: dates are calendar dates in the regime's
// location, so an assessment made at 09:00 counts for a check at 08:00 the
// same day (and one made at 00:30 London time on the next day does not
// count, though it is still the previous day in UTC).
func TestGroundCheckSameDay(t *testing.T) {
	lia := goodLIA
	lia.Date = time.Date(2026, 3, 2, 9, 0, 0, 0, civil.London())
	g := Ground{Basis: LegitimateInterests, Interest: "x", LIA: lia}
	if fs := g.Check(UK, time.Date(2026, 3, 2, 8, 0, 0, 0, civil.London())); fs != nil {
		t.Errorf("same day, earlier hour: %v", fs)
	}
	lia.Date = time.Date(2026, 7, 2, 0, 30, 0, 0, civil.London()) // 23:30 UTC on 1 July
	g.LIA = lia
	fs := g.Check(UK, time.Date(2026, 7, 1, 23, 45, 0, 0, time.UTC)) // 00:45 on 2 July in London
	if fs != nil {
		t.Errorf("same London day: %v", fs)
	}
	fs = g.Check(UK, time.Date(2026, 7, 1, 22, 0, 0, 0, time.UTC)) // 23:00 on 1 July in London
	if !slices.Equal(fs.Codes(), []Code{CodeLIAAfterDate}) {
		t.Errorf("previous London day: %v", fs)
	}
}

// TestGroundArticles: the articles cite the regime's own instrument.
func TestGroundArticles(t *testing.T) {
	uk := Ground{Basis: LegitimateInterests}.Check(UK, ukNow)
	eu := Ground{Basis: LegitimateInterests}.Check(EU, euNow)
	if uk[0].Article != "UK GDPR Art. 6(1)(f); Art. 13(1)(d)" || eu[0].Article != "GDPR Art. 6(1)(f); Art. 13(1)(d)" {
		t.Errorf("articles: %q, %q", uk[0].Article, eu[0].Article)
	}
	// Before 2021-01-01 the EU GDPR applied in the UK (S.I. 2019/419).
	old := Ground{Basis: LegitimateInterests}.Check(UK, lastSecond("2020-12-31", civil.London()))
	if old[0].Article != "GDPR Art. 6(1)(f); Art. 13(1)(d)" {
		t.Errorf("UK 2020 article %q", old[0].Article)
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
