package gdprtest_test

import (
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// TestWellFormedRegisterRoundTrips: every register WellFormedRegister
// draws encodes, and decodes to an equal register.
func TestWellFormedRegisterRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.WellFormedRegister().Draw(t, "register")
		b, err := gdpr.Encode(r)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		back, err := gdpr.Decode(b)
		if err != nil {
			t.Fatalf("Decode: %v\n%s", err, b)
		}
		if !cmp.Equal(r, back, cmp.Comparer(time.Time.Equal)) {
			t.Fatalf("round trip (-drawn +decoded):\n%s", cmp.Diff(r, back, gdprtest.CmpOptions()))
		}
	})
}

// TestCmpOptions: the options equate a register with a copy whose lists of
// elements and references are in another order and whose times are at
// other clock times of the same dates, and tell apart a register with one
// thing changed.
func TestCmpOptions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.WellFormedRegister().Draw(t, "register")
		b, err := gdpr.Encode(r)
		if err != nil {
			t.Fatal(err)
		}
		c, err := gdpr.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		slices.Reverse(c.Subjects)
		slices.Reverse(c.Data)
		slices.Reverse(c.Activities)
		slices.Reverse(c.Regimes)
		for i := range c.Activities {
			slices.Reverse(c.Activities[i].Data)
			slices.Reverse(c.Activities[i].Grounds)
		}
		for i := range c.Recipients {
			a := &c.Recipients[i].Agreement
			if !a.Made.IsZero() {
				y, m, d := a.Made.Date()
				a.Made = time.Date(y, m, d, 23, 59, 0, 0, a.Made.Location())
			}
		}
		if d := cmp.Diff(r, c, gdprtest.CmpOptions()); d != "" {
			t.Fatalf("a reordered copy differs:\n%s", d)
		}
		c.Notice.Version += "x"
		if cmp.Equal(r, c, gdprtest.CmpOptions()) {
			t.Fatalf("a changed notice version is equal")
		}
	})
}

// TestValidRegisterDecodes: ValidRegister draws well-formed registers.
func TestValidRegisterDecodes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.ValidRegister().Draw(t, "register")
		b, err := gdpr.Encode(r)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		if _, err := gdpr.Decode(b); err != nil {
			t.Fatalf("Decode: %v\n%s", err, b)
		}
	})
}

// TestArbitraryRegisterNoPanic: Encode and Decode return an error or a
// register for anything ArbitraryRegister draws, and never panic.
func TestArbitraryRegisterNoPanic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.ArbitraryRegister().Draw(t, "register")
		b, err := gdpr.Encode(r)
		if err != nil {
			return
		}
		if _, err := gdpr.Decode(b); err != nil {
			t.Fatalf("Encode accepted what Decode refuses: %v\n%s", err, b)
		}
	})
}
