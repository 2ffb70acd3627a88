package recipient

import (
	"strconv"
	"strings"
)

// Code is the stable identifier of a kind of [Error]. Codes are the contract:
// callers match on them (with [CodeOf] or errors.Is) and they never change
// meaning. Every code this package reports starts with "recipient/".
type Code string

// Codes of malformed input: a bad country code, mechanism or date.
const (
	// CodeUnknownCountry: text that is not an officially assigned ISO 3166-1
	// alpha-2 code.
	CodeUnknownCountry Code = "recipient/unknown-country"
	// CodeInvalidValue: an enumeration value out of range (a Mechanism,
	// Role, Module, Scope or agreement kind), or a regime that is neither UK
	// nor EU.
	CodeInvalidValue Code = "recipient/invalid-value"
	// CodeDateMissing: the date judged at, or a date a rule needs, is the
	// zero time.
	CodeDateMissing Code = "recipient/date-missing"
)

// Codes a transfer check reports (GDPR Chapter V; UK GDPR Chapter V).
const (
	// CodeNoDestination: a transfer names no country and does not say that
	// it goes to unnamed third countries.
	CodeNoDestination Code = "recipient/no-destination"
	// CodeNoMechanism: a restricted transfer relies on no mechanism at all
	// (Art. 44; UK GDPR Art. 44A from 2026-02-05).
	CodeNoMechanism Code = "recipient/no-mechanism"
	// CodeOtherRegime: the mechanism belongs to the other regime, such as the
	// UK IDTA for an EU exporter or the EU 2021 clauses without the UK
	// Addendum for a UK exporter.
	CodeOtherRegime Code = "recipient/other-regime"
	// CodeNotYetInForce: the mechanism did not exist yet on the date, such as
	// the IDTA before 2022-03-21.
	CodeNotYetInForce Code = "recipient/not-yet-in-force"
	// CodeInvalidated: the mechanism was struck down before the date: Safe
	// Harbor from 2015-10-06 (C-362/14), the Privacy Shield from 2020-07-16
	// (C-311/18).
	CodeInvalidated Code = "recipient/invalidated"
	// CodeRepealed: a contract on a repealed clause set was concluded after
	// the last day on which new contracts could use it.
	CodeRepealed Code = "recipient/repealed"
	// CodeTransitionEnded: an old clause set is relied on after its
	// transition deadline (EU: 2022-12-27; UK: 2024-03-21).
	CodeTransitionEnded Code = "recipient/transition-ended"
	// CodeConclusionMissing: a contractual mechanism whose validity depends
	// on when the contract was concluded has no conclusion date.
	CodeConclusionMissing Code = "recipient/conclusion-missing"
	// CodeConcludedAfterDate: the contract was concluded after the date
	// judged, so it did not exist then.
	CodeConcludedAfterDate Code = "recipient/concluded-after-date"
	// CodeModuleMissing: the EU 2021 clauses without the module used
	// (Decision (EU) 2021/914, Annex).
	CodeModuleMissing Code = "recipient/module-missing"
	// CodeConsentNotExplicit: Art. 49(1)(a) relied on without explicit
	// consent.
	CodeConsentNotExplicit Code = "recipient/consent-not-explicit"
	// CodeConsentNotInformed: Art. 49(1)(a) relied on without the data
	// subject first being informed of the possible risks of the transfer.
	CodeConsentNotInformed Code = "recipient/consent-not-informed"
	// CodePublicAuthorityExcluded: a public authority exercising its public
	// powers relies on Art. 49(1)(a), (b) or (c) or the second subparagraph
	// (Art. 49(3)).
	CodePublicAuthorityExcluded Code = "recipient/public-authority-excluded"
	// CodeCompellingConditions: a transfer under the second subparagraph of
	// Art. 49(1) does not meet all of its conditions.
	CodeCompellingConditions Code = "recipient/compelling-conditions"
	// CodeNoAdequacy: adequacy is claimed for a country that had none on the
	// date (or for destinations not named).
	CodeNoAdequacy Code = "recipient/no-adequacy"
	// CodeAdequacyPartialOnly: full adequacy is claimed for a country whose
	// adequacy reaches only certified recipients (the United States).
	CodeAdequacyPartialOnly Code = "recipient/adequacy-partial-only"
	// CodeScopeMissing: partial adequacy is claimed without naming its scope.
	CodeScopeMissing Code = "recipient/scope-missing"
	// CodeScopeMismatch: the scope named is not the scope of the country's
	// adequacy on the date.
	CodeScopeMismatch Code = "recipient/scope-mismatch"
	// CodeNotCertified: a mechanism that reaches only certified recipients
	// (Safe Harbor, Privacy Shield, the Data Privacy Framework and its UK
	// Extension) is relied on for a recipient not certified.
	CodeNotCertified Code = "recipient/not-certified"
	// CodeWrongDestination: a mechanism limited to one country (the EU-US
	// instruments) is relied on for another.
	CodeWrongDestination Code = "recipient/wrong-destination"
	// CodeDataProtectionTestMissing: from 2026-02-05 a UK exporter relies
	// on an Art. 46 safeguard (the IDTA, the Addendum, binding corporate
	// rules and the others) without having considered, acting reasonably
	// and proportionately, that the data protection test is met (UK GDPR
	// Art. 46(1A)(a)(ii), 46(6)-(7), inserted by DUAA 2025 Sch. 7 para 6),
	// and the arrangements are not shown to be saved as entered into
	// before that day (DUAA 2025 Sch. 9 para 27).
	CodeDataProtectionTestMissing Code = "recipient/data-protection-test-missing"
)

// Codes a recipient check reports (Arts. 4(9), 26, 28).
const (
	// CodeRecipientUnnamed: a recipient has neither a name nor a category
	// (Art. 13(1)(e) needs one or the other).
	CodeRecipientUnnamed Code = "recipient/unnamed"
	// CodeRoleMissing: a recipient without a role.
	CodeRoleMissing Code = "recipient/role-missing"
	// CodeAgreementMissing: a processor without an Art. 28(3) contract or a
	// joint controller without an Art. 26 arrangement.
	CodeAgreementMissing Code = "recipient/agreement-missing"
	// CodeAgreementKindMismatch: the agreement is not the kind the role
	// needs (a data sharing agreement with a processor, say).
	CodeAgreementKindMismatch Code = "recipient/agreement-kind-mismatch"
	// CodeAgreementUndated: an agreement without the date it was made.
	CodeAgreementUndated Code = "recipient/agreement-undated"
	// CodeAgreementAfterDate: the agreement was made after the date judged.
	CodeAgreementAfterDate Code = "recipient/agreement-after-date"
	// CodeAgreementEnded: the agreement ended before the date judged.
	CodeAgreementEnded Code = "recipient/agreement-ended"
	// CodeTermsMissing: an Art. 28(3) contract lacks required terms.
	CodeTermsMissing Code = "recipient/terms-missing"
	// CodeNotInWriting: an Art. 28(3) contract not in writing (Art. 28(9)).
	CodeNotInWriting Code = "recipient/not-in-writing"
	// CodeEssenceNotAvailable: the essence of an Art. 26 arrangement is not
	// made available to data subjects (Art. 26(2)).
	CodeEssenceNotAvailable Code = "recipient/essence-not-available"
)

// Error is one thing wrong with a recipient, an agreement or a transfer, or
// with text given to a parser. Code is the contract; Message is prose for a
// privacy officer, not an API.
type Error struct {
	Code    Code   // stable identifier, such as CodeInvalidated
	Article string // the provision the rule rests on, such as "GDPR Art. 49(1)(a)"
	Field   string // the Go field path within the checked value, such as "Countries[1]"
	Value   string // the offending value as text; "" when the field is empty
	Message string // what was wrong and what would be valid
	Err     error  // the underlying error, if any (a *basis.ParseError for bad codes)
}

// Error returns "recipient: Field "Value": Message (Article) [Code]".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("recipient: ")
	if e.Field != "" {
		b.WriteString(e.Field)
		if e.Value != "" {
			b.WriteString(" ")
			b.WriteString(strconv.Quote(e.Value))
		}
		b.WriteString(": ")
	} else if e.Value != "" {
		b.WriteString(strconv.Quote(e.Value))
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	if e.Article != "" {
		b.WriteString(" (")
		b.WriteString(e.Article)
		b.WriteString(")")
	}
	b.WriteString(" [")
	b.WriteString(string(e.Code))
	b.WriteString("]")
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Is reports whether target is an *Error with the same code, so that
// errors.Is(err, &recipient.Error{Code: recipient.CodeInvalidated}) matches
// on the code alone.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code != "" && t.Code == e.Code
}

// CodeOf returns the code of the first *Error in err's chain, or "".
func CodeOf(err error) Code {
	for err != nil {
		if e, ok := err.(*Error); ok {
			return e.Code
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return ""
		}
		err = u.Unwrap()
	}
	return ""
}

// Errors is a list of errors from one check, in the order the rules ran
// (field order of the value checked).
type Errors []*Error

// Err returns nil for an empty list and the list otherwise.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// Error returns the first error and says how many more there are.
func (es Errors) Error() string {
	switch len(es) {
	case 0:
		return "recipient: no errors"
	case 1:
		return es[0].Error()
	}
	return es[0].Error() + " (and " + strconv.Itoa(len(es)-1) + " more)"
}

// Unwrap returns the errors, so errors.Is and errors.As see each of them.
func (es Errors) Unwrap() []error {
	errs := make([]error, len(es))
	for i, e := range es {
		errs[i] = e
	}
	return errs
}

// Has reports whether the list holds an error with code c.
func (es Errors) Has(c Code) bool {
	for _, e := range es {
		if e.Code == c {
			return true
		}
	}
	return false
}

// Codes returns the codes in order.
func (es Errors) Codes() []Code {
	cs := make([]Code, len(es))
	for i, e := range es {
		cs[i] = e.Code
	}
	return cs
}
