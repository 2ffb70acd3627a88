package basis

import (
	"testing"
	"time"

	"pgregory.net/rapid"
)

// genTime draws an instant between 2017 and 2031, covering every
// commencement date here.
func genTime() *rapid.Generator[time.Time] {
	return rapid.Custom(func(t *rapid.T) time.Time {
		sec := rapid.Int64Range(1483228800, 1924992000).Draw(t, "unix") // 2017-01-01..2031-01-01
		return time.Unix(sec, 0).UTC()
	})
}

// TestRapidInForceMonotonic: once a change is in force it stays in force.
func TestRapidInForceMonotonic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := rapid.SampledFrom(AllRegimes()).Draw(t, "regime")
		c := rapid.SampledFrom(AllChanges()).Draw(t, "change")
		a, b := genTime().Draw(t, "a"), genTime().Draw(t, "b")
		if b.Before(a) {
			a, b = b, a
		}
		if r.InForce(c, a) && !r.InForce(c, b) {
			t.Fatalf("%v in force under %v at %v but not at later %v", c, r, a, b)
		}
		// InForce agrees with Commencement for the change's own regime.
		if c.Regime() == 0 || c.Regime() == r {
			if got, want := r.InForce(c, a), !a.Before(c.Commencement()); got != want {
				t.Fatalf("%v/%v at %v: InForce %v, Commencement says %v", c, r, a, got, want)
			}
		}
	})
}

// TestRapidParseRoundTrip: every value's code parses back to it, whatever
// the case.
func TestRapidParseRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom(AllSchedule1Conditions()).Draw(t, "sch1")
		got, err := ParseSchedule1Condition(c.String())
		if err != nil || got != c {
			t.Fatalf("round trip %v: %v, %v", c, got, err)
		}
		k := rapid.SampledFrom(AllConditions()).Draw(t, "cond")
		if got, err := ParseCondition(k.String()); err != nil || got != k {
			t.Fatalf("round trip %v: %v, %v", k, got, err)
		}
		n := rapid.Uint8().Draw(t, "raw")
		_ = Basis(n).String() // never panics
		_ = Schedule1Condition(n).Article()
		_ = SpecialCategory(n).DPV()
	})
}

// TestRapidSensitiveData: the set's text form round-trips and the set is
// exactly what was added.
func TestRapidSensitiveData(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cats := rapid.SliceOf(rapid.SampledFrom(AllSpecialCategories())).Draw(t, "cats")
		crim := rapid.Bool().Draw(t, "criminal")
		s := NewSensitiveData(cats...)
		if crim {
			s = s.WithCriminalOffence()
		}
		for _, c := range AllSpecialCategories() {
			want := false
			for _, d := range cats {
				want = want || d == c
			}
			if s.Has(c) != want {
				t.Fatalf("Has(%v) = %v, want %v", c, s.Has(c), want)
			}
		}
		if s.CriminalOffence() != crim || s.Special() != (len(cats) > 0) {
			t.Fatalf("set %v", s)
		}
		text, _ := s.MarshalText()
		back, err := ParseSensitiveData(string(text))
		if err != nil || back != s {
			t.Fatalf("%v -> %q -> %v, %v", s, text, back, err)
		}
	})
}

// TestRapidSpecialCategoryEU: under the EU regime no Schedule 1 condition
// is ever accepted, and a check never reports a UK-only requirement.
func TestRapidSpecialCategoryEU(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		j := SpecialCategoryJustification{
			Condition: rapid.SampledFrom(AllConditions()).Draw(t, "cond"),
			Schedule1: rapid.SliceOf(rapid.SampledFrom(AllSchedule1Conditions())).Draw(t, "sch1"),
			APD:       rapid.SampledFrom([]Presence{NotStated, Present, Absent}).Draw(t, "apd"),
		}
		fs := j.Check(EU, euNow)
		if len(fs) != len(j.Schedule1) {
			t.Fatalf("%d findings for %d Schedule 1 conditions: %v", len(fs), len(j.Schedule1), fs)
		}
		for _, f := range fs {
			if f.Code != CodeSchedule1NotAvailable || f.Severity != Error {
				t.Fatalf("EU finding %v", f)
			}
		}
	})
}

// TestRapidAPDMonotonic: an appropriate policy document stated present
// never adds a finding and removes exactly the APD findings; stated absent
// turns each "not evidenced" (Info) into "missing" (Error) and changes
// nothing else.
func TestRapidAPDMonotonic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		j := SpecialCategoryJustification{
			Condition: rapid.SampledFrom(AllConditions()).Draw(t, "cond"),
			Schedule1: rapid.SliceOf(rapid.SampledFrom(AllSchedule1Conditions())).Draw(t, "sch1"),
		}
		silent := j.Check(UK, ukNow)
		j.APD = Present
		with := j.Check(UK, ukNow)
		j.APD = Absent
		without := j.Check(UK, ukNow)
		n, missing, unevidenced := 0, 0, 0
		for _, f := range without {
			if f.Code == CodeAPDMissing {
				missing++
				if f.Severity != Error {
					t.Fatalf("APD missing is %v", f.Severity)
				}
			} else {
				n++
			}
		}
		for _, f := range silent {
			if f.Code == CodeAPDNotEvidenced {
				unevidenced++
				if f.Severity != Info {
					t.Fatalf("APD not evidenced is %v", f.Severity)
				}
			}
		}
		if with.Has(CodeAPDMissing) || with.Has(CodeAPDNotEvidenced) || len(with) != n ||
			missing != unevidenced || len(silent) != len(without) {
			t.Fatalf("with APD %v; without %v; silent %v", with, without, silent)
		}
		cw := CriminalOffenceJustification{Schedule1: j.Schedule1, APD: Present}.Check(UK, ukNow)
		if cw.Has(CodeAPDMissing) || cw.Has(CodeAPDNotEvidenced) {
			t.Fatalf("criminal with APD: %v", cw)
		}
	})
}

// TestRapidGroundCheckTotal: Check never panics and every finding has a
// code, a severity, a message and (unless the regime is bad) an article.
func TestRapidGroundCheckTotal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		g := Ground{
			Basis:      Basis(rapid.Uint8Range(0, 9).Draw(t, "basis")),
			Interest:   rapid.SampledFrom([]string{"", "x"}).Draw(t, "interest"),
			Recognised: RecognisedInterest(rapid.Uint8Range(0, 7).Draw(t, "ri")),
			Law:        rapid.SampledFrom([]string{"", "law"}).Draw(t, "law"),
			LIA: LIA{
				Made:      Presence(rapid.Uint8Range(0, 3).Draw(t, "made")),
				Purpose:   LIATest{Reasoning: rapid.SampledFrom([]string{"", "r"}).Draw(t, "p"), Passed: rapid.Bool().Draw(t, "pp")},
				Necessity: LIATest{Reasoning: rapid.SampledFrom([]string{"", "r"}).Draw(t, "n"), Passed: rapid.Bool().Draw(t, "np")},
				Balancing: LIATest{Reasoning: rapid.SampledFrom([]string{"", "r"}).Draw(t, "b"), Passed: rapid.Bool().Draw(t, "bp")},
				Date:      genTime().Draw(t, "liaDate"),
			},
			Consent: ConsentTerms{
				Withdrawal:           rapid.SampledFrom([]string{"", "w"}).Draw(t, "w"),
				OfferedToChildren:    rapid.Bool().Draw(t, "children"),
				ParentalConsentBelow: rapid.IntRange(-1, 18).Draw(t, "age"),
			},
		}
		r := Regime(rapid.Uint8Range(0, 3).Draw(t, "regime"))
		country := rapid.SampledFrom([]Country{"", "DE", "dk", "US", "GB", "UK", "EL", "??"}).Draw(t, "country")
		fs := g.Check(r, genTime().Draw(t, "at"), ForCountry(country), AsPublicAuthority())
		for _, f := range fs {
			if f.Code == "" || f.Message == "" || !f.Severity.IsValid() || (f.Article == "" && f.Code != CodeRegimeInvalid) {
				t.Fatalf("incomplete finding %+v", f)
			}
		}
		if fs != nil && len(fs) == 0 {
			t.Fatalf("empty non-nil Findings")
		}
	})
}
