package basis

import (
	"slices"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// DigitalConsent is the age of digital consent in one country on one date
// (Art. 8(1)). It matters only where processing rests on consent
// (Art. 6(1)(a)) in relation to an information society service offered
// directly to a child: below Age, that consent is lawful only if given or
// authorised by the holder of parental responsibility. It does not govern
// consent outside such services, other lawful bases, or a child's capacity
// generally; and in the UK preventive or counselling services are not
// information society services for this purpose (UK GDPR Art. 8(4)).
type DigitalConsent struct {
	Country    Country   `json:"country,omitzero"`    // "GB" for the United Kingdom
	Age        int       `json:"age,omitzero"`        // 13 to 16
	Since      time.Time `json:"since,omitzero"`      // midnight at the start of the first day this age applies
	Source     string    `json:"source,omitzero"`     // the national provision, e.g. "DSG §4(4)"
	Unverified bool      `json:"unverified,omitzero"` // the reference marks the value UNVERIFIED
}

// ageEntry is one period of one country's age. Entries of a country are in
// date order; each applies from its date until the next entry's.
type ageEntry struct {
	country    Country
	from       civil.Date
	age        int
	source     string
	unverified bool
}

// gdprStart is the date the GDPR applies in the EU and the UK (Art. 99(2)).
var gdprStart = civil.MustParse("2018-05-25")

// eeaStart is the date the GDPR applies in the EEA EFTA states, Iceland,
// Liechtenstein and Norway: it was incorporated into the EEA Agreement by
// Decision of the EEA Joint Committee No 154/2018 of 6 July 2018 (OJ L 183,
// 19.7.2018, p. 23), which entered into force on 20 July 2018 (EFTA
// Secretariat, "General Data Protection Regulation (GDPR) entered into force
// in the EEA", 19 July 2018). Before it, Directive 95/46/EC still applied
// there, and Art. 8 with it did not.
var eeaStart = civil.MustParse("2018-07-20")

// digitalConsentAges follows reference §3. Ages marked V2 there come from
// regulator pages or secondary sources (the Bird & Bird tracker, the
// Commission's 2020 staff working document); the statute names are the
// reference's labels.
var digitalConsentAges = [...]ageEntry{
	{"AT", gdprStart, 14, "DSG §4(4)", false},
	{"BE", gdprStart, 13, "Act of 2018-07-30 Art. 7", false},
	{"BG", gdprStart, 14, "national law", false},
	{"CY", gdprStart, 14, "national law", false},
	{"CZ", gdprStart, 15, "Act 110/2019 s.7", false},
	{"DE", gdprStart, 16, "GDPR Art. 8(1) (no derogation)", false},
	// Denmark: 13 from 2018; 15 from 2024-01-01 per secondary sources only.
	{"DK", gdprStart, 13, "Databeskyttelsesloven §6", false},
	{"DK", civil.MustParse("2024-01-01"), 15, "Databeskyttelsesloven §6 (as amended)", false},
	{"EE", gdprStart, 13, "national law", false},
	{"ES", gdprStart, 14, "LOPDGDD Art. 7", false},
	{"FI", gdprStart, 13, "Data Protection Act", false},
	// France: below 15 the child and the parent consent jointly.
	{"FR", gdprStart, 15, "Loi 78-17 art. 7-1", false},
	// The United Kingdom: DPA 2018 s.9 as enacted; now UK GDPR Art. 8(1)
	// (s.9 omitted, believed by S.I. 2019/419: UNVERIFIED). The Secretary
	// of State may set 13 to 16 (Art. 8(2A)-(2B); commencement UNVERIFIED).
	{"GB", gdprStart, 13, "DPA 2018 s.9; UK GDPR Art. 8(1)", false},
	{"GR", gdprStart, 15, "Law 4624/2019", false},
	{"HR", gdprStart, 16, "national law", false},
	{"HU", gdprStart, 16, "GDPR Art. 8(1) (no derogation)", false},
	{"IE", gdprStart, 16, "Data Protection Act 2018 s.31", false},
	// Iceland: UNVERIFIED.
	{"IS", eeaStart, 13, "Act 90/2018", true},
	{"IT", gdprStart, 14, "Codice art. 2-quinquies", false},
	{"LI", eeaStart, 16, "GDPR Art. 8(1) (no derogation)", false},
	{"LT", gdprStart, 14, "national law", false},
	{"LU", gdprStart, 16, "GDPR Art. 8(1)", false},
	{"LV", gdprStart, 13, "national law", false},
	{"MT", gdprStart, 13, "national law", false},
	{"NL", gdprStart, 16, "UAVG", false},
	// Norway: a 2025 proposal to raise the age to 15 (status UNVERIFIED).
	{"NO", eeaStart, 13, "Personopplysningsloven §5", false},
	{"PL", gdprStart, 16, "GDPR Art. 8(1) (no derogation)", false},
	{"PT", gdprStart, 13, "Lei 58/2019", false},
	{"RO", gdprStart, 16, "GDPR Art. 8(1)", false},
	{"SE", gdprStart, 13, "national law", false},
	// Slovenia: 16 before ZVOP-2, 15 under ZVOP-2 from 2023-01-26; both
	// UNVERIFIED.
	{"SI", gdprStart, 16, "GDPR Art. 8(1)", true},
	{"SI", civil.MustParse("2023-01-26"), 15, "ZVOP-2", true},
	{"SK", gdprStart, 16, "GDPR Art. 8(1)", false},
}

// LookupDigitalConsent returns the age of digital consent in country
// ("GB" for the United Kingdom; case and surrounding space are ignored) on
// the calendar date of at, counted in Europe/London for GB and
// Europe/Brussels otherwise.
//
// The error is an *[InputError]: [CodeCountryUnknown] for text that is not
// an ISO 3166-1 alpha-2 code (for "UK" the message says to use "GB"), and
// [CodeNoDigitalConsent] for a country outside the UK, the EU and the EEA,
// or a date before the GDPR applied there: 2018-05-25 in the UK and the EU
// states, 2018-07-20 in Iceland, Liechtenstein and Norway (EEA Joint
// Committee Decision No 154/2018).
func LookupDigitalConsent(country Country, at time.Time) (DigitalConsent, error) {
	c := country
	if !c.IsValid() {
		var err error
		if c, err = ParseCountry(string(country)); err != nil {
			return DigitalConsent{}, err
		}
	}
	if d, ok := lookupDigitalConsent(c, at); ok {
		return d, nil
	}
	msg := "no age of digital consent: " + string(c) + " is not the UK, an EU state or an EEA state"
	if from, ok := digitalConsentFrom(c); ok {
		msg = "no age of digital consent: the GDPR applies in " + string(c) + " only from " + from.String()
	}
	return DigitalConsent{}, &InputError{Code: CodeNoDigitalConsent, Value: string(c), Message: msg}
}

// lookupDigitalConsent is [LookupDigitalConsent] for a canonical code,
// without allocating.
func lookupDigitalConsent(country Country, at time.Time) (DigitalConsent, bool) {
	loc := civil.Brussels()
	if country == "GB" {
		loc = civil.London()
	}
	day := civil.RegimeDate(country != "GB", at)
	var found *ageEntry
	for i := range digitalConsentAges {
		e := &digitalConsentAges[i]
		if e.country == country && !day.Before(e.from) {
			found = e
		}
	}
	if found == nil {
		return DigitalConsent{}, false
	}
	return DigitalConsent{
		Country:    found.country,
		Age:        found.age,
		Since:      found.from.Time(loc),
		Source:     found.source,
		Unverified: found.unverified,
	}, true
}

// digitalConsentFrom returns the first day an age of digital consent applies
// in country (a canonical code), and false for a country with none.
func digitalConsentFrom(country Country) (civil.Date, bool) {
	for _, e := range digitalConsentAges {
		if e.country == country {
			return e.from, true
		}
	}
	return 0, false
}

// hasDigitalConsent reports whether country ever has an age here.
func hasDigitalConsent(country Country) bool {
	_, ok := digitalConsentFrom(country)
	return ok
}

// DigitalConsentAge returns just the age of [LookupDigitalConsent].
func DigitalConsentAge(country Country, at time.Time) (int, error) {
	d, err := LookupDigitalConsent(country, at)
	return d.Age, err
}

// DigitalConsentCountries returns the countries that have an age of digital
// consent here, sorted by code: the UK, the 27 EU states, Iceland,
// Liechtenstein and Norway. The slice is new.
func DigitalConsentCountries() []Country {
	var out []Country
	for _, e := range digitalConsentAges {
		if len(out) == 0 || out[len(out)-1] != e.country {
			out = append(out, e.country)
		}
	}
	slices.Sort(out)
	return out
}

// DefaultDigitalConsentAge returns the age of digital consent a regime sets
// when national law says nothing: 16 under the EU GDPR (Art. 8(1), which
// lets Member States go down to 13), 13 in the UK (UK GDPR Art. 8(1); DPA
// 2018 s.9 as enacted), and 0 for an invalid regime.
func (r Regime) DefaultDigitalConsentAge() int {
	switch r {
	case UK:
		return 13
	case EU:
		return 16
	}
	return 0
}

// MinimumDigitalConsentAge returns the lowest age a state may set: 13 under
// both regimes (Art. 8(1); UK Art. 8(2A)), and 0 for an invalid regime.
func (r Regime) MinimumDigitalConsentAge() int {
	if !r.IsValid() {
		return 0
	}
	return 13
}
