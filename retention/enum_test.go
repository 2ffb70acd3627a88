package retention

import (
	"errors"
	"slices"
	"testing"
)

func TestEnumerations(t *testing.T) {
	type enumCase struct {
		name    string
		codes   []string
		strings func() []string
		parse   func(string) (string, error)
		invalid string // String of an out-of-range value
		article func(int) string
	}
	strs := func(vs []Action) []string {
		out := []string{}
		for _, v := range vs {
			out = append(out, v.String())
		}
		return out
	}
	tests := []enumCase{
		{"Action", []string{"delete", "anonymise", "review", "archive"},
			func() []string { return strs(AllActions()) },
			func(s string) (string, error) { v, err := ParseAction(s); return v.String(), err },
			Action(17).String(), func(i int) string { return Action(i).Article() }},
		{"Kind", []string{"after", "until", "minimum", "by-law", "criteria"},
			func() []string {
				var out []string
				for _, k := range AllKinds() {
					out = append(out, k.String())
				}
				return out
			},
			func(s string) (string, error) { v, err := ParseKind(s); return v.String(), err },
			Kind(17).String(), func(i int) string { return Kind(i).Article() }},
		{"Status", []string{"not-due", "due", "overdue", "trigger-pending", "held", "undetermined"},
			func() []string {
				var out []string
				for _, s := range AllStatuses() {
					out = append(out, s.String())
				}
				return out
			},
			func(s string) (string, error) { v, err := ParseStatus(s); return v.String(), err },
			Status(17).String(), func(i int) string { return Status(i).Article() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.strings(); !slices.Equal(got, tt.codes) {
				t.Errorf("All = %v, want %v", got, tt.codes)
			}
			for i, c := range tt.codes {
				got, err := tt.parse(c)
				if err != nil || got != c {
					t.Errorf("Parse(%q) = %q, %v", c, got, err)
				}
				if tt.article(i+1) == "" {
					t.Errorf("%s has no article", c)
				}
			}
			if tt.article(0) != "" || tt.article(17) != "" {
				t.Error("invalid values have articles")
			}
			if tt.invalid != "retention."+tt.name+"(17)" {
				t.Errorf("out of range prints %q", tt.invalid)
			}
			_, err := tt.parse("nonsense")
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Value != "nonsense" || !slices.Equal(pe.Valid, tt.codes) {
				t.Errorf("Parse(nonsense) error = %v", err)
			}
		})
	}
}

func TestActionText(t *testing.T) {
	if a, err := ParseAction(" Anonymise "); err != nil || a != Anonymise {
		t.Errorf("lenient parse = %v, %v", a, err)
	}
	var a Action
	if err := a.UnmarshalText([]byte("archive")); err != nil || a != Archive {
		t.Errorf("UnmarshalText = %v, %v", a, err)
	}
	if err := a.UnmarshalText([]byte("shred")); err == nil || a != Archive {
		t.Errorf("UnmarshalText(shred) = %v and set %v", err, a)
	}
	if b, err := Delete.MarshalText(); err != nil || string(b) != "delete" {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
	if b, err := Action(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText = %q, %v", b, err)
	}
	var re *RangeError
	if _, err := Action(9).MarshalText(); !errors.As(err, &re) {
		t.Errorf("out-of-range MarshalText error = %v", err)
	}
	if Delete.DPV() != "https://w3id.org/dpv#Erase" || Anonymise.DPV() != "https://w3id.org/dpv#Anonymise" || Review.DPV() != "" {
		t.Error("DPV terms")
	}
	if MustParseKind("by_law") != ByLaw || MustParseStatus("Trigger Pending") != TriggerPending || MustParseAction("REVIEW") != Review {
		t.Error("MustParse")
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParseAction(shred) did not panic")
		}
	}()
	MustParseAction("shred")
}

func TestTriggers(t *testing.T) {
	for _, tr := range WellKnownTriggers() {
		if !tr.IsWellFormed() || !tr.IsWellKnown() {
			t.Errorf("%q is not well formed and known", tr)
		}
	}
	bad := []Trigger{"", "-x", "x-", "a--b", "End", "a b", "a_b", "é"}
	for _, tr := range bad {
		if tr.IsWellFormed() {
			t.Errorf("%q is well formed", tr)
		}
	}
	if Trigger("end-of-season").IsWellKnown() {
		t.Error("a custom trigger is well known")
	}
}
