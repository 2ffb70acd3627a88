package recipient

import (
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"pgregory.net/rapid"
)

func genDate(t *rapid.T) time.Time {
	days := rapid.IntRange(0, 365*40).Draw(t, "days") // 1995 to 2035
	return time.Date(1995, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, days)
}

// TestPropertyAdequacyCheck: adequacy as a mechanism passes exactly when the
// destination is no third country or is adequate, and Adequate implies a
// restricted destination.
func TestPropertyAdequacyCheck(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := rapid.SampledFrom(basis.AllRegimes()).Draw(t, "regime")
		c := rapid.SampledFrom(AllCountries()).Draw(t, "country")
		at := genDate(t)
		adequate := Adequate(r, c, at)
		restricted := Restricted(r, c, at)
		if adequate && !restricted {
			t.Fatalf("Adequate(%v, %s, %v) but not a third country", r, c, at)
		}
		err := Transfer{Countries: []Country{c}, Mechanism: Adequacy}.Check(r, at)
		if (err == nil) != (!restricted || adequate) {
			t.Fatalf("Check(adequacy, %v, %s, %v) = %v; restricted %v adequate %v", r, c, at, err, restricted, adequate)
		}
		// No mechanism is a warning (not recorded, Art. 13(1)(f)) for a
		// restricted transfer that adequacy does not cover, and Info (not
		// evidenced) for one it does; neither is an error.
		fs := Transfer{Countries: []Country{c}}.Findings(r, at)
		err = fs.Err()
		if err != nil || fs.Has(CodeNoMechanism) != (restricted && !adequate) {
			t.Fatalf("Check(no mechanism, %v, %s, %v) = %v; restricted %v adequate %v", r, c, at, err, restricted, adequate)
		}
	})
}

// TestPropertyCheckIsPure: checking twice gives the same answer and leaves
// the transfer unchanged.
func TestPropertyCheckIsPure(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := rapid.SampledFrom(basis.AllRegimes()).Draw(t, "regime")
		tr := Transfer{
			Countries: []Country{rapid.SampledFrom(AllCountries()).Draw(t, "country")},
			Mechanism: rapid.SampledFrom(AllMechanisms()).Draw(t, "mechanism"),
			Module:    Module(rapid.IntRange(0, 4).Draw(t, "module")),
			Scope:     Scope(rapid.IntRange(0, 7).Draw(t, "scope")),
			Certified: Evidence(rapid.IntRange(0, 2).Draw(t, "certified")),
		}
		at := genDate(t)
		copyCountries := append([]Country(nil), tr.Countries...)
		f1, f2 := tr.Findings(r, at), tr.Findings(r, at)
		if !slices.EqualFunc(f1, f2, Finding.Equal) || tr.Countries[0] != copyCountries[0] {
			t.Fatalf("not pure: %v then %v", f1, f2)
		}
		// Check is the Error-severity part of Findings.
		if err := tr.Check(r, at); (err == nil) != (f1.Err() == nil) {
			t.Fatalf("Check = %v, Findings = %v", err, f1)
		}
	})
}

func TestPropertyTermsRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := TermsOf(rapid.SliceOf(rapid.SampledFrom(AllTerms())).Draw(t, "terms")...)
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseTerms(string(b))
		if err != nil || got != s {
			t.Fatalf("ParseTerms(%q) = %v, %v; want %v", b, got, err, s)
		}
		if s.Len()+len(s.Missing()) != 15 {
			t.Fatalf("Len %d + Missing %d != 15", s.Len(), len(s.Missing()))
		}
	})
}
