package basis

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// onEU returns noon in Brussels on the date s.
func onEU(s string) time.Time { return midnight(s, civil.Brussels()).Add(12 * time.Hour) }

func TestCountryTable(t *testing.T) {
	// ISO 3166-1 has 249 officially assigned alpha-2 codes.
	if n := len(isoCountries); n != 249 {
		t.Errorf("table has %d codes, want 249", n)
	}
	for i, c := range isoCountries {
		if len(c.code) != 2 || c.code[0] < 'A' || c.code[0] > 'Z' || c.code[1] < 'A' || c.code[1] > 'Z' {
			t.Errorf("bad code %q", c.code)
		}
		if i > 0 && isoCountries[i-1].code >= c.code {
			t.Errorf("table not sorted at %q", c.code)
		}
		if c.name == "" {
			t.Errorf("%s has no name", c.code)
		}
	}
	if len(memberships) > 64 {
		t.Errorf("%d membership rows; membershipRows holds at most 64", len(memberships))
	}
	for _, m := range memberships {
		if !m.country.IsValid() || m.from.After(m.until) {
			t.Errorf("bad membership row %+v", m)
		}
	}
}

func TestParseCountry(t *testing.T) {
	tests := []struct {
		in   string
		want Country
		name string
	}{
		{"US", "US", "United States of America"},
		{"gb", "GB", "United Kingdom of Great Britain and Northern Ireland"},
		{" jp\t", "JP", "Japan"},
		{"AX", "AX", "Åland Islands"},
		{"SS", "SS", "South Sudan"},
		{"ZW", "ZW", "Zimbabwe"},
		{"AD", "AD", "Andorra"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseCountry(tt.in)
			if err != nil || got != tt.want || got.Name() != tt.name {
				t.Errorf("ParseCountry(%q) = %q (%q), %v; want %q (%q)", tt.in, got, got.Name(), err, tt.want, tt.name)
			}
		})
	}
}

func TestParseCountryFails(t *testing.T) {
	tests := []struct {
		in, hint string
	}{
		{"", "empty"},
		{"UK", "use is GB"},
		{" uk ", "use is GB"},
		{"uk", "use is GB"},
		{"EL", "use is GR"},
		{"EU", ""},
		{"XK", ""}, // Kosovo: user-assigned, not ISO
		{"ZZ", ""},
		{"AA", ""},
		{"USA", ""},
		{"U", ""},
		{"1A", ""},
		{"U S", ""},
		{"\xff\xfe", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseCountry(tt.in)
			if err == nil {
				t.Fatalf("ParseCountry(%q) = %q, want error", tt.in, got)
			}
			var e *InputError
			if !errors.As(err, &e) || e.Code != CodeCountryUnknown || e.Value != tt.in || len(e.Valid) != 0 {
				t.Errorf("ParseCountry(%q) error %v is not an *InputError with the value", tt.in, err)
			}
			if !strings.Contains(err.Error(), tt.hint) {
				t.Errorf("ParseCountry(%q) = %q, want hint %q", tt.in, err, tt.hint)
			}
		})
	}
	for _, c := range []Country{"", "us", "UK", "XK"} {
		if c.IsValid() {
			t.Errorf("Country(%q).IsValid() = true", c)
		}
		if _, err := c.MarshalText(); (err == nil) != (c == "") {
			t.Errorf("Country(%q).MarshalText error = %v", c, err)
		}
	}
}

func TestCountryText(t *testing.T) {
	var c Country
	if err := c.UnmarshalText([]byte("fr")); err != nil || c != "FR" {
		t.Fatalf("UnmarshalText(fr) = %q, %v", c, err)
	}
	if err := c.UnmarshalText([]byte("UK")); err == nil || c != "FR" {
		t.Errorf("UnmarshalText(UK) = %q, %v; want error and FR kept", c, err)
	}
	b, err := c.MarshalText()
	if err != nil || string(b) != "FR" {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
	if err := c.UnmarshalText(nil); err != nil || c != "" {
		t.Errorf("UnmarshalText(empty) = %q, %v", c, err)
	}
}

func TestMembership(t *testing.T) {
	type check struct {
		c                          Country
		date                       string
		eu, eea, transition, inEEA bool
	}
	tests := []check{
		{"GB", "1972-12-31", false, false, false, false},
		{"GB", "1973-01-01", true, false, false, true},
		{"GB", "2020-01-31", true, true, false, true},  // last day of membership
		{"GB", "2020-02-01", false, false, true, true}, // transition period
		{"GB", "2020-12-31", false, false, true, true},
		{"GB", "2021-01-01", false, false, false, false},
		{"HR", "2013-06-30", false, false, false, false},
		{"HR", "2013-07-01", true, true, false, true},
		{"NO", "1993-12-31", false, false, false, false},
		{"NO", "1994-01-01", false, true, false, true},
		{"IS", "2026-11-23", false, true, false, true},
		{"LI", "1995-04-30", false, false, false, false},
		{"LI", "1995-05-01", false, true, false, true},
		{"AT", "1994-06-01", false, true, false, true},
		{"AT", "1995-01-01", true, true, false, true},
		{"FR", "1958-01-01", true, false, false, true},
		{"FR", "2026-11-23", true, true, false, true},
		{"CH", "2026-11-23", false, false, false, false},
		{"GL", "1985-01-31", false, false, false, true},
		{"GL", "1985-02-01", false, false, false, false},
		{"GI", "2020-12-31", false, false, false, true},
		{"GI", "2021-01-01", false, false, false, false},
		{"RE", "2026-11-23", false, false, false, true},
		{"SJ", "2026-11-23", false, false, false, false},
		{"BG", "2006-12-31", false, false, false, false},
		{"BG", "2007-01-01", true, true, false, true},
		{"PL", "2004-05-01", true, true, false, true},
	}
	for _, tt := range tests {
		t.Run(string(tt.c)+"/"+tt.date, func(t *testing.T) {
			at := onEU(tt.date)
			if got := tt.c.EUMember(at); got != tt.eu {
				t.Errorf("EUMember = %v, want %v", got, tt.eu)
			}
			if got := tt.c.EEAMember(at); got != tt.eea {
				t.Errorf("EEAMember = %v, want %v", got, tt.eea)
			}
			if got := tt.c.InTransition(at); got != tt.transition {
				t.Errorf("InTransition = %v, want %v", got, tt.transition)
			}
			if got := tt.c.InEEA(at); got != tt.inEEA {
				t.Errorf("InEEA = %v, want %v", got, tt.inEEA)
			}
		})
	}
	// 27 member states today.
	n := 0
	for _, c := range AllCountries() {
		if c.EUMember(onEU("2026-11-23")) {
			n++
		}
	}
	if n != 27 {
		t.Errorf("%d EU member states on 2026-11-23, want 27", n)
	}
	n = 0
	for _, c := range AllCountries() {
		if c.EUMember(onEU("2020-01-31")) {
			n++
		}
	}
	if n != 28 {
		t.Errorf("%d EU member states on 2020-01-31, want 28", n)
	}
}

// TestCountryHint: the reserved codes give the code to use.
func TestCountryHint(t *testing.T) {
	for in, want := range map[string]Country{"UK": "GB", "uk": "GB", "EL": "GR", "FX": "FR"} {
		if got, ok := CountryHint(in); !ok || got != want {
			t.Errorf("CountryHint(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"GB", "US", "", "UKK"} {
		if got, ok := CountryHint(in); ok {
			t.Errorf("CountryHint(%q) = %q", in, got)
		}
	}
	if _, err := Country("us").MarshalText(); err == nil || !strings.Contains(err.Error(), "upper case, US") {
		t.Errorf("lower-case country: %v", err)
	}
}
