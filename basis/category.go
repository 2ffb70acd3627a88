package basis

import (
	"iter"
	"strings"

	"github.com/dpmodel/dpmodel/internal/enum"
)

// SpecialCategory is one of the special categories of personal data whose
// processing Art. 9(1) prohibits unless a condition in Art. 9(2) applies.
// The zero value is unspecified. Criminal offence data (Art. 10) is not a
// special category; it is the other [DataClass], and [SensitiveData] holds
// both.
type SpecialCategory uint8

const (
	// RacialEthnicOrigin: personal data revealing racial or ethnic origin
	// (Art. 9(1)).
	RacialEthnicOrigin SpecialCategory = iota + 1
	// PoliticalOpinions: personal data revealing political opinions
	// (Art. 9(1)).
	PoliticalOpinions
	// ReligiousPhilosophicalBeliefs: personal data revealing religious or
	// philosophical beliefs (Art. 9(1)).
	ReligiousPhilosophicalBeliefs
	// TradeUnionMembership: personal data revealing trade union membership
	// (Art. 9(1)).
	TradeUnionMembership
	// Genetic: genetic data (Art. 9(1); defined in Art. 4(13)).
	Genetic
	// Biometric: biometric data processed for the purpose of uniquely
	// identifying a natural person (Art. 9(1); defined in Art. 4(14)).
	Biometric
	// Health: data concerning health (Art. 9(1); defined in Art. 4(15)).
	// The seed notices' access and dietary requirements, disabilities and
	// reasonable adjustments are health data.
	Health
	// SexLifeOrientation: data concerning a natural person's sex life or
	// sexual orientation (Art. 9(1)).
	SexLifeOrientation
)

var specialCategories = enum.New[SpecialCategory]("basis.SpecialCategory",
	"racial-ethnic-origin", "political-opinions", "religious-philosophical-beliefs",
	"trade-union-membership", "genetic", "biometric", "health", "sex-life-orientation")

// dpvPD is the namespace of the W3C DPV 2 personal data extension.
const dpvPD = "https://w3id.org/dpv/pd#"

// specialCategoryDPV holds the DPV pd terms. DPV has no single term for the
// combined categories "racial or ethnic origin" (it has pd:Race and
// pd:EthnicOrigin) and "religious or philosophical beliefs" (pd:Religion and
// pd:PhilosophicalBelief), so those are "". pd:Sexual is "information about
// sexuality and sexual history".
var specialCategoryDPV = [...]string{
	PoliticalOpinions:    dpvPD + "PoliticalOpinion",
	TradeUnionMembership: dpvPD + "TradeUnionMembership",
	Genetic:              dpvPD + "Genetic",
	Biometric:            dpvPD + "Biometric",
	Health:               dpvPD + "Health",
	SexLifeOrientation:   dpvPD + "Sexual",
}

// AllSpecialCategories returns the eight special categories in the order of
// Art. 9(1).
func AllSpecialCategories() []SpecialCategory { return specialCategories.Values() }

// ParseSpecialCategory returns the category with the given code, such as
// "health".
func ParseSpecialCategory(s string) (SpecialCategory, error) { return specialCategories.Parse(s) }

// MustParseSpecialCategory is like [ParseSpecialCategory] but panics on
// error.
func MustParseSpecialCategory(s string) SpecialCategory { return mustParse(specialCategories, s) }

// String returns the category's code, "unspecified", or
// "basis.SpecialCategory(n)".
func (c SpecialCategory) String() string { return specialCategories.String(c) }

// IsValid reports whether c is one of the eight categories.
func (c SpecialCategory) IsValid() bool { return specialCategories.Valid(c) }

// AppendText appends the category's code to b.
func (c SpecialCategory) AppendText(b []byte) ([]byte, error) {
	return specialCategories.AppendText(b, c)
}

// MarshalText returns the category's code; the zero value is empty text.
func (c SpecialCategory) MarshalText() ([]byte, error) { return specialCategories.MarshalText(c) }

// UnmarshalText parses a code; on error c is unchanged.
func (c *SpecialCategory) UnmarshalText(text []byte) error {
	return specialCategories.UnmarshalText(c, text)
}

// Article returns "Art. 9(1)", or "" for an invalid category.
func (c SpecialCategory) Article() string {
	if !c.IsValid() {
		return ""
	}
	return "Art. 9(1)"
}

// DPV returns the W3C DPV personal data term, or "" where DPV has no term
// for the whole category.
func (c SpecialCategory) DPV() string {
	if !c.IsValid() || int(c) >= len(specialCategoryDPV) {
		return ""
	}
	return specialCategoryDPV[c]
}

// Class returns SpecialCategoryData for a valid category and zero otherwise.
func (c SpecialCategory) Class() DataClass {
	if !c.IsValid() {
		return 0
	}
	return SpecialCategoryData
}

// DataClass is a class of personal data that the law restricts beyond
// Art. 6: the special categories of Art. 9(1) and criminal offence data
// under Art. 10. The zero value is unspecified.
type DataClass uint8

const (
	// SpecialCategoryData: any of the Art. 9(1) special categories.
	SpecialCategoryData DataClass = iota + 1
	// CriminalOffenceData: personal data relating to criminal convictions
	// and offences or related security measures (Art. 10). In the UK it
	// includes the alleged commission of offences and proceedings for
	// offences, including sentencing (DPA 2018 s.11(2)).
	CriminalOffenceData
)

var dataClasses = enum.New[DataClass]("basis.DataClass", "special-category", "criminal-offence")

var dataClassInfo = [...]struct{ article, dpv string }{
	SpecialCategoryData: {"Art. 9(1)", "https://w3id.org/dpv#SpecialCategoryPersonalData"},
	CriminalOffenceData: {"Art. 10", dpvPD + "Criminal"},
}

// AllDataClasses returns both classes in order.
func AllDataClasses() []DataClass { return dataClasses.Values() }

// ParseDataClass returns the class with the given code.
func ParseDataClass(s string) (DataClass, error) { return dataClasses.Parse(s) }

// MustParseDataClass is like [ParseDataClass] but panics on error.
func MustParseDataClass(s string) DataClass { return mustParse(dataClasses, s) }

// String returns the class's code, "unspecified", or "basis.DataClass(n)".
func (d DataClass) String() string { return dataClasses.String(d) }

// IsValid reports whether d is one of the classes.
func (d DataClass) IsValid() bool { return dataClasses.Valid(d) }

// AppendText appends the class's code to b.
func (d DataClass) AppendText(b []byte) ([]byte, error) { return dataClasses.AppendText(b, d) }

// MarshalText returns the class's code; the zero value is empty text.
func (d DataClass) MarshalText() ([]byte, error) { return dataClasses.MarshalText(d) }

// UnmarshalText parses a code; on error d is unchanged.
func (d *DataClass) UnmarshalText(text []byte) error { return dataClasses.UnmarshalText(d, text) }

// Article returns "Art. 9(1)" or "Art. 10", or "" for an invalid class.
func (d DataClass) Article() string {
	if !d.IsValid() {
		return ""
	}
	return dataClassInfo[d].article
}

// DPV returns the W3C DPV term: dpv:SpecialCategoryPersonalData, or
// pd:Criminal for criminal offence data.
func (d DataClass) DPV() string {
	if !d.IsValid() {
		return ""
	}
	return dataClassInfo[d].dpv
}

// SensitiveData is the set of restricted data an activity processes: any of
// the eight special categories and, beside them, criminal offence data. The
// zero value is the empty set. It is a small comparable value; methods
// return new sets.
//
// Its text form lists the special categories in Art. 9(1) order and then
// "criminal-offence", separated by commas: "health,criminal-offence".
type SensitiveData struct {
	bits uint16 // bit c for SpecialCategory c (1..8); bit criminalBit for Art. 10 data
}

const criminalBit = 15

// NewSensitiveData returns the set of the given categories. Invalid
// categories are left out; use [SensitiveData.WithCriminalOffence] to add
// criminal offence data.
func NewSensitiveData(cats ...SpecialCategory) SensitiveData {
	var s SensitiveData
	for _, c := range cats {
		s = s.With(c)
	}
	return s
}

// With returns s with category c added; an invalid c leaves s unchanged.
func (s SensitiveData) With(c SpecialCategory) SensitiveData {
	if c.IsValid() {
		s.bits |= 1 << c
	}
	return s
}

// WithCriminalOffence returns s with criminal offence data (Art. 10) added.
func (s SensitiveData) WithCriminalOffence() SensitiveData {
	s.bits |= 1 << criminalBit
	return s
}

// Has reports whether s holds category c.
func (s SensitiveData) Has(c SpecialCategory) bool {
	return c.IsValid() && s.bits&(1<<c) != 0
}

// CriminalOffence reports whether s holds criminal offence data.
func (s SensitiveData) CriminalOffence() bool { return s.bits&(1<<criminalBit) != 0 }

// Special reports whether s holds any special category, so that an Art. 9(2)
// condition is needed.
func (s SensitiveData) Special() bool { return s.bits&^(1<<criminalBit) != 0 }

// IsEmpty reports whether s holds nothing.
func (s SensitiveData) IsEmpty() bool { return s.bits == 0 }

// Equal reports whether s and t hold the same categories, so that
// go-cmp's cmp.Diff and cmp.Equal compare sets (they cannot read the
// unexported field).
func (s SensitiveData) Equal(t SensitiveData) bool { return s.bits == t.bits }

// HasClass reports whether s holds data of class d.
func (s SensitiveData) HasClass(d DataClass) bool {
	switch d {
	case SpecialCategoryData:
		return s.Special()
	case CriminalOffenceData:
		return s.CriminalOffence()
	}
	return false
}

// Categories yields the special categories in s in Art. 9(1) order.
func (s SensitiveData) Categories() iter.Seq[SpecialCategory] {
	return func(yield func(SpecialCategory) bool) {
		for _, c := range specialCategories.Values() {
			if s.Has(c) && !yield(c) {
				return
			}
		}
	}
}

// String returns the text form, or "none" for the empty set.
func (s SensitiveData) String() string {
	if s.IsEmpty() {
		return "none"
	}
	b, _ := s.AppendText(nil)
	return string(b)
}

// AppendText appends the text form to b; the empty set appends nothing.
func (s SensitiveData) AppendText(b []byte) ([]byte, error) {
	first := true
	for c := range s.Categories() {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, specialCategories.Code(c)...)
	}
	if s.CriminalOffence() {
		if !first {
			b = append(b, ',')
		}
		b = append(b, dataClasses.Code(CriminalOffenceData)...)
	}
	return b, nil
}

// MarshalText returns the text form; the empty set is empty text.
func (s SensitiveData) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText parses the text form (see [ParseSensitiveData]); on error s
// is unchanged.
func (s *SensitiveData) UnmarshalText(text []byte) error {
	v, err := ParseSensitiveData(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSensitiveData parses a comma-separated list of special category codes
// and "criminal-offence", in any order, with repeats allowed. Empty text (or
// only spaces) is the empty set. An unknown item is a *[ParseError] of type
// "basis.SensitiveData" naming the item and every valid code.
func ParseSensitiveData(s string) (SensitiveData, error) {
	var out SensitiveData
	if strings.TrimSpace(s) == "" {
		return out, nil
	}
	for item := range strings.SplitSeq(s, ",") {
		if c, err := specialCategories.Parse(item); err == nil {
			out = out.With(c)
			continue
		}
		if d, err := dataClasses.Parse(item); err == nil && d == CriminalOffenceData {
			out = out.WithCriminalOffence()
			continue
		}
		valid := append(specialCategories.Codes(), dataClasses.Code(CriminalOffenceData))
		return SensitiveData{}, &ParseError{Type: "basis.SensitiveData", Value: item, Valid: valid}
	}
	return out, nil
}
