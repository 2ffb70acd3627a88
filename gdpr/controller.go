package gdpr

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// Controller is the organisation that determines the purposes and means of
// the processing (Art. 4(7)), as a notice identifies it (Art. 13(1)(a),
// 14(1)(a)).
type Controller struct {
	// Name is the name the controller is known by: "The Institution of
	// Engineering and Technology".
	Name string `json:"name,omitzero"`
	// Entities are the legal persons behind the name, with their registered
	// numbers and the activities each controls (a group's companies, a
	// charity and its trading subsidiary).
	Entities []Entity `json:"entities,omitzero"`
	// Address is the postal address given for the controller.
	Address string `json:"address,omitzero"`
	// Contacts are the ways to contact the controller (Art. 13(1)(a)).
	Contacts []Contact `json:"contacts,omitzero"`
	// PublicAuthority reports whether the controller is a public authority
	// or body, which may not rely on legitimate interests for its tasks
	// (Art. 6(1), second subparagraph; UK: DPA 2018 s.7) and must designate
	// a DPO (Art. 37(1)(a)).
	PublicAuthority Fact `json:"publicAuthority,omitzero"`
	// DPO is the data protection officer, or the facts on which one is
	// needed or not (Art. 37).
	DPO DPO `json:"dpo,omitzero"`
	// Representatives are the controller's representatives in a territory
	// where it is not established (Art. 27): an EU representative for a UK
	// controller judged under the EU regime, a UK representative for an EU
	// one.
	Representatives []Representative `json:"representatives,omitzero"`
	// Authority is the supervisory authority the notice names for
	// complaints (Art. 13(2)(d), 77).
	Authority Authority `json:"authority,omitzero"`
	// Complaints is the route for complaints to the controller itself (DPA
	// 2018 s.164A, for complaints received from 2026-06-19).
	Complaints Complaints `json:"complaints,omitzero"`
	// Evidence is what the controller's identification rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Entity is one legal person of the controller: a company, a charity, a
// body established by charter or statute.
type Entity struct {
	// ID identifies the entity within the register (a lowercase slug,
	// unique among entities).
	ID string `json:"id"`
	// Name is the entity's legal name.
	Name string `json:"name,omitzero"`
	// CompanyNumber is its number at the registrar of companies, such as
	// "02548397"; "" when not stated or not a company.
	CompanyNumber string `json:"companyNumber,omitzero"`
	// CharityNumber is its number with a charity regulator, such as
	// "211014" (England and Wales) or "SC038698" (Scotland).
	CharityNumber string `json:"charityNumber,omitzero"`
	// Activities are the ids of the activities the entity controls; empty
	// means not stated.
	Activities []string `json:"activities,omitzero"`
	// Evidence is what the entity's record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// ChannelKind is the kind of a contact channel. The zero value is
// unspecified.
type ChannelKind uint8

const (
	// ChannelEmail: an email address.
	ChannelEmail ChannelKind = iota + 1
	// ChannelPhone: a telephone number.
	ChannelPhone
	// ChannelPost: a postal address.
	ChannelPost
	// ChannelWebForm: a form on a website, given by its URL.
	ChannelWebForm
)

var channelKinds = enum.New[ChannelKind]("gdpr.ChannelKind", "email", "phone", "post", "web-form")

// Contact is one way to reach the controller, its DPO or its
// representative, or to make a request.
type Contact struct {
	// Kind is the kind of channel.
	Kind ChannelKind `json:"kind"`
	// Value is the address, number or URL, as given.
	Value string `json:"value,omitzero"`
	// Evidence is where the channel is given.
	Evidence Evidence `json:"evidence,omitzero"`
}

// DPO is the data protection officer and the facts of Art. 37 on which one
// must be designated: a public authority (Art. 37(1)(a), see
// [Controller].PublicAuthority), core activities of regular and
// systematic monitoring of data subjects on a large scale (Art. 37(1)(b)),
// or core activities of large-scale processing of special category or
// criminal offence data (Art. 37(1)(c)).
type DPO struct {
	// Designated reports whether a DPO is designated.
	Designated Fact `json:"designated,omitzero"`
	// Name is the DPO's name or title, as published.
	Name string `json:"name,omitzero"`
	// Contacts are the DPO's published contact details (Art. 13(1)(b),
	// 37(7)).
	Contacts []Contact `json:"contacts,omitzero"`
	// LargeScaleMonitoring reports whether the core activities consist of
	// regular and systematic monitoring on a large scale (Art. 37(1)(b)).
	LargeScaleMonitoring Fact `json:"largeScaleMonitoring,omitzero"`
	// LargeScaleSensitive reports whether the core activities consist of
	// large-scale processing of special category or criminal offence data
	// (Art. 37(1)(c)).
	LargeScaleSensitive Fact `json:"largeScaleSensitive,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Representative is a representative designated under Art. 27 by a
// controller not established in the territory of a regime whose law
// applies to it under Art. 3(2).
type Representative struct {
	// Regime is the regime under which the representative is designated:
	// basis.EU for an EU representative, basis.UK for a UK one.
	Regime basis.Regime `json:"regime"`
	// Name names the representative.
	Name string `json:"name,omitzero"`
	// Contacts are its contact details (Art. 13(1)(a)).
	Contacts []Contact `json:"contacts,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Authority is a supervisory authority to which data subjects may
// complain (Art. 13(2)(d), 77): the ICO in the UK, a Member State's
// authority in the EU.
type Authority struct {
	// Name names the authority: "Information Commissioner's Office".
	Name string `json:"name,omitzero"`
	// Contacts are its contact details as the notice gives them.
	Contacts []Contact `json:"contacts,omitzero"`
	// Evidence is where the notice names the right to complain.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Complaints is how data subjects complain to the controller itself. From
// 2026-06-19 a UK controller must facilitate complaints (for example with
// an electronic form), acknowledge each within 30 days and tell the outcome
// (DPA 2018 s.164A, inserted by DUAA 2025 s.103; S.I. 2026/82 reg 7).
type Complaints struct {
	// Offered reports whether the notice offers a complaint to the
	// controller.
	Offered Fact `json:"offered,omitzero"`
	// Contacts are the channels for complaints.
	Contacts []Contact `json:"contacts,omitzero"`
	// Evidence is where the notice says so.
	Evidence Evidence `json:"evidence,omitzero"`
}

// AllChannelKinds returns every channel kind in order.
func AllChannelKinds() []ChannelKind { return channelKinds.Values() }

// ParseChannelKind returns the ChannelKind with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseChannelKind(s string) (ChannelKind, error) { return channelKinds.Parse(s) }

// MustParseChannelKind is like [ParseChannelKind] but panics on error.
func MustParseChannelKind(s string) ChannelKind { return mustParse(channelKinds, s) }

// String returns the code, "unspecified" for zero, or "gdpr.ChannelKind(n)".
func (k ChannelKind) String() string { return channelKinds.String(k) }

// IsValid reports whether k is one of the defined values (not zero).
func (k ChannelKind) IsValid() bool { return channelKinds.Valid(k) }

// AppendText appends the code to b; zero appends nothing.
func (k ChannelKind) AppendText(b []byte) ([]byte, error) { return channelKinds.AppendText(b, k) }

// MarshalText returns the code; the zero value is empty text.
func (k ChannelKind) MarshalText() ([]byte, error) { return channelKinds.MarshalText(k) }

// UnmarshalText parses a code; empty text is the zero value. On error k is
// unchanged.
func (k *ChannelKind) UnmarshalText(text []byte) error { return channelKinds.UnmarshalText(k, text) }
