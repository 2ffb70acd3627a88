package recipient

import (
	"math/bits"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// Country is an officially assigned ISO 3166-1 alpha-2 code in upper case,
// such as "US" or "GB". The zero value (and any other text) is not a valid
// country; [ParseCountry] accepts lower case and surrounding space and
// returns the canonical code, and [Country.IsValid] checks a value built
// directly, as in recipient.Country("US").
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
// surrounding space are ignored ("gb " is "GB"). Anything else is an *Error
// with CodeUnknownCountry wrapping a *basis.ParseError; for a reserved code
// such as "UK" the message names the code to use instead.
func ParseCountry(s string) (Country, error) {
	t := s
	for len(t) > 0 && (t[0] == ' ' || t[0] == '\t') {
		t = t[1:]
	}
	for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '\t') {
		t = t[:len(t)-1]
	}
	if len(t) == 2 {
		var b [2]byte
		for i := 0; i < 2; i++ {
			c := t[i]
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			b[i] = c
		}
		if i := lookupCountry(string(b[:])); i >= 0 {
			return Country(isoCountries[i].code), nil
		}
	}
	return "", countryError("", s)
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

// countryError is the error for text that is not a country code; field is
// the path of the field that held it.
func countryError(field, s string) *Error {
	msg := "not an officially assigned ISO 3166-1 alpha-2 code"
	if s == "" {
		msg = "empty country code; want an ISO 3166-1 alpha-2 code such as \"GB\""
	} else if len(s) == 2 {
		up := []byte{s[0], s[1]}
		for i, c := range up {
			if c >= 'a' && c <= 'z' {
				up[i] = c - ('a' - 'A')
			}
		}
		if hint, ok := reservedHints[string(up)]; ok {
			msg += "; ISO reserves " + string(up) + " but the code to use is " + string(hint)
		}
	}
	return &Error{
		Code:    CodeUnknownCountry,
		Article: "ISO 3166-1",
		Field:   field,
		Value:   s,
		Message: msg,
		Err:     &basis.ParseError{Type: "recipient.Country", Value: s, Valid: countryCodes()},
	}
}

// countryCodes returns every code in order; the slice is new.
func countryCodes() []string {
	cs := make([]string, len(isoCountries))
	for i, c := range isoCountries {
		cs[i] = c.code
	}
	return cs
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
		return b, countryError("", string(c))
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

// memberKind says how the EU or the EEA covers a place.
type memberKind uint8

const (
	// euState: a member state of the EU (a party to the Treaties).
	euState memberKind = iota + 1
	// euTerritory: a territory with its own ISO code where the Treaties, and
	// so the GDPR, apply as part of a member state (outermost regions under
	// Art. 349 and 355(1) TFEU, the Åland Islands under Art. 355(4), and
	// Gibraltar under Art. 355(3)).
	euTerritory
	// transition: the United Kingdom after its withdrawal, during the
	// transition period, when Union law still applied to and in it
	// (Withdrawal Agreement Arts. 126 and 127).
	transition
	// eftaEEA: an EFTA state that is a party to the EEA Agreement.
	eftaEEA
)

// membership is one period in which EU or EEA law covered a place.
type membership struct {
	country     Country
	kind        memberKind
	from, until civil.Date // first and last day; until is civil.Max while it lasts
	source      string
}

var (
	rome       = civil.MustParse("1958-01-01") // Treaty of Rome in force
	eeaStart   = civil.MustParse("1994-01-01") // EEA Agreement in force
	ukExitDay  = civil.MustParse("2020-01-31") // last day of UK membership
	ipComplete = civil.MustParse("2020-12-31") // last day of the transition period
)

// memberships lists the EU member states with their accession dates, the
// territories with their own ISO code where EU law applies, the United
// Kingdom's transition period and the EEA EFTA states. Sources: the
// accession treaties and acts (1972, 1979, 1985, 1994, 2003, 2005, 2012),
// the Withdrawal Agreement (OJ C 384 I, 2019-11-12) Arts. 126-127, the EEA
// Agreement (in force 1994-01-01; Liechtenstein 1995-05-01), the Greenland
// Treaty (1985), Council Decision 2010/718/EU (Saint-Barthélemy) and
// European Council Decision 2012/419/EU (Mayotte).
var memberships = [...]membership{
	{"BE", euState, rome, civil.Max, "Treaty of Rome"},
	{"DE", euState, rome, civil.Max, "Treaty of Rome"},
	{"FR", euState, rome, civil.Max, "Treaty of Rome"},
	{"IT", euState, rome, civil.Max, "Treaty of Rome"},
	{"LU", euState, rome, civil.Max, "Treaty of Rome"},
	{"NL", euState, rome, civil.Max, "Treaty of Rome"},
	{"GF", euTerritory, rome, civil.Max, "TFEU Arts. 349, 355(1)"},
	{"GP", euTerritory, rome, civil.Max, "TFEU Arts. 349, 355(1)"},
	{"MQ", euTerritory, rome, civil.Max, "TFEU Arts. 349, 355(1)"},
	{"RE", euTerritory, rome, civil.Max, "TFEU Arts. 349, 355(1)"},
	{"MF", euTerritory, rome, civil.Max, "TFEU Arts. 349, 355(1)"},
	{"BL", euTerritory, rome, civil.MustParse("2011-12-31"), "Decision 2010/718/EU (an overseas country and territory from 2012-01-01)"},
	{"YT", euTerritory, civil.MustParse("2014-01-01"), civil.Max, "Decision 2012/419/EU"},
	{"DK", euState, civil.MustParse("1973-01-01"), civil.Max, "1972 Act of Accession"},
	{"IE", euState, civil.MustParse("1973-01-01"), civil.Max, "1972 Act of Accession"},
	{"GB", euState, civil.MustParse("1973-01-01"), ukExitDay, "1972 Act of Accession; Withdrawal Agreement Art. 185"},
	{"GB", transition, ukExitDay.AddDays(1), ipComplete, "Withdrawal Agreement Arts. 126-127"},
	{"GI", euTerritory, civil.MustParse("1973-01-01"), ipComplete, "TFEU Art. 355(3); Withdrawal Agreement Arts. 3, 127"},
	{"GL", euTerritory, civil.MustParse("1973-01-01"), civil.MustParse("1985-01-31"), "Greenland Treaty (withdrawal from 1985-02-01)"},
	{"GR", euState, civil.MustParse("1981-01-01"), civil.Max, "1979 Act of Accession"},
	{"ES", euState, civil.MustParse("1986-01-01"), civil.Max, "1985 Act of Accession"},
	{"PT", euState, civil.MustParse("1986-01-01"), civil.Max, "1985 Act of Accession"},
	{"AT", eftaEEA, eeaStart, civil.MustParse("1994-12-31"), "EEA Agreement"},
	{"FI", eftaEEA, eeaStart, civil.MustParse("1994-12-31"), "EEA Agreement"},
	{"SE", eftaEEA, eeaStart, civil.MustParse("1994-12-31"), "EEA Agreement"},
	{"AT", euState, civil.MustParse("1995-01-01"), civil.Max, "1994 Act of Accession"},
	{"FI", euState, civil.MustParse("1995-01-01"), civil.Max, "1994 Act of Accession"},
	{"SE", euState, civil.MustParse("1995-01-01"), civil.Max, "1994 Act of Accession"},
	{"AX", euTerritory, civil.MustParse("1995-01-01"), civil.Max, "1994 Act of Accession, Protocol 2; TFEU Art. 355(4)"},
	{"CY", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"CZ", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"EE", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"HU", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"LT", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"LV", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"MT", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"PL", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"SI", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"SK", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"BG", euState, civil.MustParse("2007-01-01"), civil.Max, "2005 Act of Accession"},
	{"RO", euState, civil.MustParse("2007-01-01"), civil.Max, "2005 Act of Accession"},
	{"HR", euState, civil.MustParse("2013-07-01"), civil.Max, "2012 Act of Accession"},
	{"IS", eftaEEA, eeaStart, civil.Max, "EEA Agreement"},
	{"NO", eftaEEA, eeaStart, civil.Max, "EEA Agreement"},
	{"LI", eftaEEA, civil.MustParse("1995-05-01"), civil.Max, "EEA Agreement (Liechtenstein from 1995-05-01)"},
}

// codeIndex maps a two-letter upper-case code to 0..675, or -1.
func codeIndex(c Country) int {
	if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
		return -1
	}
	return int(c[0]-'A')*26 + int(c[1]-'A')
}

// membershipRows indexes memberships by code: bit i of the entry for a code
// is set when memberships[i] is about that code. It is computed once when
// the package is initialised and never changed.
var membershipRows = func() (idx [26 * 26]uint64) {
	for i, m := range memberships {
		idx[codeIndex(m.country)] |= 1 << i
	}
	return idx
}()

// coverOn returns the kind of EU or EEA cover of c on day d, or 0.
func (c Country) coverOn(d civil.Date) memberKind {
	k := codeIndex(c)
	if k < 0 {
		return 0
	}
	for rows := membershipRows[k]; rows != 0; rows &= rows - 1 {
		m := &memberships[bits.TrailingZeros64(rows)]
		if !d.Before(m.from) && !d.After(m.until) {
			return m.kind
		}
	}
	return 0
}

// euDay is the calendar date of t in Brussels, where the dates of the
// Treaties and of EU decisions are counted.
func euDay(t time.Time) civil.Date { return civil.In(t, civil.Brussels()) }

// EUMember reports whether c was a member state of the European Union (or
// the European Communities before 1993) on the date of at in Brussels. The
// United Kingdom was a member from 1973-01-01 to 2020-01-31; Croatia is one
// from 2013-07-01. Territories with their own code are not member states
// (see [Country.InEEA]).
func (c Country) EUMember(at time.Time) bool { return c.coverOn(euDay(at)) == euState }

// EEAMember reports whether c was a party to the EEA Agreement on the date
// of at: an EU member state from 1994-01-01, or an EEA EFTA state (Iceland
// and Norway from 1994-01-01, Liechtenstein from 1995-05-01, and Austria,
// Finland and Sweden in 1994 before they joined the EU).
func (c Country) EEAMember(at time.Time) bool {
	d := euDay(at)
	switch c.coverOn(d) {
	case euState:
		return !d.Before(eeaStart)
	case eftaEEA:
		return true
	}
	return false
}

// InTransition reports whether c is the United Kingdom during the
// transition period, 2020-02-01 to 2020-12-31, when it was no longer a
// member state but Union law applied to and in it (Withdrawal Agreement
// Arts. 126-127).
func (c Country) InTransition(at time.Time) bool { return c.coverOn(euDay(at)) == transition }

// InEEA reports whether EU data-protection law (the GDPR, from 2018-05-25)
// applied in c on the date of at as part of the EU or the EEA, so that
// sending data there from the EU was not a transfer to a third country: a
// member state, an EEA EFTA state, a territory with its own code that is
// part of the EU (Åland, the French outermost regions, Gibraltar until
// 2020-12-31), or the United Kingdom during the transition period.
func (c Country) InEEA(at time.Time) bool { return c.coverOn(euDay(at)) != 0 }
