package gdpr_test

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// TestValidRegisterHasNoErrorsProperty: a register valid by construction
// (gdprtest.ValidRegister) has no Error-severity finding on any day
// gdprtest.AsOf draws.
func TestValidRegisterHasNoErrorsProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.ValidRegister().Draw(t, "register")
		at := gdprtest.AsOf().Draw(t, "at")
		var errs []string
		for f := range gdpr.Validate(r, at).AtLeast(basis.Error) {
			errs = append(errs, f.Error())
		}
		if len(errs) > 0 {
			t.Fatalf("Validate(valid register, %v) has errors:\n%s", at, strings.Join(errs, "\n"))
		}
	})
}

// TestValidateDeterministicProperty: Validate gives the same findings
// twice, sorted, and leaves the register as it was.
func TestValidateDeterministicProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.WellFormedRegister().Draw(t, "register")
		at := gdprtest.AsOf().Draw(t, "at")
		before, err := gdpr.Encode(r)
		if err != nil {
			t.Fatal(err)
		}
		a, b := gdpr.Validate(r, at), gdpr.Validate(r, at)
		if d := cmp.Diff(a, b); d != "" {
			t.Fatalf("Validate differs between calls (-first +second):\n%s", d)
		}
		sorted := slices.Clone(a)
		sorted.Sort()
		if d := cmp.Diff(sorted, a); d != "" {
			t.Fatalf("Validate's findings are not sorted (-sorted +returned):\n%s", d)
		}
		after, _ := gdpr.Encode(r)
		if !bytes.Equal(before, after) {
			t.Fatalf("Validate changed the register")
		}
	})
}

var indexRE = regexp.MustCompile(`\[[0-9]+\]`)

// findingKeys are the findings with list indices taken out of their paths
// (a permuted list moves its elements), as a sorted list.
func findingKeys(fs gdpr.Findings) []string {
	keys := make([]string, len(fs))
	for i, f := range fs {
		keys[i] = strings.Join([]string{string(f.Code), f.Severity.String(), f.Regime.String(), indexRE.ReplaceAllString(f.Path, "[]"), f.Article}, " | ")
	}
	slices.Sort(keys)
	return keys
}

// permuted returns a copy of r with the lists whose order carries no
// meaning in another order: the elements of each kind (found by id), the
// lists of references, and the regimes.
func permuted(t *rapid.T, r *gdpr.Register) *gdpr.Register {
	b, err := gdpr.Encode(r)
	if err != nil {
		t.Fatal(err)
	}
	p, err := gdpr.Decode(b) // a deep copy
	if err != nil {
		t.Fatal(err)
	}
	perm := func(label string, n int) []int {
		return rapid.Permutation(func() []int {
			s := make([]int, n)
			for i := range s {
				s[i] = i
			}
			return s
		}()).Draw(t, label)
	}
	shuffle := func(label string, s any) {
		switch s := s.(type) {
		case *[]string:
			*s = reorder(*s, perm(label, len(*s)))
		case *[]basis.Regime:
			*s = reorder(*s, perm(label, len(*s)))
		case *[]gdpr.Subject:
			*s = reorder(*s, perm(label, len(*s)))
		case *[]gdpr.DataCategory:
			*s = reorder(*s, perm(label, len(*s)))
		case *[]gdpr.Recipient:
			*s = reorder(*s, perm(label, len(*s)))
		case *[]gdpr.Transfer:
			*s = reorder(*s, perm(label, len(*s)))
		case *[]gdpr.RetentionRule:
			*s = reorder(*s, perm(label, len(*s)))
		case *[]gdpr.Activity:
			*s = reorder(*s, perm(label, len(*s)))
		case *[]gdpr.Entity:
			*s = reorder(*s, perm(label, len(*s)))
		}
	}
	shuffle("regimes", &p.Regimes)
	shuffle("entities", &p.Controller.Entities)
	shuffle("subjects", &p.Subjects)
	shuffle("data", &p.Data)
	shuffle("recipients", &p.Recipients)
	shuffle("transfers", &p.Transfers)
	shuffle("retention", &p.Retention)
	shuffle("activities", &p.Activities)
	for i := range p.Transfers {
		shuffle("transferRecipients", &p.Transfers[i].Recipients)
	}
	for i := range p.Activities {
		a := &p.Activities[i]
		for _, l := range []*[]string{&a.Subjects, &a.Data, &a.Recipients, &a.Transfers, &a.Retention} {
			shuffle("refs", l)
		}
	}
	return p
}

func reorder[T any](s []T, perm []int) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, j := range perm {
		out[i] = s[j]
	}
	return out
}

// TestValidateOrderIndependentProperty: the findings do not depend on the
// order of lists whose order carries no meaning (up to the indices in
// their paths, which follow the elements).
func TestValidateOrderIndependentProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.WellFormedRegister().Draw(t, "register")
		at := gdprtest.AsOf().Draw(t, "at")
		p := permuted(t, r)
		if d := cmp.Diff(findingKeys(gdpr.Validate(r, at)), findingKeys(gdpr.Validate(p, at))); d != "" {
			t.Fatalf("Validate depends on list order (-original +permuted):\n%s", d)
		}
	})
}

// TestValidateClockTimeIndependentProperty: only the calendar date of at
// counts. From 03:00 to 21:00 UTC the date is the same in Europe/London
// and Europe/Brussels, so every instant of that span gives the findings
// of noon.
func TestValidateClockTimeIndependentProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.WellFormedRegister().Draw(t, "register")
		day := gdprtest.AsOf().Draw(t, "day").UTC()
		noon := time.Date(day.Year(), day.Month(), day.Day(), 12, 0, 0, 0, time.UTC)
		other := noon.Add(time.Duration(rapid.IntRange(-9*60, 9*60).Draw(t, "minutes")) * time.Minute)
		if d := cmp.Diff(gdpr.Validate(r, noon), gdpr.Validate(r, other)); d != "" {
			t.Fatalf("Validate at %v and at %v differ (-noon +other):\n%s", noon, other, d)
		}
	})
}
