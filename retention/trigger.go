package retention

import (
	"slices"

	"github.com/dpmodel/dpmodel/basis"
)

// Trigger is the event a retention period runs from (or, for an [Until]
// rule, the event that ends retention). It is an open set: the constants
// below are the events the seed notices and the statutes in the reference
// use, and a schedule may declare its own with [WithTriggers]. A trigger is
// a lowercase code of letters, digits and hyphens, such as "end-of-contract".
type Trigger string

// Well-known triggers.
const (
	// Collection: the day the data were obtained or the record was made
	// (Companies Act 2006 s.388(4) counts "from the date on which they are
	// made").
	Collection Trigger = "collection"
	// LastActivity: the person's last activity or engagement with us ("2
	// years after the last activity"; "from your last date of engagement").
	LastActivity Trigger = "last-activity"
	// LastContact: the last point of contact, such as the last email ("3
	// years from the last point of contact").
	LastContact Trigger = "last-contact"
	// AccountInactivity: the last use of an account (sign-in or booking),
	// from which a period of inactivity runs ("your account has been inactive
	// for five years (no website login or product bookings)").
	AccountInactivity Trigger = "account-inactivity"
	// EndOfMembership: membership ended, or the member organisation did not
	// renew.
	EndOfMembership Trigger = "end-of-membership"
	// EndOfContract: a contract ended or was terminated (Limitation Act
	// 1980 s.5 counts six years from the cause of action: a reason to keep
	// contract records for the defence of claims, not a duty to keep them).
	EndOfContract Trigger = "end-of-contract"
	// Completion: an assessment or programme was completed ("from the date
	// you complete your assessment").
	Completion Trigger = "completion"
	// EndOfActivity: an activity, booking or engagement ended ("8 years
	// after the end of the activity").
	EndOfActivity Trigger = "end-of-activity"
	// EndOfService: a service the person took part in ended ("for the
	// duration of the service you are participating in").
	EndOfService Trigger = "end-of-service"
	// SubjectRequest: the person told us to stop or to delete ("unless you
	// tell us otherwise"; "immediately on notification"); UK GDPR Arts. 17
	// and 21.
	SubjectRequest Trigger = "subject-request"
	// ConsentWithdrawn: consent was withdrawn (UK GDPR Art. 7(3)).
	ConsentWithdrawn Trigger = "consent-withdrawn"
	// RequestClosed: a data-subject request was closed.
	RequestClosed Trigger = "request-closed"
	// EndOfFinancialYear: the end of the financial year in which a record
	// was made (Charities Act 2011 ss.131 and 134 count six years from it).
	EndOfFinancialYear Trigger = "end-of-financial-year"
	// EndOfTaxYear: the end of the tax year a record relates to (Income Tax
	// (PAYE) Regulations 2003 reg. 97 counts three years from it).
	EndOfTaxYear Trigger = "end-of-tax-year"
)

var wellKnownTriggers = [...]Trigger{
	Collection, LastActivity, LastContact, AccountInactivity, EndOfMembership,
	EndOfContract, Completion, EndOfActivity, EndOfService, SubjectRequest,
	ConsentWithdrawn, RequestClosed, EndOfFinancialYear, EndOfTaxYear,
}

// WellKnownTriggers returns the well-known triggers in the order above.
func WellKnownTriggers() []Trigger { return slices.Clone(wellKnownTriggers[:]) }

// IsWellKnown reports whether t is one of the package's constants.
func (t Trigger) IsWellKnown() bool { return slices.Contains(wellKnownTriggers[:], t) }

// IsWellFormed reports whether t is a non-empty lowercase code of letters,
// digits and single hyphens, neither starting nor ending with a hyphen.
func (t Trigger) IsWellFormed() bool {
	if t == "" || t[0] == '-' || t[len(t)-1] == '-' {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && t[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// String returns the trigger's code.
func (t Trigger) String() string { return string(t) }

// MarshalText returns the trigger's code. Any string marshals, so that a
// schedule with an ill-formed trigger can be written back and checked.
func (t Trigger) MarshalText() ([]byte, error) { return []byte(t), nil }

// UnmarshalText sets t to the code in text, which must be well formed
// ([Trigger.IsWellFormed]) or empty; anything else is a *[basis.InputError]
// with [CodeBadTriggerText] and leaves t unchanged. An unknown but well-formed
// code is accepted: triggers are an open set ([WithTriggers]).
func (t *Trigger) UnmarshalText(text []byte) error {
	if len(text) > 0 && !Trigger(text).IsWellFormed() {
		return &basis.InputError{Code: CodeBadTriggerText, Value: string(text),
			Message: "is not a trigger code: lowercase letters, digits and single hyphens, neither first nor last"}
	}
	*t = Trigger(text)
	return nil
}
