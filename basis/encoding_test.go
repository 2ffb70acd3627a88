package basis

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// TestCmpDiffSensitiveData: cmp.Diff uses SensitiveData.Equal instead of
// panicking on its unexported field.
func TestCmpDiffSensitiveData(t *testing.T) {
	type activity struct {
		Name string
		Data SensitiveData
		Why  SpecialCategoryJustification
	}
	a := activity{"events", NewSensitiveData(Health), SpecialCategoryJustification{Condition: ExplicitConsent}}
	b := a
	if d := cmp.Diff(a, b); d != "" {
		t.Errorf("equal values differ: %s", d)
	}
	b.Data = b.Data.WithCriminalOffence()
	if d := cmp.Diff(a, b); d == "" {
		t.Error("different sets compare equal")
	}
	b = a
	b.Why.Schedule1 = []Schedule1Condition{Sch1Consent}
	if cmp.Equal(a, b) || !a.Why.Equal(a.Why) || a.Why.Equal(b.Why) {
		t.Error("SpecialCategoryJustification.Equal")
	}
	c := CriminalOffenceJustification{OfficialAuthority: OfficialAuthority{Body: "DBS", Controls: true}}
	if !c.Equal(c) || c.Equal(CriminalOffenceJustification{}) {
		t.Error("CriminalOffenceJustification.Equal")
	}
}

// TestRegisterJSON: the types a register holds encode with lowerCamel
// members, leave zero values out, and write enumerations, presences and
// sets as their codes.
func TestRegisterJSON(t *testing.T) {
	lia := goodLIA
	lia.Made = Present
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"zero ground", Ground{}, `{}`},
		{"contract", Ground{Basis: Contract}, `{"basis":"contract"}`},
		{"zero LIA", Ground{Basis: LegitimateInterests, Interest: "x"}, `{"basis":"legitimate-interests","interest":"x"}`},
		{"LIA not made", LIA{Made: Absent}, `{"made":"absent"}`},
		{"consent", Ground{Basis: Consent, Consent: ConsentTerms{Explicit: true, Withdrawal: "w", OfferedToChildren: true, ParentalConsentBelow: 13}},
			`{"basis":"consent","consent":{"explicit":true,"withdrawal":"w","offeredToChildren":true,"parentalConsentBelow":13}}`},
		{"special category", SpecialCategoryJustification{Condition: EmploymentSocialSecurity,
			Schedule1: []Schedule1Condition{Sch1Employment}, APD: Present},
			`{"condition":"employment-social-security","schedule1":["employment"],"apd":"present"}`},
		{"zero special category", SpecialCategoryJustification{}, `{}`},
		{"criminal offence", CriminalOffenceJustification{OfficialAuthority: OfficialAuthority{Body: "DBS", Controls: true}, APD: Absent},
			`{"officialAuthority":{"body":"DBS","controls":true},"apd":"absent"}`},
		{"criminal offence EU law", CriminalOffenceJustification{Law: "Member State law"}, `{"law":"Member State law"}`},
		{"sensitive data", struct {
			Data SensitiveData `json:"data"`
		}{NewSensitiveData(Health).WithCriminalOffence()}, `{"data":"health,criminal-offence"}`},
		{"digital consent", DigitalConsent{Country: "DK", Age: 15, Since: midnight("2024-01-01", civil.Brussels()), Source: "s"},
			`{"country":"DK","age":15,"since":"2024-01-01T00:00:00+01:00","source":"s"}`},
		{"zero digital consent", DigitalConsent{}, `{}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil || string(b) != tt.want {
				t.Errorf("Marshal = %s, %v; want %s", b, err, tt.want)
			}
		})
	}
	// Round trips.
	g := Ground{Basis: LegitimateInterests, Interest: "x", LIA: lia}
	var back Ground
	b, _ := json.Marshal(g)
	if err := json.Unmarshal(b, &back); err != nil || !back.LIA.Date.Equal(g.LIA.Date) || back.LIA.Made != Present ||
		back.LIA.Balancing != g.LIA.Balancing {
		t.Errorf("Ground round trip %s: %+v, %v", b, back, err)
	}
	var j CriminalOffenceJustification
	in := `{"officialAuthority":{"body":"DBS","controls":true},"schedule1":["consent"],"apd":"absent"}`
	if err := json.Unmarshal([]byte(in), &j); err != nil || !j.Equal(CriminalOffenceJustification{
		OfficialAuthority: OfficialAuthority{Body: "DBS", Controls: true}, Schedule1: []Schedule1Condition{Sch1Consent}, APD: Absent}) {
		t.Errorf("Unmarshal %s: %+v, %v", in, j, err)
	}
	for _, bad := range []string{`{"apd":"maybe"}`, `{"schedule1":["paragraph-99"]}`} {
		if err := json.Unmarshal([]byte(bad), &j); err == nil {
			t.Errorf("Unmarshal(%s) accepted", bad)
		}
	}
	var dc DigitalConsent
	if err := json.Unmarshal([]byte(`{"country":"UK"}`), &dc); err == nil {
		t.Error(`country "UK" accepted`)
	}
}

func TestPresence(t *testing.T) {
	for _, tt := range []struct {
		p    Presence
		s    string
		text string
	}{{NotStated, "not-stated", ""}, {Present, "present", "present"}, {Absent, "absent", "absent"}} {
		b, err := tt.p.MarshalText()
		if tt.p.String() != tt.s || string(b) != tt.text || err != nil || !tt.p.IsValid() {
			t.Errorf("%d: %q %q %v", tt.p, tt.p.String(), b, err)
		}
		var q Presence = 9
		if err := q.UnmarshalText(b); err != nil || q != tt.p {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, q, err)
		}
	}
	if Presence(3).IsValid() || Presence(3).String() != "basis.Presence(3)" {
		t.Error("out of range")
	}
	if _, err := ParsePresence(""); err == nil {
		t.Error(`ParsePresence("") accepted`)
	}
	if MustParsePresence("Absent") != Absent || len(AllPresences()) != 2 {
		t.Error("MustParsePresence / AllPresences")
	}
}
