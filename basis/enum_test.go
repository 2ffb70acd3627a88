package basis

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
)

// enumValue is what every basis enumeration provides.
type enumValue interface {
	~uint8
	String() string
	IsValid() bool
	Article() string
	AppendText([]byte) ([]byte, error)
	MarshalText() ([]byte, error)
}

// enumSpec is the expected shape of one enumeration, written out from the
// law (articles) and from the codes this package promises to keep.
type enumSpec[T enumValue, PT interface {
	*T
	UnmarshalText([]byte) error
}] struct {
	typeName string
	all      func() []T
	parse    func(string) (T, error)
	must     func(string) T
	codes    []string
	articles []string // per value; nil to skip
	dpv      func(T) string
}

func (s enumSpec[T, PT]) run(t *testing.T) {
	t.Run(s.typeName, func(t *testing.T) {
		all := s.all()
		if len(all) != len(s.codes) {
			t.Fatalf("All() has %d values, want %d", len(all), len(s.codes))
		}
		for i, v := range all {
			code := s.codes[i]
			if uint8(v) != uint8(i+1) {
				t.Errorf("All()[%d] = %d, want %d", i, v, i+1)
			}
			if !v.IsValid() {
				t.Errorf("%v.IsValid() = false", v)
			}
			if got := v.String(); got != code {
				t.Errorf("String() = %q, want %q", got, code)
			}
			if s.articles != nil {
				if got := v.Article(); got != s.articles[i] {
					t.Errorf("%v.Article() = %q, want %q", v, got, s.articles[i])
				}
			}
			// Text round trip.
			text, err := v.MarshalText()
			if err != nil || string(text) != code {
				t.Errorf("%v.MarshalText() = %q, %v", v, text, err)
			}
			app, err := v.AppendText([]byte("x:"))
			if err != nil || string(app) != "x:"+code {
				t.Errorf("%v.AppendText = %q, %v", v, app, err)
			}
			var back T
			if err := PT(&back).UnmarshalText(text); err != nil || back != v {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, v)
			}
			// JSON round trip, alone and in a struct.
			js, err := json.Marshal(v)
			if err != nil || string(js) != `"`+code+`"` {
				t.Errorf("json.Marshal(%v) = %s, %v", v, js, err)
			}
			var jback T
			if err := json.Unmarshal(js, &jback); err != nil || jback != v {
				t.Errorf("json.Unmarshal(%s) = %v, %v", js, jback, err)
			}
			type wrap struct {
				V T `json:"v"`
			}
			wj, _ := json.Marshal(wrap{v})
			var w wrap
			if err := json.Unmarshal(wj, &w); err != nil || w.V != v {
				t.Errorf("struct round trip %s = %v, %v", wj, w.V, err)
			}
			// Parse: canonical and lenient.
			if p, err := s.parse(code); err != nil || p != v {
				t.Errorf("Parse(%q) = %v, %v", code, p, err)
			}
			lenient := " " + strings.ToUpper(strings.ReplaceAll(code, "-", "_")) + " "
			if p, err := s.parse(lenient); err != nil || p != v {
				t.Errorf("Parse(%q) = %v, %v", lenient, p, err)
			}
			if s.must(code) != v {
				t.Errorf("MustParse(%q) != %v", code, v)
			}
			if s.dpv != nil {
				if d := s.dpv(v); d != "" && !strings.HasPrefix(d, "https://w3id.org/dpv") {
					t.Errorf("%v.DPV() = %q, not a DPV IRI", v, d)
				}
			}
		}

		// The zero value: unspecified, empty text, no article.
		var zero T
		if zero.IsValid() || zero.String() != "unspecified" || zero.Article() != "" {
			t.Errorf("zero value: IsValid %v, String %q, Article %q", zero.IsValid(), zero.String(), zero.Article())
		}
		if text, err := zero.MarshalText(); err != nil || len(text) != 0 {
			t.Errorf("zero.MarshalText() = %q, %v", text, err)
		}
		nonZero := all[0]
		if err := PT(&nonZero).UnmarshalText(nil); err != nil || nonZero != zero {
			t.Errorf("UnmarshalText(empty) = %v, %v; want zero", nonZero, err)
		}

		// Out of range: prints as pkg.Type(n), never panics, no article,
		// and marshalling is a *RangeError.
		for _, n := range []uint8{uint8(len(all) + 1), 200, 255} {
			v := T(n)
			want := s.typeName + "(" + itoa(int(n)) + ")"
			if got := v.String(); got != want {
				t.Errorf("T(%d).String() = %q, want %q", n, got, want)
			}
			if v.IsValid() || v.Article() != "" {
				t.Errorf("T(%d): IsValid %v, Article %q", n, v.IsValid(), v.Article())
			}
			if s.dpv != nil && s.dpv(v) != "" {
				t.Errorf("T(%d).DPV() = %q", n, s.dpv(v))
			}
			_, err := v.MarshalText()
			var re *RangeError
			if !errors.As(err, &re) || re.Value != n || re.Type != s.typeName {
				t.Errorf("T(%d).MarshalText() error = %v, want *RangeError", n, err)
			}
			if _, err := json.Marshal(v); err == nil {
				t.Errorf("json.Marshal(T(%d)) succeeded", n)
			}
		}

		// Unknown codes: a *ParseError naming the value and every valid
		// code; UnmarshalText leaves the value unchanged.
		for _, bad := range []string{"", "nope", "unspecified", s.codes[0] + "x", "0", "1"} {
			_, err := s.parse(bad)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Errorf("Parse(%q) error = %v, want *ParseError", bad, err)
				continue
			}
			if pe.Type != s.typeName || pe.Value != bad || !slices.Equal(pe.Valid, s.codes) {
				t.Errorf("Parse(%q) error = %+v", bad, pe)
			}
			for _, c := range s.codes {
				if !strings.Contains(err.Error(), c) {
					t.Errorf("Parse(%q) error %q does not name %q", bad, err, c)
				}
			}
			if bad == "" {
				continue
			}
			keep := all[0]
			if err := PT(&keep).UnmarshalText([]byte(bad)); err == nil || keep != all[0] {
				t.Errorf("UnmarshalText(%q) = %v, changed to %v", bad, err, keep)
			}
			var j T
			if err := json.Unmarshal([]byte(`"`+bad+`"`), &j); err == nil {
				t.Errorf("json.Unmarshal(%q) succeeded", bad)
			}
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("MustParse(\"nope\") did not panic")
				}
			}()
			s.must("nope")
		}()
	})
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestEnumerations(t *testing.T) {
	enumSpec[Regime, *Regime]{
		typeName: "basis.Regime", all: AllRegimes, parse: ParseRegime, must: MustParseRegime,
		codes:    []string{"uk", "eu"},
		articles: []string{"UK GDPR; DPA 2018", "Regulation (EU) 2016/679"},
	}.run(t)

	enumSpec[Basis, *Basis]{
		typeName: "basis.Basis", all: AllBases, parse: ParseBasis, must: MustParseBasis,
		codes: []string{"consent", "contract", "legal-obligation", "vital-interests", "public-task",
			"recognised-legitimate-interest", "legitimate-interests"},
		// Art. 6(1)(a)-(f), with the UK's (ea) inserted by DUAA 2025 s.70.
		articles: []string{"Art. 6(1)(a)", "Art. 6(1)(b)", "Art. 6(1)(c)", "Art. 6(1)(d)", "Art. 6(1)(e)",
			"Art. 6(1)(ea)", "Art. 6(1)(f)"},
		dpv: Basis.DPV,
	}.run(t)

	enumSpec[Change, *Change]{
		typeName: "basis.Change", all: AllChanges, parse: ParseChange, must: MustParseChange,
		codes: []string{"gdpr-applies", "uk-gdpr", "reasonable-search", "recognised-legitimate-interests",
			"compatibility-art-8a", "time-limits-art-12a", "automated-decisions-art-22a",
			"transfers-art-44a", "storage-access-schedule-a1", "charity-soft-opt-in",
			"complaints-to-controller", "research-art-84b", "elected-representatives-grace-period"},
	}.run(t)

	enumSpec[SpecialCategory, *SpecialCategory]{
		typeName: "basis.SpecialCategory", all: AllSpecialCategories, parse: ParseSpecialCategory,
		must: MustParseSpecialCategory,
		codes: []string{"racial-ethnic-origin", "political-opinions", "religious-philosophical-beliefs",
			"trade-union-membership", "genetic", "biometric", "health", "sex-life-orientation"},
		articles: []string{"Art. 9(1)", "Art. 9(1)", "Art. 9(1)", "Art. 9(1)", "Art. 9(1)", "Art. 9(1)", "Art. 9(1)", "Art. 9(1)"},
		dpv:      SpecialCategory.DPV,
	}.run(t)

	enumSpec[DataClass, *DataClass]{
		typeName: "basis.DataClass", all: AllDataClasses, parse: ParseDataClass, must: MustParseDataClass,
		codes:    []string{"special-category", "criminal-offence"},
		articles: []string{"Art. 9(1)", "Art. 10"},
		dpv:      DataClass.DPV,
	}.run(t)

	enumSpec[Condition, *Condition]{
		typeName: "basis.Condition", all: AllConditions, parse: ParseCondition, must: MustParseCondition,
		codes: []string{"explicit-consent", "employment-social-security", "vital-interests-incapable",
			"not-for-profit-body", "manifestly-made-public", "legal-claims", "substantial-public-interest",
			"health-social-care", "public-health", "archiving-research-statistics"},
		articles: []string{"Art. 9(2)(a)", "Art. 9(2)(b)", "Art. 9(2)(c)", "Art. 9(2)(d)", "Art. 9(2)(e)",
			"Art. 9(2)(f)", "Art. 9(2)(g)", "Art. 9(2)(h)", "Art. 9(2)(i)", "Art. 9(2)(j)"},
		dpv: Condition.DPV,
	}.run(t)

	enumSpec[Schedule1Part, *Schedule1Part]{
		typeName: "basis.Schedule1Part", all: AllSchedule1Parts, parse: ParseSchedule1Part,
		must:     MustParseSchedule1Part,
		codes:    []string{"part-1", "part-2", "part-3"},
		articles: []string{"DPA 2018 Sch. 1 Pt. 1", "DPA 2018 Sch. 1 Pt. 2", "DPA 2018 Sch. 1 Pt. 3"},
		dpv:      Schedule1Part.DPV,
	}.run(t)

	enumSpec[Schedule1Condition, *Schedule1Condition]{
		typeName: "basis.Schedule1Condition", all: AllSchedule1Conditions, parse: ParseSchedule1Condition,
		must: MustParseSchedule1Condition,
		codes: []string{"employment", "health-social-care", "public-health", "research",
			"statutory-government", "justice-parliamentary", "equality", "senior-diversity",
			"unlawful-acts", "unlawful-acts-disclosure", "protecting-public",
			"regulatory-requirements", "journalism", "preventing-fraud", "terrorist-financing",
			"disability-support", "counselling", "safeguarding", "economic-well-being",
			"insurance", "occupational-pensions", "political-parties", "elected-representatives",
			"disclosure-to-elected-representatives", "prisoners-information", "legal-judgments",
			"anti-doping", "anti-doping-disclosure", "sport-standards",
			"consent", "vital-interests", "not-for-profit", "public-domain", "legal-claims",
			"judicial-acts", "indecency-accounts", "part-2-extension", "insurance-extension"},
		articles: sch1Articles(),
		dpv:      Schedule1Condition.DPV,
	}.run(t)

	enumSpec[RecognisedInterest, *RecognisedInterest]{
		typeName: "basis.RecognisedInterest", all: AllRecognisedInterests, parse: ParseRecognisedInterest,
		must:  MustParseRecognisedInterest,
		codes: []string{"disclosure-for-public-task", "national-security", "emergencies", "crime", "safeguarding"},
		articles: []string{"UK GDPR Annex 1 para 1", "UK GDPR Annex 1 para 2", "UK GDPR Annex 1 para 3",
			"UK GDPR Annex 1 para 4", "UK GDPR Annex 1 para 5"},
		dpv: RecognisedInterest.DPV,
	}.run(t)
}

// sch1Articles lists the provisions of DPA 2018 Sch. 1 paras 1-4, 6-28 and
// 29-37 (para 5 is the APD requirement, not a condition), with the
// exceptions 10(2) and 27(3) after their paragraphs.
func sch1Articles() []string {
	var out []string
	add := func(s string) { out = append(out, "DPA 2018 Sch. 1 para "+s) }
	for p := 1; p <= 37; p++ {
		if p == 5 {
			continue
		}
		add(itoa(p))
		switch p {
		case 10:
			add("10(2)")
		case 27:
			add("27(3)")
		}
	}
	return out
}

func TestDPV(t *testing.T) {
	const gdpr = "https://w3id.org/dpv/legal/eu/gdpr#"
	const pd = "https://w3id.org/dpv/pd#"
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"consent", Consent.DPV(), gdpr + "A6-1-a"},
		{"legitimate interests", LegitimateInterests.DPV(), gdpr + "A6-1-f"},
		{"recognised legitimate interest has no DPV term", RecognisedLegitimateInterest.DPV(), ""},
		{"9(2)(a)", ExplicitConsent.DPV(), gdpr + "A9-2-a"},
		{"9(2)(g)", SubstantialPublicInterest.DPV(), gdpr + "A9-2-g"},
		{"9(2)(j)", ArchivingResearchStatistics.DPV(), gdpr + "A9-2-j"},
		{"health", Health.DPV(), pd + "Health"},
		{"genetic", Genetic.DPV(), pd + "Genetic"},
		{"biometric", Biometric.DPV(), pd + "Biometric"},
		{"trade union", TradeUnionMembership.DPV(), pd + "TradeUnionMembership"},
		{"political opinions", PoliticalOpinions.DPV(), pd + "PoliticalOpinion"},
		{"sex life", SexLifeOrientation.DPV(), pd + "Sexual"},
		{"racial or ethnic origin: no single term", RacialEthnicOrigin.DPV(), ""},
		{"religious or philosophical: no single term", ReligiousPhilosophicalBeliefs.DPV(), ""},
		{"special category class", SpecialCategoryData.DPV(), "https://w3id.org/dpv#SpecialCategoryPersonalData"},
		{"criminal offence class", CriminalOffenceData.DPV(), pd + "Criminal"},
		{"schedule 1", Sch1Safeguarding.DPV(), ""},
		{"annex 1", Crime.DPV(), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("DPV = %q, want %q", tt.got, tt.want)
			}
		})
	}
}
