package basis

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
)

func TestSpecialCategoryClass(t *testing.T) {
	for _, c := range AllSpecialCategories() {
		if c.Class() != SpecialCategoryData {
			t.Errorf("%v.Class() = %v", c, c.Class())
		}
	}
	if SpecialCategory(0).Class() != 0 || SpecialCategory(9).Class() != 0 {
		t.Error("invalid category has a class")
	}
}

// TestSensitiveData: a register says an activity processes health data and
// criminal offence data. WIG: "Special category data – including health
// data relating to access and dietary requirements"; STEM Learning:
// "Information required for completion of DBS checks".
func TestSensitiveData(t *testing.T) {
	s := NewSensitiveData(Health).WithCriminalOffence()
	if !s.Has(Health) || s.Has(Genetic) || !s.CriminalOffence() || !s.Special() || s.IsEmpty() {
		t.Errorf("set %v", s)
	}
	if !s.HasClass(SpecialCategoryData) || !s.HasClass(CriminalOffenceData) || s.HasClass(0) {
		t.Error("HasClass")
	}
	if got := s.String(); got != "health,criminal-offence" {
		t.Errorf("String() = %q", got)
	}
	if (SensitiveData{}).String() != "none" || !(SensitiveData{}).IsEmpty() {
		t.Error("empty set")
	}
	crim := SensitiveData{}.WithCriminalOffence()
	if crim.Special() || !crim.CriminalOffence() || crim.String() != "criminal-offence" {
		t.Errorf("criminal only: %v", crim)
	}
	if NewSensitiveData(SpecialCategory(0), SpecialCategory(40)) != (SensitiveData{}) || s.Has(SpecialCategory(40)) {
		t.Error("invalid categories added")
	}
	all := NewSensitiveData(AllSpecialCategories()...)
	if got := slices.Collect(all.Categories()); !slices.Equal(got, AllSpecialCategories()) {
		t.Errorf("Categories() = %v", got)
	}
	for range all.Categories() {
		break // stopping early must not panic
	}
}

func TestSensitiveDataText(t *testing.T) {
	tests := []struct {
		in   string
		want SensitiveData
		out  string
	}{
		{"", SensitiveData{}, ""},
		{"  ", SensitiveData{}, ""},
		{"health", NewSensitiveData(Health), "health"},
		{"criminal-offence, Health", NewSensitiveData(Health).WithCriminalOffence(), "health,criminal-offence"},
		{"biometric,genetic,biometric", NewSensitiveData(Genetic, Biometric), "genetic,biometric"},
		{"Trade_Union_Membership", NewSensitiveData(TradeUnionMembership), "trade-union-membership"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSensitiveData(tt.in)
			if err != nil || got != tt.want {
				t.Fatalf("Parse(%q) = %v, %v", tt.in, got, err)
			}
			text, _ := got.MarshalText()
			if string(text) != tt.out {
				t.Errorf("MarshalText = %q, want %q", text, tt.out)
			}
			js, _ := json.Marshal(struct{ S SensitiveData }{got})
			var back struct{ S SensitiveData }
			if err := json.Unmarshal(js, &back); err != nil || back.S != got {
				t.Errorf("JSON %s = %v, %v", js, back.S, err)
			}
		})
	}
	for _, bad := range []string{"special-category", "health,", ",", "criminal", "health;genetic"} {
		t.Run("bad/"+bad, func(t *testing.T) {
			_, err := ParseSensitiveData(bad)
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Type != "basis.SensitiveData" || len(pe.Valid) != 9 {
				t.Fatalf("Parse(%q) error = %v", bad, err)
			}
			keep := NewSensitiveData(Health)
			if err := keep.UnmarshalText([]byte(bad)); err == nil || keep != NewSensitiveData(Health) {
				t.Errorf("UnmarshalText changed the value")
			}
		})
	}
}
