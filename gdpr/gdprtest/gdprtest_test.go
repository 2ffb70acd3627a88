package gdprtest_test

import (
	"testing"

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
		if d := cmp.Diff(r, back, gdprtest.CmpOptions()); d != "" {
			t.Fatalf("round trip (-drawn +decoded):\n%s", d)
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
