package recipient

import (
	"errors"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// fuzzEnum checks that a parser never panics and that what it accepts
// marshals to a code that parses back to the same value.
func fuzzEnum[T interface {
	comparable
	MarshalText() ([]byte, error)
}](f *testing.F, seeds []string, parse func(string) (T, error)) {
	for _, s := range append(seeds, "", " ", "X", "unspecified", "\x00", "Ü") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parse(s)
		if err != nil {
			return
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("parse(%q) = %v, which does not marshal: %v", s, v, err)
		}
		w, err := parse(string(b))
		if err != nil || w != v {
			t.Fatalf("round trip of %q: %v, %v", b, w, err)
		}
	})
}

func FuzzParseCountry(f *testing.F) {
	fuzzEnum(f, []string{"GB", "gb", " us ", "UK", "EL", "XK", "AX"}, ParseCountry)
}

func FuzzParseMechanism(f *testing.F) {
	fuzzEnum(f, []string{"eu-scc-2021", "Privacy_Shield", "uk idta"}, ParseMechanism)
}

func FuzzParseRole(f *testing.F) { fuzzEnum(f, []string{"processor", "Joint Controller"}, ParseRole) }

func FuzzParseModule(f *testing.F) {
	fuzzEnum(f, []string{"controller-to-processor"}, ParseModule)
}

func FuzzParseScope(f *testing.F) { fuzzEnum(f, []string{"eu-us-dpf", "canada-pipeda"}, ParseScope) }

func FuzzParseAgreementKind(f *testing.F) {
	fuzzEnum(f, []string{"processor-contract", "data_sharing"}, ParseAgreementKind)
}

func FuzzParseMechanismKind(f *testing.F) {
	fuzzEnum(f, []string{"adequacy", "safeguards"}, ParseMechanismKind)
}

func FuzzParseTerm(f *testing.F) { fuzzEnum(f, []string{"audits", "Sub Processing"}, ParseTerm) }

func FuzzParseTerms(f *testing.F) {
	fuzzEnum(f, []string{"audits,security", " duration , audits", ",", "audits,,"}, ParseTerms)
}

// FuzzTransferCheck checks that the transfer check never panics and that
// its errors always carry a code and a message.
func FuzzTransferCheck(f *testing.F) {
	f.Add(uint8(2), "US", uint8(24), uint8(0), uint8(0), int64(1559476800), uint8(0), int64(0))
	f.Add(uint8(1), "IN", uint8(5), uint8(0), uint8(0), int64(1800000000), uint8(1), int64(1600000000))
	f.Add(uint8(1), "JP", uint8(2), uint8(0), uint8(6), int64(1700000000), uint8(2), int64(0))
	f.Fuzz(func(t *testing.T, r uint8, c string, m, mod, scope uint8, at int64, ev uint8, concluded int64) {
		e := Evidence(ev % 4)
		tr := Transfer{Countries: []Country{Country(c)}, Mechanism: Mechanism(m), Module: Module(mod),
			Scope: Scope(scope), Certified: e, DataProtectionTest: e, Consent: Consent{Explicit: e, InformedOfRisks: e},
			Compelling: Compelling{NotRepetitive: e}}
		if concluded != 0 {
			tr.Concluded = time.Unix(concluded, 0)
		}
		fs := tr.Findings(basis.Regime(r), time.Unix(at, 0))
		for _, f := range fs {
			if f.Code == "" || f.Message == "" || !f.Severity.IsValid() {
				t.Fatalf("finding without code, message or severity: %#v", f)
			}
		}
		err := tr.Check(basis.Regime(r), time.Unix(at, 0))
		if (err != nil) != (fs.Err() != nil) || (err != nil && (CodeOf(err) == "" || err.Error() == "")) {
			t.Fatalf("Check = %v, Findings = %v", err, fs)
		}
		_ = Adequate(basis.Regime(r), Country(c), time.Unix(at, 0))
	})
}

// FuzzTermsJSON: whatever Terms.UnmarshalJSON accepts marshals back to a
// list that decodes to the same set, and a rejected input is an input
// error with a code.
func FuzzTermsJSON(f *testing.F) {
	for _, s := range []string{`["security","audits"]`, `[]`, `null`, `["audits","audits"]`, `["x"]`, `"audits"`, `[1]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var s Terms
		if err := s.UnmarshalJSON(data); err != nil {
			var ie *basis.InputError
			if !errors.As(err, &ie) || ie.Code == "" {
				t.Fatalf("UnmarshalJSON(%q) = %v, want an input error", data, err)
			}
			return
		}
		b, err := s.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var u Terms
		if err := u.UnmarshalJSON(b); err != nil || u != s {
			t.Fatalf("round trip of %q: %s gives %v, %v", data, b, u, err)
		}
	})
}
