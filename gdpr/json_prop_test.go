package gdpr_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// TestEncodeDecodeIdentityProperty: the JSON round trip is the identity on
// well-formed registers: Decode(Encode(r)) equals r (field by field, in
// order, times as instants), and encoding the result gives the same
// bytes.
func TestEncodeDecodeIdentityProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.WellFormedRegister().Draw(t, "register")
		b, err := gdpr.Encode(r)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		back, err := gdpr.Decode(b)
		if err != nil {
			t.Fatalf("Decode of Encode's output: %v\n%s", err, b)
		}
		// In order, and times as instants: stricter than
		// gdprtest.CmpOptions (which gdprtest's own tests use for this).
		if !cmp.Equal(r, back, cmp.Comparer(time.Time.Equal)) {
			t.Fatalf("Decode(Encode(r)) differs (-r +decoded):\n%s", cmp.Diff(r, back, cmp.Comparer(time.Time.Equal)))
		}
		again, err := gdpr.Encode(back)
		if err != nil {
			t.Fatalf("Encode of the decoded register: %v", err)
		}
		if !bytes.Equal(b, again) {
			t.Fatalf("re-encoding differs:\n%s\nthen\n%s", b, again)
		}
	})
}

// TestEncodeArbitraryProperty: Encode and Decode never panic on anything a
// Register can hold; whatever Encode accepts, Decode accepts; and every
// refusal is a *basis.InputError with a code of the package.
func TestEncodeArbitraryProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.ArbitraryRegister().Draw(t, "register")
		b, err := gdpr.Encode(r)
		if err != nil {
			if basis.CodeOf(err) == "" {
				t.Fatalf("Encode error without a code: %v", err)
			}
			return
		}
		if _, err := gdpr.Decode(b); err != nil {
			t.Fatalf("Decode refuses what Encode wrote: %v\n%s", err, b)
		}
	})
}
