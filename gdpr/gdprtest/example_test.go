package gdprtest_test

import (
	"fmt"
	"testing"

	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// roundTrip is a consumer's property: every register the generator draws
// survives the JSON format unchanged.
func roundTrip(t *rapid.T) {
	reg := gdprtest.ValidRegister().Draw(t, "reg")
	b, err := gdpr.Encode(reg)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	back, err := gdpr.Decode(b)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if d := cmp.Diff(reg, back, gdprtest.CmpOptions()); d != "" {
		t.Fatalf("round trip (-reg +back):\n%s", d)
	}
}

// A consumer writes the property in a test:
//
//	func TestRoundTrip(t *testing.T) { rapid.Check(t, roundTrip) }
//
// (as TestConsumerProperty in this file does). An Example has no
// *testing.T, so this one runs the same property through rapid.Check with
// a stand-in for it that records the outcome.
func Example() {
	var t recorder
	rapid.Check(&t, roundTrip)
	fmt.Println("property holds:", !t.Failed())
	// Output: property holds: true
}

// recorder is the smallest rapid.TB: it records failure and discards the
// log.
type recorder struct{ failed bool }

func (*recorder) Helper()                     {}
func (*recorder) Name() string                { return "Example" }
func (*recorder) Logf(string, ...any)         {}
func (*recorder) Log(...any)                  {}
func (*recorder) Skipf(string, ...any)        {}
func (*recorder) Skip(...any)                 {}
func (*recorder) SkipNow()                    {}
func (r *recorder) Errorf(f string, a ...any) { r.Fail(); fmt.Printf(f+"\n", a...) }
func (r *recorder) Error(a ...any)            { r.Fail(); fmt.Println(a...) }
func (r *recorder) Fatalf(f string, a ...any) { r.Errorf(f, a...) }
func (r *recorder) Fatal(a ...any)            { r.Error(a...) }
func (r *recorder) FailNow()                  { r.Fail() }
func (r *recorder) Fail()                     { r.failed = true }
func (r *recorder) Failed() bool              { return r.failed }

// TestConsumerProperty is the property of the package example as a
// consumer's test file holds it.
func TestConsumerProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := gdprtest.ValidRegister().Draw(t, "reg")
		if _, err := gdpr.Encode(reg); err != nil {
			t.Fatalf("Encode: %v", err)
		}
	})
}
