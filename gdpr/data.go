package gdpr

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// Subject is a category of data subjects: "members", "candidates",
// "event delegates" (Art. 30(1)(c)).
type Subject struct {
	// ID identifies the category within the register (a lowercase slug,
	// unique among subjects).
	ID string `json:"id"`
	// Name describes the category.
	Name string `json:"name,omitzero"`
	// Children reports whether the category may include children (under
	// 18), whose data merit specific protection (Recital 38).
	Children Fact `json:"children,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// DataCategory is a category of personal data (Art. 30(1)(c), 14(1)(d)):
// "contact details", "access requirements".
type DataCategory struct {
	// ID identifies the category within the register (a lowercase slug,
	// unique among data categories).
	ID string `json:"id"`
	// Name describes the category in the notice's words.
	Name string `json:"name,omitzero"`
	// Kind is the kind of data, from a vocabulary mapped to DPV.
	Kind DataKind `json:"kind,omitzero"`
	// Sensitive is the special categories (Art. 9(1)) and criminal
	// offence data (Art. 10) the category is or reveals; the empty set is
	// neither (or not identified as such).
	Sensitive basis.SensitiveData `json:"sensitive,omitzero"`
	// Source is where the data come from: the data subject (Art. 13) or
	// elsewhere (Art. 14).
	Source SourceKind `json:"source,omitzero"`
	// Provision is whether giving the data is a statutory or contractual
	// requirement, a requirement for entering into a contract, or optional
	// (Art. 13(2)(e)).
	Provision Requirement `json:"provision,omitzero"`
	// Consequence is what follows if the data are not given
	// (Art. 13(2)(e)): "we cannot process your application".
	Consequence string `json:"consequence,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// DataKind is a kind of personal data from a small vocabulary that maps to
// the W3C Data Privacy Vocabulary's personal data taxonomy (DPV 2, pd
// namespace) where the taxonomy has a matching term. The zero value is
// unspecified. A kind says what the data are, not whether they are special
// category data: that is [DataCategory].Sensitive, because it depends on
// what the data reveal (a photo is not biometric data unless processed to
// identify someone uniquely, Recital 51).
type DataKind uint8

const (
	// KindIdentifying: data that identify a person, such as a membership number
	// (pd:Identifying).
	KindIdentifying DataKind = iota + 1
	// KindName: a person's name (pd:Name).
	KindName
	// KindContact: contact details in general (pd:Contact).
	KindContact
	// KindEmailAddress: an email address (pd:EmailAddress).
	KindEmailAddress
	// KindTelephoneNumber: a telephone number (pd:TelephoneNumber).
	KindTelephoneNumber
	// KindPostalAddress: a postal or physical address (pd:PhysicalAddress).
	KindPostalAddress
	// KindDateOfBirth: a date of birth (pd:DateOfBirth).
	KindDateOfBirth
	// KindAge: an age or age range (pd:Age).
	KindAge
	// KindGender: gender (pd:Gender).
	KindGender
	// KindPhotograph: a photograph or video image (pd:Photograph).
	KindPhotograph
	// KindFinancial: financial data such as bank or payment details
	// (pd:Financial).
	KindFinancial
	// KindTransactional: purchases, bookings and payments made
	// (pd:Transactional).
	KindTransactional
	// KindProfessional: professional data: job title, employer, professional
	// registration (pd:Professional).
	KindProfessional
	// KindEmployment: employment history (pd:EmploymentHistory).
	KindEmployment
	// KindEducation: education and qualifications (pd:Education).
	KindEducation
	// KindAssessment: assessment and examination records and results; DPV has
	// no term of its own.
	KindAssessment
	// KindMembership: membership of the controller: grade, status, dates; DPV
	// has no term of its own.
	KindMembership
	// KindLocation: location data (pd:Location).
	KindLocation
	// KindIPAddress: an IP address (pd:IPAddress).
	KindIPAddress
	// KindBrowsing: browsing behaviour and device data gathered online
	// (pd:BrowsingBehaviour).
	KindBrowsing
	// KindBehavioural: behaviour and engagement, such as email opens
	// (pd:Behavioural).
	KindBehavioural
	// KindCommunications: the content of communications with the person
	// (pd:Communication).
	KindCommunications
	// KindPreferences: stated preferences and interests (pd:Preference).
	KindPreferences
	// KindHealth: data concerning health, such as access or dietary
	// requirements (pd:Health); also mark [DataCategory].Sensitive.
	KindHealth
	// KindCriminalRecord: criminal convictions and offences, such as a DBS
	// check result (pd:Criminal); also mark [DataCategory].Sensitive.
	KindCriminalRecord
)

var dataKinds = enum.New[DataKind]("gdpr.DataKind",
	"identifying", "name", "contact", "email-address", "telephone-number", "postal-address",
	"date-of-birth", "age", "gender", "photograph", "financial", "transactional",
	"professional", "employment", "education", "assessment", "membership", "location",
	"ip-address", "browsing", "behavioural", "communications", "preferences",
	"health", "criminal-record")

// dpvPD is the namespace of the DPV 2 personal data extension.
const dpvPD = "https://w3id.org/dpv/pd#"

var dataKindDPV = [...]string{
	KindIdentifying:     "Identifying",
	KindName:            "Name",
	KindContact:         "Contact",
	KindEmailAddress:    "EmailAddress",
	KindTelephoneNumber: "TelephoneNumber",
	KindPostalAddress:   "PhysicalAddress",
	KindDateOfBirth:     "DateOfBirth",
	KindAge:             "Age",
	KindGender:          "Gender",
	KindPhotograph:      "Photograph",
	KindFinancial:       "Financial",
	KindTransactional:   "Transactional",
	KindProfessional:    "Professional",
	KindEmployment:      "EmploymentHistory",
	KindEducation:       "Education",
	KindLocation:        "Location",
	KindIPAddress:       "IPAddress",
	KindBrowsing:        "BrowsingBehaviour",
	KindBehavioural:     "Behavioural",
	KindCommunications:  "Communication",
	KindPreferences:     "Preference",
	KindHealth:          "Health",
	KindCriminalRecord:  "Criminal",
}

// DPV returns the DPV pd term for the kind, or "" where the taxonomy has
// no matching term (assessment, membership) or k is not valid.
func (k DataKind) DPV() string {
	if !k.IsValid() || int(k) >= len(dataKindDPV) || dataKindDPV[k] == "" {
		return ""
	}
	return dpvPD + dataKindDPV[k]
}

// Article returns "Art. 30(1)(c)", the record of the categories of
// personal data, for a valid kind.
func (k DataKind) Article() string {
	if !k.IsValid() {
		return ""
	}
	return "Art. 30(1)(c)"
}

// SourceKind is where personal data come from, which decides whether
// Art. 13 (from the data subject) or Art. 14 (from elsewhere) governs what
// the person is told. The zero value is unspecified.
type SourceKind uint8

const (
	// FromSubject: given by the data subject (Art. 13).
	FromSubject SourceKind = iota + 1
	// Observed: observed from the data subject's use of a service, such as
	// device data, which is collected from the subject (Art. 13).
	Observed
	// FromThirdParty: obtained from another person, such as an employer or
	// a referee (Art. 14).
	FromThirdParty
	// FromPublicSource: obtained from a publicly accessible source, which
	// the notice must say (Art. 14(2)(f)).
	FromPublicSource
)

var sourceKinds = enum.New[SourceKind]("gdpr.SourceKind", "data-subject", "observed", "third-party", "public")

// Article returns the article that governs the information given: Art. 13
// or Art. 14.
func (s SourceKind) Article() string {
	switch s {
	case FromSubject, Observed:
		return "Art. 13"
	case FromThirdParty:
		return "Art. 14"
	case FromPublicSource:
		return "Art. 14(2)(f)"
	}
	return ""
}

// Requirement says whether a person must give the data (Art. 13(2)(e)).
// The zero value is unspecified.
type Requirement uint8

const (
	// Statutory: giving the data is a statutory requirement.
	Statutory Requirement = iota + 1
	// Contractual: giving the data is a contractual requirement.
	Contractual
	// ContractEntry: giving the data is a requirement necessary to enter
	// into a contract.
	ContractEntry
	// Optional: the person need not give the data.
	Optional
)

var requirements = enum.New[Requirement]("gdpr.Requirement", "statutory", "contractual", "contract-entry", "optional")

// Article returns "Art. 13(2)(e)" for a valid requirement.
func (q Requirement) Article() string {
	if !q.IsValid() {
		return ""
	}
	return "Art. 13(2)(e)"
}

// ProcessingLocation is a country where the controller or its processors
// process the data (a data centre, an office). A location outside the
// regime's territory is where transfers are looked for.
type ProcessingLocation struct {
	// Country is the country (ISO 3166-1 alpha-2).
	Country basis.Country `json:"country"`
	// Description says what happens there: "hosting", "support desk".
	Description string `json:"description,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// AllDataKinds returns every data kind in order.
func AllDataKinds() []DataKind { return dataKinds.Values() }

// ParseDataKind returns the DataKind with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseDataKind(s string) (DataKind, error) { return dataKinds.Parse(s) }

// MustParseDataKind is like [ParseDataKind] but panics on error.
func MustParseDataKind(s string) DataKind { return mustParse(dataKinds, s) }

// String returns the code, "unspecified" for zero, or "gdpr.DataKind(n)".
func (k DataKind) String() string { return dataKinds.String(k) }

// IsValid reports whether k is one of the defined values (not zero).
func (k DataKind) IsValid() bool { return dataKinds.Valid(k) }

// AppendText appends the code to b; zero appends nothing.
func (k DataKind) AppendText(b []byte) ([]byte, error) { return dataKinds.AppendText(b, k) }

// MarshalText returns the code; the zero value is empty text.
func (k DataKind) MarshalText() ([]byte, error) { return dataKinds.MarshalText(k) }

// UnmarshalText parses a code; empty text is the zero value. On error k is
// unchanged.
func (k *DataKind) UnmarshalText(text []byte) error { return dataKinds.UnmarshalText(k, text) }

// AllSourceKinds returns every source kind in order.
func AllSourceKinds() []SourceKind { return sourceKinds.Values() }

// ParseSourceKind returns the SourceKind with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseSourceKind(s string) (SourceKind, error) { return sourceKinds.Parse(s) }

// MustParseSourceKind is like [ParseSourceKind] but panics on error.
func MustParseSourceKind(s string) SourceKind { return mustParse(sourceKinds, s) }

// String returns the code, "unspecified" for zero, or "gdpr.SourceKind(n)".
func (s SourceKind) String() string { return sourceKinds.String(s) }

// IsValid reports whether s is one of the defined values (not zero).
func (s SourceKind) IsValid() bool { return sourceKinds.Valid(s) }

// AppendText appends the code to b; zero appends nothing.
func (s SourceKind) AppendText(b []byte) ([]byte, error) { return sourceKinds.AppendText(b, s) }

// MarshalText returns the code; the zero value is empty text.
func (s SourceKind) MarshalText() ([]byte, error) { return sourceKinds.MarshalText(s) }

// UnmarshalText parses a code; empty text is the zero value. On error s is
// unchanged.
func (s *SourceKind) UnmarshalText(text []byte) error { return sourceKinds.UnmarshalText(s, text) }

// AllRequirements returns every requirement in order.
func AllRequirements() []Requirement { return requirements.Values() }

// ParseRequirement returns the Requirement with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseRequirement(s string) (Requirement, error) { return requirements.Parse(s) }

// MustParseRequirement is like [ParseRequirement] but panics on error.
func MustParseRequirement(s string) Requirement { return mustParse(requirements, s) }

// String returns the code, "unspecified" for zero, or "gdpr.Requirement(n)".
func (q Requirement) String() string { return requirements.String(q) }

// IsValid reports whether q is one of the defined values (not zero).
func (q Requirement) IsValid() bool { return requirements.Valid(q) }

// AppendText appends the code to b; zero appends nothing.
func (q Requirement) AppendText(b []byte) ([]byte, error) { return requirements.AppendText(b, q) }

// MarshalText returns the code; the zero value is empty text.
func (q Requirement) MarshalText() ([]byte, error) { return requirements.MarshalText(q) }

// UnmarshalText parses a code; empty text is the zero value. On error q is
// unchanged.
func (q *Requirement) UnmarshalText(text []byte) error { return requirements.UnmarshalText(q, text) }
