package basis

import (
	"bytes"
	"encoding"
	"testing"
	"time"
)

// textValue is a value that marshals to text and back.
type textValue interface {
	encoding.TextMarshaler
	String() string
}

// parsers covers every parser of the package: each enumeration's
// UnmarshalText (which Parse shares), ParseSensitiveData and ParseCountry
// (through Country.UnmarshalText).
func parsers() []func([]byte) (textValue, func() textValue, error) {
	return []func([]byte) (textValue, func() textValue, error){
		unmarshal[Regime], unmarshal[Basis], unmarshal[Change], unmarshal[SpecialCategory],
		unmarshal[DataClass], unmarshal[Condition], unmarshal[Schedule1Part],
		unmarshal[Schedule1Condition], unmarshal[RecognisedInterest], unmarshal[SensitiveData],
		unmarshal[Presence], unmarshal[Country], unmarshal[Severity],
	}
}

// unmarshal decodes text into a new T and returns it with a factory for a
// fresh T to decode the re-encoded text into.
func unmarshal[T any, PT interface {
	*T
	textValue
	encoding.TextUnmarshaler
}](text []byte) (textValue, func() textValue, error) {
	var v T
	err := PT(&v).UnmarshalText(text)
	return PT(&v), func() textValue { var w T; return PT(&w) }, err
}

// FuzzParse checks, for every parser, that any input either fails with an
// error or decodes to a value whose text decodes to the same text again
// (marshal, unmarshal, marshal is stable), and that nothing panics.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "uk", "EU", "legitimate-interests", "Recognised_Legitimate_Interest",
		"gdpr-applies", "health", "criminal-offence", "health,criminal-offence", "special-category",
		"explicit-consent", "part-2", "safeguarding", "unlawful-acts-disclosure", "crime",
		" genetic , biometric ", ",,", "\x00", "héalth", "basis.Basis(17)", "unspecified",
		"present", "absent", "gb", " UK ", "EL", "warning",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, parse := range parsers() {
			v, fresh, err := parse([]byte(s))
			if err != nil {
				if err.Error() == "" {
					t.Errorf("empty error for %q", s)
				}
				continue
			}
			_ = v.String()
			text, err := v.MarshalText()
			if err != nil {
				t.Fatalf("%T from %q: MarshalText: %v", v, s, err)
			}
			w := fresh()
			if err := w.(encoding.TextUnmarshaler).UnmarshalText(text); err != nil {
				t.Fatalf("%T: re-parse of %q (from %q): %v", v, text, s, err)
			}
			again, err := w.MarshalText()
			if err != nil || !bytes.Equal(again, text) {
				t.Fatalf("%T: %q -> %q -> %q, %v", v, s, text, again, err)
			}
		}
	})
}

// FuzzDigitalConsent: any country code and instant give an age in 13..16
// or an error with a code, without panicking.
func FuzzDigitalConsent(f *testing.F) {
	f.Add("DK", int64(1704067200))
	f.Add("gb", int64(0))
	f.Add("", int64(-1<<40))
	f.Fuzz(func(t *testing.T, country string, unix int64) {
		const bound = 1 << 40 // about 34,000 years either side of 1970
		age, err := DigitalConsentAge(Country(country), time.Unix(unix%bound, 0))
		if err == nil && (age < 13 || age > 16) {
			t.Errorf("age %d for %q", age, country)
		}
		if err != nil && (age != 0 || CodeOf(err) == "") {
			t.Errorf("age %d with error %v", age, err)
		}
	})
}
