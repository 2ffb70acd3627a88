package rights

import (
	"strconv"

	"github.com/dpmodel/dpmodel/basis"
)

// Money is an amount in the minor unit of a currency: pence for GBP, cents
// for EUR. The zero value is no amount.
type Money struct {
	Minor    int64  `json:"minor,omitzero"`    // amount in the currency's minor unit
	Currency string `json:"currency,omitzero"` // ISO 4217 code, such as "GBP"
}

// GBP returns an amount of pounds sterling.
func GBP(pounds int64) Money { return Money{Minor: pounds * 100, Currency: "GBP"} }

// IsZero reports whether m is the zero Money.
func (m Money) IsZero() bool { return m == Money{} }

// String formats the amount with two decimal places: "£50.00", "€10.00",
// and "12.50 USD" for other currencies.
func (m Money) String() string {
	if m.IsZero() {
		return "0"
	}
	neg := m.Minor < 0
	n := m.Minor
	if neg {
		n = -n
	}
	// n cannot stay negative except for math.MinInt64; print it as is.
	units := strconv.FormatInt(n/100, 10)
	cents := strconv.FormatInt(n%100, 10)
	if len(cents) == 1 {
		cents = "0" + cents
	}
	s := units + "." + cents
	switch m.Currency {
	case "GBP":
		s = "£" + s
	case "EUR":
		s = "€" + s
	default:
		s = s + " " + m.Currency
	}
	if neg {
		s = "-" + s
	}
	return s
}

// check reports a negative amount, or an amount with a currency code that
// is not three upper-case letters.
func (m Money) check(field string) *basis.InputError {
	if m.IsZero() {
		return nil
	}
	if m.Minor <= 0 {
		return inputError(CodeInvalid, field+".minor", strconv.FormatInt(m.Minor, 10), "a fee must be a positive amount")
	}
	c := m.Currency
	if len(c) != 3 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' || c[2] < 'A' || c[2] > 'Z' {
		return inputError(CodeInvalid, field+".currency", c, "want an ISO 4217 code of three capital letters, such as GBP")
	}
	return nil
}

// Policy is how one controller handles requests, beyond what the law
// requires. The zero value charges no fee, sets no internal target and does
// not require identity checks.
//
// SOE's privacy notice (seed 001) is the model: "The data request will be
// free of charge – unless it is repetitive, excessive or manifestly
// unfounded, in which case we will charge a reasonable fee of £50. We will
// aim to get you the information within one working week, however this may
// take up to one month at busier times of the year for us." That is
//
//	rights.Policy{Fee: rights.GBP(50), TargetWorkingDays: 5}
type Policy struct {
	// Fee is the reasonable fee, based on administrative costs, charged for
	// a manifestly unfounded or excessive request instead of refusing it
	// (Art. 12(5)(a); DPA 2018 s.12 lets the Secretary of State cap it).
	// Zero means the controller charges none; it refuses such requests.
	Fee Money `json:"fee,omitzero"`
	// TargetWorkingDays is the controller's own target for answering, in
	// working days after the time limit starts to run; it is never later
	// than the legal time limit. Zero means no target.
	TargetWorkingDays int `json:"targetWorkingDays,omitzero"`
	// IdentityChecks means the controller confirms every requester's
	// identity before dealing with the request: a request cannot be started
	// or completed until identity is confirmed (Art. 12(6) allows asking
	// only where there are reasonable doubts; a blanket check is a policy
	// choice the controller must justify).
	IdentityChecks bool `json:"identityChecks,omitzero"`
}

// Check reports a negative target or a bad fee as an *[basis.InputError]
// whose path is the JSON member at fault ("fee.currency").
func (p Policy) Check() error {
	if err := p.Fee.check("fee"); err != nil {
		return err
	}
	if p.TargetWorkingDays < 0 {
		return inputError(CodeInvalid, "targetWorkingDays", strconv.Itoa(p.TargetWorkingDays),
			"want zero (no target) or a positive number of working days")
	}
	return nil
}
