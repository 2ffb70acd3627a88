package basis

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// TestDigitalConsentAge follows reference §3 row by row.
func TestDigitalConsentAge(t *testing.T) {
	now := midnight("2026-03-01", civil.Brussels())
	want := map[Country]int{
		"GB": 13, "AT": 14, "BE": 13, "BG": 14, "HR": 16, "CY": 14, "CZ": 15, "DK": 15, "EE": 13,
		"FI": 13, "FR": 15, "DE": 16, "GR": 15, "HU": 16, "IE": 16, "IT": 14, "LV": 13, "LT": 14,
		"LU": 16, "MT": 13, "NL": 16, "PL": 16, "PT": 13, "RO": 16, "SK": 16, "SI": 15, "ES": 14,
		"SE": 13, "IS": 13, "LI": 16, "NO": 13,
	}
	for country, age := range want {
		t.Run(string(country), func(t *testing.T) {
			got, err := DigitalConsentAge(country, now)
			if err != nil || got != age {
				t.Errorf("DigitalConsentAge(%q) = %d, %v; want %d", country, got, err, age)
			}
			if age < 13 || age > 16 {
				t.Errorf("age %d outside Art. 8(1)'s 13-16", age)
			}
		})
	}
	countries := DigitalConsentCountries()
	if len(countries) != len(want) || !slices.IsSorted(countries) {
		t.Errorf("DigitalConsentCountries() = %v", countries)
	}
	for _, c := range countries {
		if _, ok := want[c]; !ok {
			t.Errorf("unexpected country %q", c)
		}
	}
}

// TestDigitalConsentDates checks each dated change at both edges.
func TestDigitalConsentDates(t *testing.T) {
	brussels, london := civil.Brussels(), civil.London()
	tests := []struct {
		name    string
		country Country
		day     string
		last    bool // the last second of day instead of its start
		age     int
		code    Code // the error's code; "" for none
	}{
		{"Denmark last day of 13", "DK", "2023-12-31", true, 13, ""},
		{"Denmark first day of 15", "DK", "2024-01-01", false, 15, ""},
		{"Slovenia before ZVOP-2", "SI", "2023-01-25", true, 16, ""},
		{"Slovenia under ZVOP-2", "SI", "2023-01-26", false, 15, ""},
		{"UK first day of GDPR", "gb", "2018-05-25", false, 13, ""},
		{"UK before GDPR", "GB", "2018-05-24", true, 0, CodeNoDigitalConsent},
		{"EU before GDPR", "DE", "2018-05-24", true, 0, CodeNoDigitalConsent},
		// EEA Joint Committee Decision No 154/2018 entered into force on
		// 2018-07-20 (EFTA Secretariat, 19 July 2018).
		{"Norway the day before the GDPR applied there", "NO", "2018-07-19", true, 0, CodeNoDigitalConsent},
		{"Norway from 2018-07-20", "NO", "2018-07-20", false, 13, ""},
		{"Iceland the day before", "IS", "2018-07-19", true, 0, CodeNoDigitalConsent},
		{"Iceland from 2018-07-20", "IS", "2018-07-20", false, 13, ""},
		{"Liechtenstein on the EU's start date", "LI", "2018-05-25", false, 0, CodeNoDigitalConsent},
		{"Liechtenstein from 2018-07-20", "LI", "2018-07-20", false, 16, ""},
		{"EU state from 2018-05-25", "FR", "2018-05-25", false, 15, ""},
		{"not UK/EU/EEA", "US", "2026-01-01", false, 0, CodeNoDigitalConsent},
		{"ISO code for the UK is GB", "UK", "2026-01-01", false, 0, CodeCountryUnknown},
		{"empty", "", "2026-01-01", false, 0, CodeCountryUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := brussels
			if tt.country == "GB" || tt.country == "gb" {
				loc = london
			}
			when := midnight(tt.day, loc)
			if tt.last {
				when = lastSecond(tt.day, loc)
			}
			got, err := DigitalConsentAge(tt.country, when)
			if got != tt.age || CodeOf(err) != tt.code {
				t.Errorf("DigitalConsentAge = %d, %v; want %d, %q", got, err, tt.age, tt.code)
			}
			var ie *InputError
			if (err != nil) != errors.As(err, &ie) {
				t.Errorf("error %v is not an *InputError", err)
			}
			// "UK" where "GB" is expected is never silent: the error says
			// which code to use.
			if tt.country == "UK" && !strings.Contains(err.Error(), "GB") {
				t.Errorf("error %q gives no hint", err)
			}
		})
	}
}

func TestLookupDigitalConsent(t *testing.T) {
	dk, err := LookupDigitalConsent(" dk ", midnight("2025-01-01", civil.Brussels()))
	if err != nil || dk.Country != "DK" || dk.Age != 15 || !dk.Since.Equal(midnight("2024-01-01", civil.Brussels())) ||
		dk.Source == "" || dk.Unverified {
		t.Errorf("Denmark: %+v", dk)
	}
	// The reference marks Slovenia and Iceland UNVERIFIED.
	for _, c := range []Country{"SI", "IS"} {
		d, _ := LookupDigitalConsent(c, ukNow)
		if !d.Unverified {
			t.Errorf("%s not marked unverified", c)
		}
	}
	gb, _ := LookupDigitalConsent("GB", ukNow)
	if gb.Since.Location().String() != "Europe/London" {
		t.Errorf("GB counted in %v", gb.Since.Location())
	}
}

func TestDefaultDigitalConsentAge(t *testing.T) {
	// Art. 8(1): 16 by default, not below 13; UK 13.
	if UK.DefaultDigitalConsentAge() != 13 || EU.DefaultDigitalConsentAge() != 16 || Regime(0).DefaultDigitalConsentAge() != 0 {
		t.Error("DefaultDigitalConsentAge")
	}
	if UK.MinimumDigitalConsentAge() != 13 || EU.MinimumDigitalConsentAge() != 13 || Regime(9).MinimumDigitalConsentAge() != 0 {
		t.Error("MinimumDigitalConsentAge")
	}
}
