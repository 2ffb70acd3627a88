package enginebench

import (
	"context"
	"slices"
	"testing"

	"github.com/dpmodel/dpmodel/gdpr"
)

var validateAt = mustTime("2026-11-23T12:00:00Z")

// ours returns Validate's findings of ValidateCodes in validate.rego's form,
// sorted.
func oursFindings(reg *gdpr.Register) []RegoFinding {
	var out []RegoFinding
	for _, f := range gdpr.Validate(reg, validateAt) {
		if slices.Contains(ValidateCodes, f.Code) {
			out = append(out, RegoFinding{f.Regime.String(), string(f.Code), f.Severity.String(), f.Path})
		}
	}
	return sortFindings(out)
}

func sortFindings(fs []RegoFinding) []RegoFinding {
	slices.SortFunc(fs, func(a, b RegoFinding) int {
		for _, c := range [][2]string{{a.Path, b.Path}, {a.Code, b.Code}, {a.Severity, b.Severity}, {a.Regime, b.Regime}} {
			if c[0] != c[1] {
				if c[0] < c[1] {
					return -1
				}
				return 1
			}
		}
		return 0
	})
	return fs
}

// TestAgreeValidate checks that validate.rego finds what gdpr.Validate
// finds with the same eight codes, on the 1,000-activity register (with the
// IET's general list of bases) and on a smaller one without it, and that
// each code finds something.
func TestAgreeValidate(t *testing.T) {
	ctx := context.Background()
	rv, err := NewRegoValidate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := ValidationRegister(1000)
	if err != nil {
		t.Fatal(err)
	}
	unmapped, err := ValidationRegister(50)
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Bases) == 0 {
		t.Fatal("the IET register lists no bases in general")
	}
	unmapped.Bases = nil
	found := map[string]int{}
	for _, r := range []*gdpr.Register{reg, unmapped} {
		if len(r.Regimes) == 0 {
			t.Fatal("the register names no regime") // Validate would add gdpr/regime-not-stated
		}
		in, err := RegisterInput(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := rv.Findings(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		got, want := sortFindings(got), oursFindings(r)
		if !slices.Equal(got, want) {
			for _, f := range want {
				if !slices.Contains(got, f) {
					t.Errorf("Rego misses %+v", f)
				}
			}
			for _, f := range got {
				if !slices.Contains(want, f) {
					t.Errorf("Rego adds %+v", f)
				}
			}
		}
		for _, f := range want {
			found[f.Code]++
		}
	}
	for _, c := range ValidateCodes {
		if found[string(c)] == 0 {
			t.Errorf("no finding of %s", c)
		}
	}
	t.Logf("%v", found)
}

// BenchmarkValidate validates the 1,000-activity register: dpmodel's
// Validate, every check, against validate.rego's eight on the register
// converted to OPA's values in advance.
func BenchmarkValidate(b *testing.B) {
	reg, err := ValidationRegister(1000)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("engine=dpmodel", func(b *testing.B) {
		settle(b)
		for b.Loop() {
			sinkBool = len(gdpr.Validate(reg, validateAt)) > 0
		}
	})
	b.Run("engine=opa", func(b *testing.B) {
		ctx := context.Background()
		rv, err := NewRegoValidate(ctx)
		if err != nil {
			b.Fatal(err)
		}
		in, err := RegisterInput(reg)
		if err != nil {
			b.Fatal(err)
		}
		settle(b)
		for b.Loop() {
			fs, err := rv.Findings(ctx, in)
			if err != nil {
				b.Fatal(err)
			}
			sinkBool = len(fs) > 0
		}
	})
}
