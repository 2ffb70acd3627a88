package recipient

import "github.com/dpmodel/dpmodel/basis"

// Country is an officially assigned ISO 3166-1 alpha-2 code in upper case,
// such as "US" or "GB": the same type as [basis.Country], which holds the
// code list, the parsing (with the code to use for "UK" and "EL") and the
// EU and EEA membership of each code over time. recipient.Country("US")
// still builds one.
type Country = basis.Country

// ISOVersion records which edition of ISO 3166-1 the country table
// follows; see [basis.ISOVersion].
const ISOVersion = basis.ISOVersion

// ParseCountry returns the country with the alpha-2 code s, ignoring case
// and surrounding space. Anything else is a *[basis.InputError] with code
// basis.CodeCountryUnknown whose message names the code to use for a
// reserved one ("UK" → "GB"). See [basis.ParseCountry].
func ParseCountry(s string) (Country, error) { return basis.ParseCountry(s) }

// MustParseCountry is like [ParseCountry] but panics on error. It is for
// constants in tables and tests.
func MustParseCountry(s string) Country { return basis.MustParseCountry(s) }

// AllCountries returns every officially assigned country, sorted by code.
// The slice is new.
func AllCountries() []Country { return basis.AllCountries() }
