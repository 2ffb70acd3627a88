package gdpr

import (
	"github.com/dpmodel/dpmodel/internal/enum"
)

// Marketing is the direct marketing of an activity: the channels used and,
// for each, the route the Privacy and Electronic Communications
// Regulations 2003 (PECR) allow it by.
type Marketing struct {
	// Channels are the channels used, each with its PECR route.
	Channels []MarketingUse `json:"channels,omitzero"`
	// TPSScreened reports whether numbers are screened against the
	// Telephone Preference Service before live marketing calls (PECR
	// reg. 21(1)(b), 26).
	TPSScreened Fact `json:"tpsScreened,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// MarketingUse is one marketing channel and the route relied on for it.
type MarketingUse struct {
	// Channel is the channel.
	Channel MarketingChannel `json:"channel"`
	// Route is what PECR allows the channel by; zero where none is stated
	// or PECR does not govern the channel (post).
	Route MarketingRoute `json:"route,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// MarketingChannel is a channel of direct marketing. The zero value is
// unspecified.
type MarketingChannel uint8

const (
	// ByPost: addressed post, which PECR does not govern; the person may
	// object at any time (Art. 21(2)).
	ByPost MarketingChannel = iota + 1
	// ByEmail: electronic mail (PECR reg. 22).
	ByEmail
	// BySMS: text and other messages, which are electronic mail (PECR
	// reg. 2(1), 22).
	BySMS
	// ByPhone: live telephone calls (PECR reg. 21).
	ByPhone
	// ByAutomatedCall: automated calling systems (PECR reg. 19).
	ByAutomatedCall
	// ByFax: fax (PECR reg. 20).
	ByFax
)

var marketingChannels = enum.New[MarketingChannel]("gdpr.MarketingChannel",
	"post", "email", "sms", "phone", "automated-call", "fax")

// Article returns the provision governing the channel.
func (c MarketingChannel) Article() string {
	switch c {
	case ByPost:
		return "Art. 21(2)"
	case ByEmail, BySMS:
		return "PECR reg. 22"
	case ByPhone:
		return "PECR reg. 21"
	case ByAutomatedCall:
		return "PECR reg. 19"
	case ByFax:
		return "PECR reg. 20"
	}
	return ""
}

// MarketingRoute is what makes electronic marketing lawful under PECR. The
// zero value is unspecified.
type MarketingRoute uint8

const (
	// MarketingConsent: the recipient has consented (PECR reg. 22(2)).
	MarketingConsent MarketingRoute = iota + 1
	// SoftOptIn: contact details obtained in the course of a sale or
	// negotiations for one, for similar products and services, with a
	// simple means of refusal at collection and in every message (PECR
	// reg. 22(3)).
	SoftOptIn
	// CharitySoftOptIn: a charity's messages to people who expressed an
	// interest in or support for its purposes, with the same opt-outs
	// (PECR reg. 22(3A), inserted by DUAA 2025 s.114; from 2026-02-05).
	CharitySoftOptIn
	// CorporateSubscribers: messages to corporate subscribers only, to
	// whom reg. 22(2) does not apply (PECR reg. 22(1)).
	CorporateSubscribers
)

var marketingRoutes = enum.New[MarketingRoute]("gdpr.MarketingRoute",
	"consent", "soft-opt-in", "charity-soft-opt-in", "corporate-subscribers")

// Article returns the provision of PECR the route rests on.
func (r MarketingRoute) Article() string {
	switch r {
	case MarketingConsent:
		return "PECR reg. 22(2)"
	case SoftOptIn:
		return "PECR reg. 22(3)"
	case CharitySoftOptIn:
		return "PECR reg. 22(3A)"
	case CorporateSubscribers:
		return "PECR reg. 22(1)"
	}
	return ""
}

// DeviceItem is one storage of or access to information on a person's
// device (a cookie, a pixel, local storage, an SDK), which PECR reg. 6
// allows only with consent or within an exception.
type DeviceItem struct {
	// Name names the item: "_ga", "Meta pixel".
	Name string `json:"name,omitzero"`
	// Purpose is the item's purpose category.
	Purpose StoragePurpose `json:"purpose,omitzero"`
	// Provider is who sets or reads it: "first party", "Google".
	Provider string `json:"provider,omitzero"`
	// StrictlyNecessary reports whether the item is strictly necessary for
	// a service the person requested.
	StrictlyNecessary Fact `json:"strictlyNecessary,omitzero"`
	// Exception is the exception to the consent requirement relied on;
	// zero where consent is relied on or nothing is stated.
	Exception StorageException `json:"exception,omitzero"`
	// Consent describes how consent is obtained, if it is: "cookie banner
	// with reject all".
	Consent string `json:"consent,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
	// Informed reports whether the person is given clear and
	// comprehensive information about the item's purpose (PECR reg. 6(2)
	// before 2026-02-05; Sch. A1 from then, for consent and for the
	// statistical and appearance exceptions).
	Informed Fact `json:"informed,omitzero"`
	// Objection reports whether the person is offered a simple and free
	// means of objecting, a condition of the statistical and appearance
	// exceptions of PECR Sch. A1 (from 2026-02-05).
	Objection Fact `json:"objection,omitzero"`
}

// StoragePurpose is the purpose category of a storage or access item. The
// zero value is unspecified.
type StoragePurpose uint8

const (
	// PurposeCommunication: carrying a communication over a network.
	PurposeCommunication StoragePurpose = iota + 1
	// PurposeStrictlyNecessary: providing a service the person requested
	// (sign-in, basket, security of that service).
	PurposeStrictlyNecessary
	// PurposeStatistical: analytics to improve the service or website.
	PurposeStatistical
	// PurposeAppearance: the appearance or functions of a website per the
	// person's preferences.
	PurposeAppearance
	// PurposeEmergencyAssistance: locating the person in an emergency.
	PurposeEmergencyAssistance
	// PurposeAdvertising: advertising, targeting and its measurement.
	PurposeAdvertising
	// PurposeSocialMedia: social media plugins and embedded content.
	PurposeSocialMedia
	// PurposeEmailTracking: tracking pixels in email.
	PurposeEmailTracking
)

var storagePurposes = enum.New[StoragePurpose]("gdpr.StoragePurpose",
	"communication", "strictly-necessary", "statistical", "appearance", "emergency-assistance",
	"advertising", "social-media", "email-tracking")

// Article returns "PECR reg. 6" for a valid purpose.
func (p StoragePurpose) Article() string {
	if !p.IsValid() {
		return ""
	}
	return "PECR reg. 6"
}

// StorageException is an exception to the consent requirement of PECR
// reg. 6. Before 2026-02-05 there were two (reg. 6(4)(a) and (b)); from
// then PECR Sch. A1 (inserted by DUAA 2025 s.112 and Sch. 12) keeps them
// and adds the statistical, appearance and emergency assistance
// exceptions, each with its conditions (the paragraph numbers of the new
// exceptions are not verified in the legal reference, so they are cited
// as Sch. A1). The zero value is unspecified.
type StorageException uint8

const (
	// ExceptionCommunication: the sole purpose of carrying out the
	// transmission of a communication (reg. 6(4)(a); Sch. A1).
	ExceptionCommunication StorageException = iota + 1
	// ExceptionStrictlyNecessary: strictly necessary for an information
	// society service requested by the person (reg. 6(4)(b); Sch. A1).
	ExceptionStrictlyNecessary
	// ExceptionStatistical: statistical purposes, to improve the service,
	// with clear information and a simple free means of objecting (Sch. A1,
	// from 2026-02-05).
	ExceptionStatistical
	// ExceptionAppearance: the appearance or functionality of the service
	// per the person's preferences, with information and a means of
	// objecting (Sch. A1, from 2026-02-05).
	ExceptionAppearance
	// ExceptionEmergencyAssistance: locating the person to provide
	// emergency assistance (Sch. A1, from 2026-02-05).
	ExceptionEmergencyAssistance
)

var storageExceptions = enum.New[StorageException]("gdpr.StorageException",
	"communication", "strictly-necessary", "statistical", "appearance", "emergency-assistance")

// Article returns the provision of the exception.
func (e StorageException) Article() string {
	switch e {
	case ExceptionCommunication:
		return "PECR reg. 6(4)(a); Sch. A1"
	case ExceptionStrictlyNecessary:
		return "PECR reg. 6(4)(b); Sch. A1"
	case ExceptionStatistical, ExceptionAppearance, ExceptionEmergencyAssistance:
		return "PECR Sch. A1"
	}
	return ""
}

// AllMarketingChannels returns every marketing channel in order.
func AllMarketingChannels() []MarketingChannel { return marketingChannels.Values() }

// ParseMarketingChannel returns the MarketingChannel with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseMarketingChannel(s string) (MarketingChannel, error) { return marketingChannels.Parse(s) }

// MustParseMarketingChannel is like [ParseMarketingChannel] but panics on error.
func MustParseMarketingChannel(s string) MarketingChannel { return mustParse(marketingChannels, s) }

// String returns the code, "unspecified" for zero, or "gdpr.MarketingChannel(n)".
func (c MarketingChannel) String() string { return marketingChannels.String(c) }

// IsValid reports whether c is one of the defined values (not zero).
func (c MarketingChannel) IsValid() bool { return marketingChannels.Valid(c) }

// AppendText appends the code to b; zero appends nothing.
func (c MarketingChannel) AppendText(b []byte) ([]byte, error) {
	return marketingChannels.AppendText(b, c)
}

// MarshalText returns the code; the zero value is empty text.
func (c MarketingChannel) MarshalText() ([]byte, error) { return marketingChannels.MarshalText(c) }

// UnmarshalText parses a code; empty text is the zero value. On error c is
// unchanged.
func (c *MarketingChannel) UnmarshalText(text []byte) error {
	return marketingChannels.UnmarshalText(c, text)
}

// AllMarketingRoutes returns every marketing route in order.
func AllMarketingRoutes() []MarketingRoute { return marketingRoutes.Values() }

// ParseMarketingRoute returns the MarketingRoute with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseMarketingRoute(s string) (MarketingRoute, error) { return marketingRoutes.Parse(s) }

// MustParseMarketingRoute is like [ParseMarketingRoute] but panics on error.
func MustParseMarketingRoute(s string) MarketingRoute { return mustParse(marketingRoutes, s) }

// String returns the code, "unspecified" for zero, or "gdpr.MarketingRoute(n)".
func (r MarketingRoute) String() string { return marketingRoutes.String(r) }

// IsValid reports whether r is one of the defined values (not zero).
func (r MarketingRoute) IsValid() bool { return marketingRoutes.Valid(r) }

// AppendText appends the code to b; zero appends nothing.
func (r MarketingRoute) AppendText(b []byte) ([]byte, error) { return marketingRoutes.AppendText(b, r) }

// MarshalText returns the code; the zero value is empty text.
func (r MarketingRoute) MarshalText() ([]byte, error) { return marketingRoutes.MarshalText(r) }

// UnmarshalText parses a code; empty text is the zero value. On error r is
// unchanged.
func (r *MarketingRoute) UnmarshalText(text []byte) error {
	return marketingRoutes.UnmarshalText(r, text)
}

// AllStoragePurposes returns every storage purpose in order.
func AllStoragePurposes() []StoragePurpose { return storagePurposes.Values() }

// ParseStoragePurpose returns the StoragePurpose with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseStoragePurpose(s string) (StoragePurpose, error) { return storagePurposes.Parse(s) }

// MustParseStoragePurpose is like [ParseStoragePurpose] but panics on error.
func MustParseStoragePurpose(s string) StoragePurpose { return mustParse(storagePurposes, s) }

// String returns the code, "unspecified" for zero, or "gdpr.StoragePurpose(n)".
func (p StoragePurpose) String() string { return storagePurposes.String(p) }

// IsValid reports whether p is one of the defined values (not zero).
func (p StoragePurpose) IsValid() bool { return storagePurposes.Valid(p) }

// AppendText appends the code to b; zero appends nothing.
func (p StoragePurpose) AppendText(b []byte) ([]byte, error) { return storagePurposes.AppendText(b, p) }

// MarshalText returns the code; the zero value is empty text.
func (p StoragePurpose) MarshalText() ([]byte, error) { return storagePurposes.MarshalText(p) }

// UnmarshalText parses a code; empty text is the zero value. On error p is
// unchanged.
func (p *StoragePurpose) UnmarshalText(text []byte) error {
	return storagePurposes.UnmarshalText(p, text)
}

// AllStorageExceptions returns every storage exception in order.
func AllStorageExceptions() []StorageException { return storageExceptions.Values() }

// ParseStorageException returns the StorageException with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseStorageException(s string) (StorageException, error) { return storageExceptions.Parse(s) }

// MustParseStorageException is like [ParseStorageException] but panics on error.
func MustParseStorageException(s string) StorageException { return mustParse(storageExceptions, s) }

// String returns the code, "unspecified" for zero, or "gdpr.StorageException(n)".
func (e StorageException) String() string { return storageExceptions.String(e) }

// IsValid reports whether e is one of the defined values (not zero).
func (e StorageException) IsValid() bool { return storageExceptions.Valid(e) }

// AppendText appends the code to b; zero appends nothing.
func (e StorageException) AppendText(b []byte) ([]byte, error) {
	return storageExceptions.AppendText(b, e)
}

// MarshalText returns the code; the zero value is empty text.
func (e StorageException) MarshalText() ([]byte, error) { return storageExceptions.MarshalText(e) }

// UnmarshalText parses a code; empty text is the zero value. On error e is
// unchanged.
func (e *StorageException) UnmarshalText(text []byte) error {
	return storageExceptions.UnmarshalText(e, text)
}
