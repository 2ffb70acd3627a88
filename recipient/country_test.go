package recipient

import (
	"errors"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
)

// TestAdequacyTable checks that every adequacy row names a valid country.
func TestAdequacyTable(t *testing.T) {
	for _, a := range append(euAdequacy[:], ukAdequacy[:]...) {
		if !a.country.IsValid() || a.from.After(a.until) || (a.scope != 0 && a.scope.Country() != a.country) {
			t.Errorf("bad adequacy row %+v", a)
		}
	}
}

// TestCountryWrappers: recipient.Country is basis.Country, and the
// wrappers give basis's answers (the country tests are in basis).
func TestCountryWrappers(t *testing.T) {
	var c basis.Country = Country("US")
	if got, err := ParseCountry(" gb "); err != nil || got != "GB" || MustParseCountry("us") != "US" || c.Name() == "" {
		t.Errorf("ParseCountry = %q, %v", got, err)
	}
	if len(AllCountries()) != 249 || ISOVersion != basis.ISOVersion {
		t.Error("AllCountries or ISOVersion")
	}
	_, err := ParseCountry("UK")
	var ie *basis.InputError
	if !errors.As(err, &ie) || ie.Code != basis.CodeCountryUnknown {
		t.Errorf("ParseCountry(UK) = %v", err)
	}
}
