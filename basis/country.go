package basis

import "strings"

// This file holds the ISO 3166-1 country codes; membership.go holds the EU
// and EEA membership of each code over time.

// Country is an officially assigned ISO 3166-1 alpha-2 code in upper case,
// such as "US" or "GB". The zero value (and any other text) is not a valid
// country; [ParseCountry] accepts lower case and surrounding space and
// returns the canonical code, and [Country.IsValid] checks a value built
// directly, as in basis.Country("US"). recipient.Country is the same
// type.
//
// The list is the 249 officially assigned codes of ISO 3166-1 (see
// [ISOVersion]). Codes that ISO reserves but does not assign are rejected:
// "UK" (use "GB"), "EL" (use "GR"), "EU", and user-assigned codes such as
// "XK" or "ZZ".
type Country string

// ISOVersion records which edition of ISO 3166-1 the country table follows:
// the officially assigned alpha-2 codes as listed by the ISO Online Browsing
// Platform on 2025-01-01 (ISO 3166-1:2020 with its newsletters). The set of
// codes last changed on 2011-08-09, when SS (South Sudan) was assigned;
// later newsletters changed only names (SZ Eswatini 2018, MK North Macedonia
// 2019, TR Türkiye 2022).
const ISOVersion = "2025-01-01"

// isoCountries lists every officially assigned alpha-2 code with its ISO
// short name in English, sorted by code. The table is written out here (not
// generated) and checked by tests for order, count and form.
var isoCountries = [...]struct{ code, name string }{
	{"AD", "Andorra"},
	{"AE", "United Arab Emirates"},
	{"AF", "Afghanistan"},
	{"AG", "Antigua and Barbuda"},
	{"AI", "Anguilla"},
	{"AL", "Albania"},
	{"AM", "Armenia"},
	{"AO", "Angola"},
	{"AQ", "Antarctica"},
	{"AR", "Argentina"},
	{"AS", "American Samoa"},
	{"AT", "Austria"},
	{"AU", "Australia"},
	{"AW", "Aruba"},
	{"AX", "Åland Islands"},
	{"AZ", "Azerbaijan"},
	{"BA", "Bosnia and Herzegovina"},
	{"BB", "Barbados"},
	{"BD", "Bangladesh"},
	{"BE", "Belgium"},
	{"BF", "Burkina Faso"},
	{"BG", "Bulgaria"},
	{"BH", "Bahrain"},
	{"BI", "Burundi"},
	{"BJ", "Benin"},
	{"BL", "Saint Barthélemy"},
	{"BM", "Bermuda"},
	{"BN", "Brunei Darussalam"},
	{"BO", "Bolivia (Plurinational State of)"},
	{"BQ", "Bonaire, Sint Eustatius and Saba"},
	{"BR", "Brazil"},
	{"BS", "Bahamas"},
	{"BT", "Bhutan"},
	{"BV", "Bouvet Island"},
	{"BW", "Botswana"},
	{"BY", "Belarus"},
	{"BZ", "Belize"},
	{"CA", "Canada"},
	{"CC", "Cocos (Keeling) Islands"},
	{"CD", "Congo (the Democratic Republic of the)"},
	{"CF", "Central African Republic"},
	{"CG", "Congo"},
	{"CH", "Switzerland"},
	{"CI", "Côte d'Ivoire"},
	{"CK", "Cook Islands"},
	{"CL", "Chile"},
	{"CM", "Cameroon"},
	{"CN", "China"},
	{"CO", "Colombia"},
	{"CR", "Costa Rica"},
	{"CU", "Cuba"},
	{"CV", "Cabo Verde"},
	{"CW", "Curaçao"},
	{"CX", "Christmas Island"},
	{"CY", "Cyprus"},
	{"CZ", "Czechia"},
	{"DE", "Germany"},
	{"DJ", "Djibouti"},
	{"DK", "Denmark"},
	{"DM", "Dominica"},
	{"DO", "Dominican Republic"},
	{"DZ", "Algeria"},
	{"EC", "Ecuador"},
	{"EE", "Estonia"},
	{"EG", "Egypt"},
	{"EH", "Western Sahara"},
	{"ER", "Eritrea"},
	{"ES", "Spain"},
	{"ET", "Ethiopia"},
	{"FI", "Finland"},
	{"FJ", "Fiji"},
	{"FK", "Falkland Islands (Malvinas)"},
	{"FM", "Micronesia (Federated States of)"},
	{"FO", "Faroe Islands"},
	{"FR", "France"},
	{"GA", "Gabon"},
	{"GB", "United Kingdom of Great Britain and Northern Ireland"},
	{"GD", "Grenada"},
	{"GE", "Georgia"},
	{"GF", "French Guiana"},
	{"GG", "Guernsey"},
	{"GH", "Ghana"},
	{"GI", "Gibraltar"},
	{"GL", "Greenland"},
	{"GM", "Gambia"},
	{"GN", "Guinea"},
	{"GP", "Guadeloupe"},
	{"GQ", "Equatorial Guinea"},
	{"GR", "Greece"},
	{"GS", "South Georgia and the South Sandwich Islands"},
	{"GT", "Guatemala"},
	{"GU", "Guam"},
	{"GW", "Guinea-Bissau"},
	{"GY", "Guyana"},
	{"HK", "Hong Kong"},
	{"HM", "Heard Island and McDonald Islands"},
	{"HN", "Honduras"},
	{"HR", "Croatia"},
	{"HT", "Haiti"},
	{"HU", "Hungary"},
	{"ID", "Indonesia"},
	{"IE", "Ireland"},
	{"IL", "Israel"},
	{"IM", "Isle of Man"},
	{"IN", "India"},
	{"IO", "British Indian Ocean Territory"},
	{"IQ", "Iraq"},
	{"IR", "Iran (Islamic Republic of)"},
	{"IS", "Iceland"},
	{"IT", "Italy"},
	{"JE", "Jersey"},
	{"JM", "Jamaica"},
	{"JO", "Jordan"},
	{"JP", "Japan"},
	{"KE", "Kenya"},
	{"KG", "Kyrgyzstan"},
	{"KH", "Cambodia"},
	{"KI", "Kiribati"},
	{"KM", "Comoros"},
	{"KN", "Saint Kitts and Nevis"},
	{"KP", "Korea (the Democratic People's Republic of)"},
	{"KR", "Korea (the Republic of)"},
	{"KW", "Kuwait"},
	{"KY", "Cayman Islands"},
	{"KZ", "Kazakhstan"},
	{"LA", "Lao People's Democratic Republic"},
	{"LB", "Lebanon"},
	{"LC", "Saint Lucia"},
	{"LI", "Liechtenstein"},
	{"LK", "Sri Lanka"},
	{"LR", "Liberia"},
	{"LS", "Lesotho"},
	{"LT", "Lithuania"},
	{"LU", "Luxembourg"},
	{"LV", "Latvia"},
	{"LY", "Libya"},
	{"MA", "Morocco"},
	{"MC", "Monaco"},
	{"MD", "Moldova (the Republic of)"},
	{"ME", "Montenegro"},
	{"MF", "Saint Martin (French part)"},
	{"MG", "Madagascar"},
	{"MH", "Marshall Islands"},
	{"MK", "North Macedonia"},
	{"ML", "Mali"},
	{"MM", "Myanmar"},
	{"MN", "Mongolia"},
	{"MO", "Macao"},
	{"MP", "Northern Mariana Islands"},
	{"MQ", "Martinique"},
	{"MR", "Mauritania"},
	{"MS", "Montserrat"},
	{"MT", "Malta"},
	{"MU", "Mauritius"},
	{"MV", "Maldives"},
	{"MW", "Malawi"},
	{"MX", "Mexico"},
	{"MY", "Malaysia"},
	{"MZ", "Mozambique"},
	{"NA", "Namibia"},
	{"NC", "New Caledonia"},
	{"NE", "Niger"},
	{"NF", "Norfolk Island"},
	{"NG", "Nigeria"},
	{"NI", "Nicaragua"},
	{"NL", "Netherlands (Kingdom of the)"},
	{"NO", "Norway"},
	{"NP", "Nepal"},
	{"NR", "Nauru"},
	{"NU", "Niue"},
	{"NZ", "New Zealand"},
	{"OM", "Oman"},
	{"PA", "Panama"},
	{"PE", "Peru"},
	{"PF", "French Polynesia"},
	{"PG", "Papua New Guinea"},
	{"PH", "Philippines"},
	{"PK", "Pakistan"},
	{"PL", "Poland"},
	{"PM", "Saint Pierre and Miquelon"},
	{"PN", "Pitcairn"},
	{"PR", "Puerto Rico"},
	{"PS", "Palestine, State of"},
	{"PT", "Portugal"},
	{"PW", "Palau"},
	{"PY", "Paraguay"},
	{"QA", "Qatar"},
	{"RE", "Réunion"},
	{"RO", "Romania"},
	{"RS", "Serbia"},
	{"RU", "Russian Federation"},
	{"RW", "Rwanda"},
	{"SA", "Saudi Arabia"},
	{"SB", "Solomon Islands"},
	{"SC", "Seychelles"},
	{"SD", "Sudan"},
	{"SE", "Sweden"},
	{"SG", "Singapore"},
	{"SH", "Saint Helena, Ascension and Tristan da Cunha"},
	{"SI", "Slovenia"},
	{"SJ", "Svalbard and Jan Mayen"},
	{"SK", "Slovakia"},
	{"SL", "Sierra Leone"},
	{"SM", "San Marino"},
	{"SN", "Senegal"},
	{"SO", "Somalia"},
	{"SR", "Suriname"},
	{"SS", "South Sudan"},
	{"ST", "Sao Tome and Principe"},
	{"SV", "El Salvador"},
	{"SX", "Sint Maarten (Dutch part)"},
	{"SY", "Syrian Arab Republic"},
	{"SZ", "Eswatini"},
	{"TC", "Turks and Caicos Islands"},
	{"TD", "Chad"},
	{"TF", "French Southern Territories"},
	{"TG", "Togo"},
	{"TH", "Thailand"},
	{"TJ", "Tajikistan"},
	{"TK", "Tokelau"},
	{"TL", "Timor-Leste"},
	{"TM", "Turkmenistan"},
	{"TN", "Tunisia"},
	{"TO", "Tonga"},
	{"TR", "Türkiye"},
	{"TT", "Trinidad and Tobago"},
	{"TV", "Tuvalu"},
	{"TW", "Taiwan (Province of China)"},
	{"TZ", "Tanzania, the United Republic of"},
	{"UA", "Ukraine"},
	{"UG", "Uganda"},
	{"UM", "United States Minor Outlying Islands"},
	{"US", "United States of America"},
	{"UY", "Uruguay"},
	{"UZ", "Uzbekistan"},
	{"VA", "Holy See"},
	{"VC", "Saint Vincent and the Grenadines"},
	{"VE", "Venezuela (Bolivarian Republic of)"},
	{"VG", "Virgin Islands (British)"},
	{"VI", "Virgin Islands (U.S.)"},
	{"VN", "Viet Nam"},
	{"VU", "Vanuatu"},
	{"WF", "Wallis and Futuna"},
	{"WS", "Samoa"},
	{"YE", "Yemen"},
	{"YT", "Mayotte"},
	{"ZA", "South Africa"},
	{"ZM", "Zambia"},
	{"ZW", "Zimbabwe"},
}

// reservedHints maps codes that ISO 3166-1 reserves (exceptionally or
// indeterminately) for a place that has an assigned code of its own.
var reservedHints = map[string]Country{
	"UK": "GB", // exceptionally reserved for the United Kingdom
	"EL": "GR", // used by the EU for Greece
	"FX": "FR", // France, Metropolitan (withdrawn 1997)
	"IC": "ES", // Canary Islands
	"EA": "ES", // Ceuta, Melilla
	"AC": "SH", // Ascension Island
	"TA": "SH", // Tristan da Cunha
	"DG": "IO", // Diego Garcia
	"CP": "FR", // Clipperton Island
}

// lookupCountry returns the index of code s in isoCountries, or -1. s must
// already be upper case.
func lookupCountry(s string) int {
	if len(s) != 2 {
		return -1
	}
	lo, hi := 0, len(isoCountries)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if isoCountries[m].code < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(isoCountries) && isoCountries[lo].code == s {
		return lo
	}
	return -1
}

// ParseCountry returns the country with the alpha-2 code s. Case and
// surrounding space are ignored ("gb " is "GB"). Anything else is an
// *[InputError] with code [CodeCountryUnknown]; for a code that ISO reserves
// for a place with a code of its own, such as "UK" or "EL", the message
// names the code to use instead ("GB", "GR"). The 249 valid codes are too
// many to list in the error; [AllCountries] returns them.
func ParseCountry(s string) (Country, error) {
	t := s
	for len(t) > 0 && (t[0] == ' ' || t[0] == '\t') {
		t = t[1:]
	}
	for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '\t') {
		t = t[:len(t)-1]
	}
	if len(t) == 2 {
		if i := lookupCountry(string(upper2(t))); i >= 0 {
			return Country(isoCountries[i].code), nil
		}
	}
	return "", CountryError("", s)
}

// upper2 returns the two bytes of t with ASCII letters in upper case.
func upper2(t string) []byte {
	b := []byte{t[0], t[1]}
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - ('a' - 'A')
		}
	}
	return b
}

// MustParseCountry is like [ParseCountry] but panics on error. It is for
// constants in tables and tests.
func MustParseCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

// CountryError returns the error for text s that is not a country code,
// found at path (in JSON member names; "" when the input is one value): an
// *[InputError] with code [CodeCountryUnknown] whose message gives the code
// to use for a reserved one ("UK" → "GB", "EL" → "GR").
func CountryError(path, s string) *InputError {
	return &InputError{
		Code:    CodeCountryUnknown,
		Path:    path,
		Value:   s,
		Message: countryMessage(s),
	}
}

// countryMessage says why s is not a country, with the hint for a reserved
// code.
func countryMessage(s string) string {
	if s == "" {
		return "empty country code; want an ISO 3166-1 alpha-2 code such as \"GB\""
	}
	msg := "not an officially assigned ISO 3166-1 alpha-2 code"
	if t := strings.Trim(s, " \t"); len(t) == 2 {
		up := upper2(t)
		if hint, ok := reservedHints[string(up)]; ok {
			msg += "; ISO reserves " + string(up) + " but the code to use is " + string(hint)
		} else if lookupCountry(string(up)) >= 0 {
			msg += "; write it in upper case, " + string(up)
		}
	}
	return msg
}

// CountryHint returns the officially assigned code to use for a code that
// ISO 3166-1 reserves for a place with a code of its own ("GB" for "UK",
// "GR" for "EL"), case-insensitively, and false for any other text.
func CountryHint(s string) (Country, bool) {
	if len(s) != 2 {
		return "", false
	}
	c, ok := reservedHints[string(upper2(s))]
	return c, ok
}

// AllCountries returns every officially assigned country, sorted by code.
// The slice is new.
func AllCountries() []Country {
	cs := make([]Country, len(isoCountries))
	for i, c := range isoCountries {
		cs[i] = Country(c.code)
	}
	return cs
}

// IsValid reports whether c is an officially assigned code in canonical
// (upper case) form.
func (c Country) IsValid() bool { return lookupCountry(string(c)) >= 0 }

// String returns the code as it is, valid or not.
func (c Country) String() string { return string(c) }

// Name returns the ISO 3166-1 short name in English, or "" for an invalid
// code.
func (c Country) Name() string {
	if i := lookupCountry(string(c)); i >= 0 {
		return isoCountries[i].name
	}
	return ""
}

// AppendText appends the code to b; an invalid code is an error.
func (c Country) AppendText(b []byte) ([]byte, error) {
	if c == "" {
		return b, nil
	}
	if !c.IsValid() {
		return b, CountryError("", string(c))
	}
	return append(b, c...), nil
}

// MarshalText returns the code. The zero value is empty text; an invalid
// code is an error.
func (c Country) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText parses a code with [ParseCountry]; empty text is the zero
// value. On error c is unchanged.
func (c *Country) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = ""
		return nil
	}
	v, err := ParseCountry(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
