package gdpr

import (
	"github.com/dpmodel/dpmodel/internal/enum"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

// RightsHandling is how the controller tells people of their rights and
// handles their requests (Arts. 12-22; Art. 13(2)(b)-(d)).
type RightsHandling struct {
	// Rights are the rights the notice states, one entry per right.
	Rights []RightStatement `json:"rights,omitzero"`
	// Channels are the ways a request may be made.
	Channels []Contact `json:"channels,omitzero"`
	// WritingOnly reports whether requests are accepted only in writing
	// (a request may be made in any form, Art. 12(2) and the ICO's
	// guidance).
	WritingOnly Fact `json:"writingOnly,omitzero"`
	// RequiredDetails are what a request must contain, in the notice's
	// words: "proof of identity", "your membership number".
	RequiredDetails []string `json:"requiredDetails,omitzero"`
	// ResponseTime is the time to respond the notice states; zero means
	// not stated (Art. 12(3): one month; UK from 2026-02-05, Art. 12A).
	ResponseTime retention.Period `json:"responseTime,omitzero"`
	// ResponseFrom is the event the response time is counted from.
	ResponseFrom ClockStart `json:"responseFrom,omitzero"`
	// Fee is the fee policy (Art. 12(5), 15(3)).
	Fee FeePolicy `json:"fee,omitzero"`
	// Exemptions are the DPA 2018 Sch. 2 exemptions relied on.
	Exemptions []ExemptionUse `json:"exemptions,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
	// Extension is the notice's explanation of when the response time is
	// extended by two further months, and why (Art. 12(3); UK
	// Art. 12A(3)-(4): for the complexity or number of the person's
	// requests); "" when none is given.
	Extension string `json:"extension,omitzero"`
}

// RightStatement is what a notice says about one right.
type RightStatement struct {
	// Right is the right.
	Right rights.Right `json:"right"`
	// Stated reports whether the notice states the right.
	Stated Fact `json:"stated,omitzero"`
	// Scope is how the notice limits the right: "in certain
	// circumstances", "where we rely on consent".
	Scope string `json:"scope,omitzero"`
	// How says how to exercise the right.
	How string `json:"how,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// ExemptionUse is a DPA 2018 Sch. 2 exemption the controller relies on.
type ExemptionUse struct {
	// Exemption is the exemption.
	Exemption rights.Exemption `json:"exemption"`
	// Scope is what the exemption is applied to: "confidential
	// references given for members".
	Scope string `json:"scope,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
	// Rights are the rights the exemption is relied on to restrict (an
	// access request refused for a confidential reference: rights.Access);
	// empty means not stated.
	Rights []rights.Right `json:"rights,omitzero"`
}

// FeePolicy is what the controller charges for a request. The zero value
// is unspecified.
type FeePolicy uint8

const (
	// Free: no fee (Art. 12(5)).
	Free FeePolicy = iota + 1
	// UnfoundedOrExcessive: a reasonable fee only for manifestly unfounded
	// or excessive requests (Art. 12(5)(a)).
	UnfoundedOrExcessive
	// FurtherCopies: a reasonable fee for further copies of the data
	// (Art. 15(3)).
	FurtherCopies
	// EveryRequest: a fee for every request.
	EveryRequest
)

var feePolicies = enum.New[FeePolicy]("gdpr.FeePolicy", "free", "unfounded-or-excessive", "further-copies", "every-request")

// Article returns the provision on fees the policy is judged by.
func (f FeePolicy) Article() string {
	switch f {
	case Free, EveryRequest:
		return "Art. 12(5)"
	case UnfoundedOrExcessive:
		return "Art. 12(5)(a)"
	case FurtherCopies:
		return "Art. 15(3)"
	}
	return ""
}

// ClockStart is the event a notice counts its response time from. The
// zero value is unspecified. Art. 12(3) counts from receipt of the
// request; in the UK, for requests received from 2026-02-05, Art. 12A
// counts from the latest of receipt, the receipt of information to confirm
// identity and the payment of a fee, and the clarification pause applies to
// access requests only.
type ClockStart uint8

const (
	// FromReceipt: receipt of the request.
	FromReceipt ClockStart = iota + 1
	// FromIdentity: receipt of the information needed to confirm identity.
	FromIdentity
	// FromFee: payment of a fee.
	FromFee
	// FromClarification: receipt of a clarification the controller asked
	// for.
	FromClarification
)

var clockStarts = enum.New[ClockStart]("gdpr.ClockStart", "receipt", "identity", "fee", "clarification")

// Article returns "Art. 12(3); UK Art. 12A" for a valid event.
func (c ClockStart) Article() string {
	if !c.IsValid() {
		return ""
	}
	return "Art. 12(3); UK GDPR Art. 12A"
}

// AllFeePolicies returns every fee policy in order.
func AllFeePolicies() []FeePolicy { return feePolicies.Values() }

// ParseFeePolicy returns the FeePolicy with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseFeePolicy(s string) (FeePolicy, error) { return feePolicies.Parse(s) }

// MustParseFeePolicy is like [ParseFeePolicy] but panics on error.
func MustParseFeePolicy(s string) FeePolicy { return mustParse(feePolicies, s) }

// String returns the code, "unspecified" for zero, or "gdpr.FeePolicy(n)".
func (f FeePolicy) String() string { return feePolicies.String(f) }

// IsValid reports whether f is one of the defined values (not zero).
func (f FeePolicy) IsValid() bool { return feePolicies.Valid(f) }

// AppendText appends the code to b; zero appends nothing.
func (f FeePolicy) AppendText(b []byte) ([]byte, error) { return feePolicies.AppendText(b, f) }

// MarshalText returns the code; the zero value is empty text.
func (f FeePolicy) MarshalText() ([]byte, error) { return feePolicies.MarshalText(f) }

// UnmarshalText parses a code; empty text is the zero value. On error f is
// unchanged.
func (f *FeePolicy) UnmarshalText(text []byte) error { return feePolicies.UnmarshalText(f, text) }

// AllClockStarts returns every clock start in order.
func AllClockStarts() []ClockStart { return clockStarts.Values() }

// ParseClockStart returns the ClockStart with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseClockStart(s string) (ClockStart, error) { return clockStarts.Parse(s) }

// MustParseClockStart is like [ParseClockStart] but panics on error.
func MustParseClockStart(s string) ClockStart { return mustParse(clockStarts, s) }

// String returns the code, "unspecified" for zero, or "gdpr.ClockStart(n)".
func (c ClockStart) String() string { return clockStarts.String(c) }

// IsValid reports whether c is one of the defined values (not zero).
func (c ClockStart) IsValid() bool { return clockStarts.Valid(c) }

// AppendText appends the code to b; zero appends nothing.
func (c ClockStart) AppendText(b []byte) ([]byte, error) { return clockStarts.AppendText(b, c) }

// MarshalText returns the code; the zero value is empty text.
func (c ClockStart) MarshalText() ([]byte, error) { return clockStarts.MarshalText(c) }

// UnmarshalText parses a code; empty text is the zero value. On error c is
// unchanged.
func (c *ClockStart) UnmarshalText(text []byte) error { return clockStarts.UnmarshalText(c, text) }
